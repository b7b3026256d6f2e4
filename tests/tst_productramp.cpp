#include "figures/FinancialCsv.h"
#include "figures/ProductRamp.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Kind = ProductRamp::Kind;

namespace {

ProductRamp::Entry entry(const QString &product, Kind kind, std::optional<double> value, const QString &text,
                         const QString &source)
{
    ProductRamp::Entry e;
    e.company = u"ORCD"_s;
    e.product = product;
    e.quarter = {2025, 1};
    e.kind = kind;
    e.value = value;
    e.text = text;
    e.source = source;
    return e;
}

} // namespace

// The key scheme a product's disclosures are stored under, and what a reader's entry
// becomes.
class TestProductRamp : public QObject
{
    Q_OBJECT

private slots:
    void keys_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("revenue") << u"Rubin"_s << int(Kind::Revenue) << u"product:Rubin:revenue"_s;
        QTest::newRow("a name with spaces")
            << u"GB200 NVL72"_s << int(Kind::Share) << u"product:GB200 NVL72:share"_s;
        QTest::newRow("growth") << u"Pomme Watch"_s << int(Kind::Growth) << u"product:Pomme Watch:growth"_s;
        QTest::newRow("statement") << u"Rubin"_s << int(Kind::Statement) << u"product:Rubin:statement"_s;
        // Blackwell's keys are those the library always had.
        QTest::newRow("Blackwell revenue") << u"Blackwell"_s << int(Kind::Revenue) << u"blackwell_revenue"_s;
        QTest::newRow("Blackwell share")
            << u"Blackwell"_s << int(Kind::Share) << u"blackwell_share_of_dc_compute"_s;
        QTest::newRow("Blackwell growth")
            << u"Blackwell"_s << int(Kind::Growth) << u"blackwell_sequential_growth"_s;
        QTest::newRow("Blackwell statement")
            << u"Blackwell"_s << int(Kind::Statement) << u"blackwell_expectation"_s;
        QTest::newRow("Blackwell in lower case")
            << u"blackwell"_s << int(Kind::Revenue) << u"blackwell_revenue"_s;
    }
    void keys()
    {
        QFETCH(QString, product);
        QFETCH(int, kind);
        QFETCH(QString, key);
        QCOMPARE(ProductRamp::metricKey(product, Kind(kind)), key);
        const auto parsed = ProductRamp::parse(key);
        QVERIFY(parsed);
        QCOMPARE(parsed->product.toLower(), product.toLower());
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(MetricCatalog::unitOf(key), ProductRamp::unitOf(Kind(kind)));
    }

    void notProductKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("revenue") << u"revenue"_s;
        QTest::newRow("unknown kind") << u"product:Rubin:units"_s;
        QTest::newRow("no name") << u"product::revenue"_s;
        QTest::newRow("a second spelling of Blackwell") << u"product:Blackwell:revenue"_s;
        QTest::newRow("a colon in the name") << u"product:A:B:revenue"_s;
        QTest::newRow("trailing space") << u"product:Rubin :revenue"_s;
    }
    void notProductKeys()
    {
        QFETCH(QString, key);
        QVERIFY(!ProductRamp::parse(key));
        QVERIFY(!MetricCatalog::unitOf(key) || key == u"revenue"_s);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"Rubin"_s << true;
        QTest::newRow("spaces, digits, plus") << u"Vera Rubin NVL144+"_s << true;
        QTest::newRow("Chinese") << u"麒麟 9000"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("colon") << u"A:B"_s << false;
        QTest::newRow("comma") << u"A,B"_s << false;
        QTest::newRow("leading space") << u" Rubin"_s << false;
        QTest::newRow("too long") << QString(ProductRamp::MaxNameLength + 1, u'x') << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ProductRamp::isValidName(name), valid);
    }

    void entries_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value"); // NaN: none
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("problem"); // empty: accepted
        const double none = qQNaN();
        QTest::newRow("revenue") << u"Rubin"_s << int(Kind::Revenue) << 5000.0 << QString() << u"call"_s
                                 << QString();
        QTest::newRow("statement") << u"Rubin"_s << int(Kind::Statement) << none << u"on track"_s << u"call"_s
                                   << QString();
        QTest::newRow("statement without words")
            << u"Rubin"_s << int(Kind::Statement) << none << u"  "_s << u"call"_s << u"needs the words"_s;
        QTest::newRow("share without a number")
            << u"Rubin"_s << int(Kind::Share) << none << QString() << u"call"_s << u"needs a number"_s;
        QTest::newRow("no source") << u"Rubin"_s << int(Kind::Revenue) << 5.0 << QString() << u" "_s
                                   << u"as its source"_s;
        QTest::newRow("bad name") << u"A:B"_s << int(Kind::Revenue) << 5.0 << QString() << u"call"_s
                                  << u"not a product name"_s;
    }
    void entries()
    {
        QFETCH(QString, product);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(QString, text);
        QFETCH(QString, source);
        QFETCH(QString, problem);
        QString error;
        const auto figure = ProductRamp::figureFor(
            entry(product, Kind(kind), qIsNaN(value) ? std::nullopt : std::optional<double>(value), text,
                  source),
            &error);
        QCOMPARE(figure.has_value(), problem.isEmpty());
        if (!figure) {
            QVERIFY2(error.contains(problem), qPrintable(error));
            return;
        }
        QCOMPARE(MetricCatalog::problemWith(*figure), QString());
        QCOMPARE(figure->kind, FigureKind::Disclosed);
        QCOMPARE(figure->source, source);
        QVERIFY(figure->userEntered);
    }

    // A product's disclosures go through CSV and back unchanged, spaces in the name too.
    void csvRoundTrip()
    {
        QString error;
        ProductRamp::Entry e =
            entry(u"Pomme Watch"_s, Kind::Share, 25, u"a quarter, of revenue"_s, u"call"_s);
        e.estimate = true;
        const auto figure = ProductRamp::figureFor(e, &error);
        QVERIFY2(figure, qPrintable(error));
        const FinancialCsv::ReadResult back = FinancialCsv::read(FinancialCsv::write({*figure}), u"x.csv"_s);
        QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.join(u'\n')));
        QCOMPARE(back.figures.size(), 1);
        QCOMPARE(back.figures.first(), *figure);
    }

    void productsAreListedBlackwellFirst()
    {
        QString error;
        QList<Figure> figures;
        for (const QString &name : {u"Rubin"_s, u"Blackwell"_s, u"Hopper"_s, u"Rubin"_s})
            figures << *ProductRamp::figureFor(entry(name, Kind::Revenue, 1, {}, u"call"_s), &error);
        figures[3].quarter = {2025, 2};
        QCOMPARE(ProductRamp::productsIn(FigureSet(figures)),
                 (QStringList{u"Blackwell"_s, u"Hopper"_s, u"Rubin"_s}));
        QCOMPARE(MetricCatalog::displayName(u"product:Rubin:share"_s), u"Rubin share of revenue"_s);
    }
};

QTEST_GUILESS_MAIN(TestProductRamp)
#include "tst_productramp.moc"
