#include "charts/MarginChartBuilder.h"
#include "charts/ProductRampChartBuilder.h"
#include "charts/RevenueChartBuilder.h"
#include "figures/CompanyFacts.h"
#include "figures/ProductRamp.h"
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
    if (company == u"PNWD"_s)
        return fixtureFigures(u"CIK0009990003.json"_s, company);
    return fixtureFigures(u"CIK0009990002.json"_s, company);
}

ChartSpec specOf(const ChartBuilder &builder, const ChartInput &input)
{
    const auto [from, to] = builder.defaultRange(input);
    return builder.build(input, ChartBuilder::quartersBetween(input.figures, from, to));
}

ChartSpec specOf(const ChartBuilder &builder, const QString &company)
{
    return specOf(builder, ChartInput{figuresOf(company), company, {}, {}});
}

Figure disclosure(const QString &product, const QString &quarter, ProductRamp::Kind kind,
                  std::optional<double> value, const QString &text, bool estimate = false)
{
    ProductRamp::Entry entry;
    entry.company = u"ORCD"_s;
    entry.product = product;
    entry.quarter = *FiscalQuarter::parse(quarter);
    entry.kind = kind;
    entry.estimate = estimate;
    entry.value = value;
    entry.text = text;
    entry.source = u"ORCD "_s + quarter + u" call"_s;
    QString error;
    const auto figure = ProductRamp::figureFor(entry, &error);
    if (!figure)
        qFatal("%s", qPrintable(error));
    return *figure;
}

// ORCD's figures from the fixture, and what a reader entered about two of its products.
FigureSet orchardWithProducts()
{
    QList<Figure> figures = figuresOf(u"ORCD"_s).figures();
    using Kind = ProductRamp::Kind;
    figures << disclosure(u"Pomme Watch"_s, u"FY2024Q2"_s, Kind::Revenue, 200, u"about $200M"_s)
            << disclosure(u"Pomme Watch"_s, u"FY2024Q3"_s, Kind::Share, 25, u"a quarter of revenue"_s)
            << disclosure(u"Pomme Watch"_s, u"FY2024Q4"_s, Kind::Growth, 10, u"up 10% sequentially"_s)
            << disclosure(u"Pomme Watch"_s, u"FY2025Q1"_s, Kind::Statement, {}, u"demand ahead of supply"_s)
            << disclosure(u"Orchard Pad"_s, u"FY2024Q4"_s, Kind::Revenue, 150, u"my guess"_s, true);
    return FigureSet(figures);
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
        const ChartInput input{FigureSet(), u"AVGO"_s, {}, {}};
        const ChartSpec spec = ChartBuilder::create(chart)->build(input, {});
        QVERIFY(!spec.hasData());
        QVERIFY(spec.series.isEmpty() || chart == u"product"_s);
    }

    void derivedFourthQuarterIsPlottedAndSaysSo()
    {
        const ChartSpec spec = specOf(RevenueChartBuilder(), u"NWSW"_s);
        const ChartPoint *q4 = spec.find(u"revenue"_s)->pointAt(spec.slotOf({2024, 4}));
        QVERIFY(q4);
        QCOMPARE(q4->value, 0.68);
        QVERIFY2(q4->tooltip.contains(u"derived"_s), qPrintable(q4->tooltip));
    }

    // The built-in Blackwell disclosures draw as they did before products had names.
    void nvidiaRampIsBlackwell()
    {
        const ProductRampChartBuilder builder;
        const ChartInput input{figuresOf(u"NVDA"_s), u"NVDA"_s, {}, {}};
        QCOMPARE(builder.choices(input), QStringList{u"Blackwell"_s});
        const ChartSpec spec = specOf(builder, input);
        QCOMPARE(spec.title,
                 u"NVDA Blackwell ramp: what was disclosed, next to data center compute revenue"_s);
        QCOMPARE(::ids(spec), (QStringList{u"dataCenterCompute"_s, u"productDisclosed"_s,
                                           u"productEstimate"_s, u"productStatements"_s}));
        QCOMPARE(::names(spec),
                 (QStringList{u"Data center compute revenue"_s, u"Blackwell revenue, disclosed"_s,
                              u"Blackwell revenue, estimate"_s, u"Disclosed without a dollar figure"_s}));
        QCOMPARE(spec.quarters.first().toString(), u"FY2025Q1"_s);
        QCOMPARE(spec.quarters.last().toString(), u"FY2026Q4"_s);
        const ChartSeriesSpec *top = spec.find(u"productStatements"_s);
        QCOMPARE(top->pointAt(spec.slotOf({2026, 1}))->label, u"~70% of DC compute"_s);
        QCOMPARE(top->pointAt(spec.slotOf({2026, 2}))->label, u"+17% q/q"_s);
        QCOMPARE(top->pointAt(spec.slotOf({2026, 3}))->label, u"GB300 ~67%"_s);
        QCOMPARE(top->pointAt(spec.slotOf({2025, 2}))->label, u"outlook"_s);
        // The estimate from the disclosed share: 70% of FY2026Q1's compute revenue.
        const ChartPoint *q1 = spec.find(u"productEstimate"_s)->pointAt(spec.slotOf({2026, 1}));
        QVERIFY(q1);
        const double compute = *input.figures.value({2026, 1}, Metric::DataCenterCompute);
        QCOMPARE(q1->value, 0.7 * compute / 1000.0);
        QVERIFY2(q1->tooltip.contains(u"NOT a disclosed figure"_s) && q1->tooltip.contains(u"digitimes"_s),
                 qPrintable(q1->tooltip));
    }

    void anyProductsRamp()
    {
        const ProductRampChartBuilder builder;
        ChartInput input{orchardWithProducts(), u"ORCD"_s, {}, {}};
        QVERIFY(builder.hasFiguresFor(input.figures));
        QCOMPARE(builder.choices(input), (QStringList{u"Orchard Pad"_s, u"Pomme Watch"_s}));
        input.product = u"Pomme Watch"_s;
        const ChartSpec spec = specOf(builder, input);
        QCOMPARE(spec.title, u"ORCD Pomme Watch ramp: what was disclosed, next to the company's revenue"_s);
        QCOMPARE(::ids(spec), (QStringList{u"revenue"_s, u"productDisclosed"_s, u"productEstimate"_s,
                                           u"productStatements"_s}));
        QCOMPARE(::names(spec),
                 (QStringList{u"Company revenue"_s, u"Pomme Watch revenue, disclosed"_s,
                              u"Pomme Watch revenue, estimate"_s, u"Disclosed without a dollar figure"_s}));
        // From the first disclosure (FY2024Q2) back to FY2024Q1's revenue, on to FY2025Q1.
        QCOMPARE(spec.quarters.first().toString(), u"FY2024Q1"_s);
        QCOMPARE(spec.quarters.last().toString(), u"FY2025Q1"_s);
        const ChartSeriesSpec *disclosed = spec.find(u"productDisclosed"_s);
        QCOMPARE(disclosed->points.size(), 1);
        QCOMPARE(disclosed->points.first().value, 0.2);
        QVERIFY(disclosed->points.first().tooltip.contains(u"ORCD FY2024Q2 call"_s));
        // 25% of FY2024Q3's $880M, then that grown by 10%: estimates, hollow, sourced.
        const ChartSeriesSpec *estimate = spec.find(u"productEstimate"_s);
        QCOMPARE(estimate->shape, SeriesShape::HollowMarker);
        QCOMPARE(estimate->points.size(), 2);
        QCOMPARE(estimate->points.at(0).value, 0.25 * 880 / 1000.0);
        QCOMPARE(estimate->points.at(1).value, 0.25 * 880 * 1.1 / 1000.0);
        QVERIFY2(estimate->points.at(1).tooltip.contains(u"ORCD FY2024Q4 call"_s),
                 qPrintable(estimate->points.at(1).tooltip));
        QCOMPARE(estimate->points.at(1).label, u"≈$242M est."_s);
        // Revenue near a billion: ticks that read as distinct numbers.
        QCOMPARE(spec.primaryLabelFormat, u"%.1f"_s);
        const ChartSeriesSpec *top = spec.find(u"productStatements"_s);
        QCOMPARE(top->pointAt(spec.slotOf({2024, 3}))->label, u"~25% of revenue"_s);
        QCOMPARE(top->pointAt(spec.slotOf({2024, 4}))->label, u"+10% q/q"_s);
        QCOMPARE(top->pointAt(spec.slotOf({2025, 1}))->label, u"statement"_s);

        // The other product: an estimate entered by hand, and nothing else in its legend.
        input.product = u"Orchard Pad"_s;
        const ChartSpec pad = specOf(builder, input);
        QCOMPARE(::ids(pad), (QStringList{u"revenue"_s, u"productEstimate"_s}));
        QCOMPARE(pad.find(u"productEstimate"_s)->points.first().value, 0.15);
    }

    // A company the library has by fiscal year only: charts of its years, named so.
    void annualOnlyCompanyGetsChartsOfItsYears()
    {
        const ChartSpec revenue = specOf(RevenueChartBuilder(), u"PNWD"_s);
        QVERIFY(revenue.annual);
        QCOMPARE(revenue.title, u"PNWD annual revenue"_s);
        QCOMPARE(revenue.xAxisTitle, u"Fiscal year"_s);
        QCOMPARE(::ids(revenue), (QStringList{u"revenue"_s, u"growth"_s}));
        QCOMPARE(::names(revenue), (QStringList{u"Revenue"_s, u"Growth, year over year (computed)"_s}));
        QCOMPARE(revenue.quarters, (QList<FiscalQuarter>{{2022, 4}, {2023, 4}, {2024, 4}}));
        QCOMPARE(revenue.find(u"revenue"_s)->points.at(2).value, 1.01);
        const ChartSeriesSpec *growth = revenue.find(u"growth"_s);
        QCOMPARE(growth->points.size(), 2);
        QCOMPARE(growth->points.at(1).value, (1010.0 / 905.0 - 1) * 100);
        QVERIFY2(growth->points.at(1).tooltip.contains(u"against $905M in FY2023"_s),
                 qPrintable(growth->points.at(1).tooltip));
        const QString heading = revenue.find(u"revenue"_s)->points.at(0).tooltip.section(u'\n', 0, 0);
        QCOMPARE(heading, u"FY2022 (fiscal year ended 2022-12-31)"_s);
        QCOMPARE(revenue.primaryLabelFormat, u"%.1f"_s);

        const ChartSpec margin = specOf(MarginChartBuilder(), u"PNWD"_s);
        QVERIFY(margin.annual);
        QCOMPARE(margin.title, u"PNWD GAAP gross, operating and net margin, by fiscal year"_s);
        QCOMPARE(::ids(margin), (QStringList{u"gaapGross"_s, u"operatingMargin"_s, u"netMargin"_s}));
        QCOMPARE(margin.find(u"operatingMargin"_s)->points.at(2).value, 150.0 / 1010.0 * 100);

        // No product: the pane says what is missing and how to add it.
        const ProductRampChartBuilder ramp;
        QVERIFY(!ramp.hasFiguresFor(figuresOf(u"PNWD"_s)));
        QVERIFY(RevenueChartBuilder().hasFiguresFor(figuresOf(u"PNWD"_s)));
        QVERIFY(!specOf(ramp, u"PNWD"_s).hasData());

        // A company with quarters is not charted by year.
        QVERIFY(!specOf(RevenueChartBuilder(), u"ORCD"_s).annual);
    }

    void emptyPanesSayWhatIsMissing_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<bool>("hasFigures");
        QTest::addColumn<QString>("missing");
        QTest::newRow("revenue") << u"revenue"_s << true << u"no revenue figures for ORCD"_s;
        QTest::newRow("margin") << u"margin"_s << true
                                << u"no gross margin, operating income or net income for ORCD"_s;
        QTest::newRow("product") << u"product"_s << false << u"no product disclosures for ORCD"_s;
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
        if (chart == u"product"_s)
            QVERIFY2(text.contains(u"Add Disclosure…"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCompanyCharts)
#include "tst_companycharts.moc"
