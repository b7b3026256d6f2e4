#include "charts/BlackwellChartBuilder.h"
#include "charts/MarginChartBuilder.h"
#include "charts/RevenueChartBuilder.h"
#include "figures/CompanyFacts.h"
#include "figures/SampleFigures.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

FigureSet fixtureFigures(const QString &file, const QString &ticker)
{
    QFile f(QStringLiteral(ER_TEST_DATA_DIR) + u"/companyfacts/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return FigureSet(CompanyFacts::read(f.readAll(), ticker).figures);
}

FigureSet figuresOf(const QString &company)
{
    if (company == u"NVDA"_s) {
        QString error;
        return FigureSet(SampleFigures::figures(&error).value_or(QList<Figure>{}));
    }
    if (company == u"ORCD"_s)
        return fixtureFigures(u"CIK0009990001.json"_s, company);
    return fixtureFigures(u"CIK0009990002.json"_s, company);
}

ChartSpec specOf(const ChartBuilder &builder, const QString &company)
{
    const ChartInput input{figuresOf(company), company, {}};
    const auto [from, to] = builder.defaultRange(input);
    return builder.build(input, ChartBuilder::quartersBetween(input.figures, from, to));
}

QStringList ids(const ChartSpec &spec)
{
    QStringList result;
    for (const ChartSeriesSpec &s : spec.series)
        result << s.id;
    return result;
}

QStringList names(const ChartSpec &spec)
{
    QStringList result;
    for (const ChartSeriesSpec &s : spec.series)
        result << s.name;
    return result;
}

} // namespace

class TestCompanyCharts : public QObject
{
    Q_OBJECT

private slots:
    void revenueNamesWhatIsShown_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("growthFormat");
        QTest::newRow("nvidia, with its data center segment and outlooks")
            << u"NVDA"_s << u"NVDA quarterly revenue: data center and the rest, with the outlook"_s
            << QStringList{u"dataCenter"_s, u"otherRevenue"_s, u"growth"_s, u"outlook"_s}
            << QStringList{u"Data center"_s, u"Rest of revenue (computed)"_s,
                           u"Growth, year over year (computed)"_s, u"Outlook given a quarter earlier"_s}
            << u"%.0f"_s;
        QTest::newRow("september calendar, no segment, a year of growth")
            << u"ORCD"_s << u"ORCD quarterly revenue"_s << QStringList{u"revenue"_s, u"growth"_s}
            << QStringList{u"Revenue"_s, u"Growth, year over year (computed)"_s} << u"%.1f"_s;
        QTest::newRow("june calendar, one year: no growth to show")
            << u"NWSW"_s << u"NWSW quarterly revenue"_s << QStringList{u"revenue"_s}
            << QStringList{u"Revenue"_s} << QString();
    }
    void revenueNamesWhatIsShown()
    {
        QFETCH(QString, company);
        QFETCH(QString, title);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, names);
        QFETCH(QString, growthFormat);
        const ChartSpec spec = specOf(RevenueChartBuilder(), company);
        QCOMPARE(spec.title, title);
        QCOMPARE(::ids(spec), ids);
        QCOMPARE(::names(spec), names);
        QCOMPARE(spec.secondaryAxisTitle.isEmpty(), growthFormat.isEmpty());
        if (!growthFormat.isEmpty())
            QCOMPARE(spec.secondaryLabelFormat, growthFormat);
        for (const ChartSeriesSpec &s : spec.series)
            QVERIFY2(!s.points.isEmpty(), qPrintable(s.id));
        QVERIFY(!spec.sourceLine.contains(u"data center"_s) || ids.contains(u"dataCenter"_s));
    }

    // Revenue near a billion: axis ticks of half a billion must not all read "1".
    void revenueTicksAreDistinct()
    {
        QCOMPARE(specOf(RevenueChartBuilder(), u"ORCD"_s).primaryLabelFormat, u"%.1f"_s);
        QCOMPARE(specOf(RevenueChartBuilder(), u"NWSW"_s).primaryLabelFormat, u"%.2f"_s);
        QCOMPARE(specOf(RevenueChartBuilder(), u"NVDA"_s).primaryLabelFormat, u"%.0f"_s);
    }

    void marginsAreTheOnesTheCompanyHas_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("nvidia") << u"NVDA"_s
                                << u"NVDA gross and net margin against the outlook given a quarter earlier"_s
                                << QStringList{u"gaapGross"_s, u"nonGaapGross"_s, u"netMargin"_s,
                                               u"gaapOutlook"_s, u"nonGaapOutlook"_s};
        QTest::newRow("september calendar")
            << u"ORCD"_s << u"ORCD GAAP gross, operating and net margin"_s
            << QStringList{u"gaapGross"_s, u"operatingMargin"_s, u"netMargin"_s};
        QTest::newRow("june calendar") << u"NWSW"_s << u"NWSW GAAP gross, operating and net margin"_s
                                       << QStringList{u"gaapGross"_s, u"operatingMargin"_s, u"netMargin"_s};
    }
    void marginsAreTheOnesTheCompanyHas()
    {
        QFETCH(QString, company);
        QFETCH(QString, title);
        QFETCH(QStringList, ids);
        const ChartSpec spec = specOf(MarginChartBuilder(), company);
        QCOMPARE(spec.title, title);
        QCOMPARE(::ids(spec), ids);
        // A computed margin's arithmetic is in its tooltip, not written on the plot.
        if (company != u"NVDA"_s) {
            for (const ChartPoint &p : spec.find(u"gaapGross"_s)->points)
                QVERIFY2(p.label.isEmpty(), qPrintable(p.label));
        }
    }

    // No figures at all (a company just named): a spec with nothing in it, not a crash.
    void buildsWithoutFigures_data()
    {
        QTest::addColumn<QString>("chart");
        for (const QString &id : ChartBuilder::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void buildsWithoutFigures()
    {
        QFETCH(QString, chart);
        const ChartInput input{FigureSet(), u"AVGO"_s, {}};
        const ChartSpec spec = ChartBuilder::create(chart)->build(input, {});
        QVERIFY(!spec.hasData());
        QVERIFY(spec.series.isEmpty() || chart == u"blackwell"_s);
    }

    void derivedFourthQuarterIsPlottedAndSaysSo()
    {
        const ChartSpec spec = specOf(RevenueChartBuilder(), u"NWSW"_s);
        const ChartPoint *q4 = spec.find(u"revenue"_s)->pointAt(spec.slotOf({2024, 4}));
        QVERIFY(q4);
        QCOMPARE(q4->value, 0.68);
        QVERIFY2(q4->tooltip.contains(u"derived"_s), qPrintable(q4->tooltip));
    }

    void emptyPanesSayWhatIsMissing_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<bool>("hasFigures");
        QTest::addColumn<QString>("missing");
        QTest::newRow("revenue") << u"revenue"_s << true << u"no revenue figures for ORCD"_s;
        QTest::newRow("margin") << u"margin"_s << true
                                << u"no gross margin, operating income or net income for ORCD"_s;
        QTest::newRow("blackwell") << u"blackwell"_s << false << u"no Blackwell disclosures"_s;
    }
    void emptyPanesSayWhatIsMissing()
    {
        QFETCH(QString, chart);
        QFETCH(bool, hasFigures);
        QFETCH(QString, missing);
        const auto builder = ChartBuilder::create(chart);
        QCOMPARE(builder->hasFiguresFor(figuresOf(u"ORCD"_s)), hasFigures);
        QVERIFY(!builder->hasFiguresFor(FigureSet()));
        const QString text = builder->missingFigures(u"ORCD"_s);
        QVERIFY2(text.contains(missing) && text.contains(u"Import Financials"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCompanyCharts)
#include "tst_companycharts.moc"
