#include "charts/ChartLegend.h"
#include "charts/ChartPalette.h"
#include "charts/ChartPane.h"
#include "charts/ChartPanel.h"
#include "charts/ChartRenderer.h"
#include "figures/FigureTableModel.h"
#include "figures/FiguresDock.h"
#include "figures/MetricRepository.h"
#include "figures/ProductDisclosureDialog.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "util/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QXYSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QStringList categories(ChartPane *pane)
{
    const auto axes = pane->chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            return category->categories();
    }
    return {};
}

// Clicks the series' legend button, as a user would.
bool clickLegend(ChartPane *pane, const QString &seriesId)
{
    QToolButton *button = pane->legend()->button(seriesId);
    if (!button || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

QAbstractSeries *seriesNamed(ChartPane *pane, const QString &id)
{
    const QList<QAbstractSeries *> all = pane->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == id)
            return series;
    }
    return nullptr;
}

// Runs `act` on the next modal dialog of type Dialog once it is shown: the dialogs the
// window opens run their own event loop.
template <typename Dialog, typename Act> void whenShown(Act act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

QString companyFacts(const QString &name)
{
    return QStringLiteral(ER_TEST_DATA_DIR) + u"/companyfacts/"_s + name;
}

} // namespace

class TestChartPanes : public QObject
{
    Q_OBJECT

private slots:
    // Every series colour stands out from the plot background by at least WCAG's 3:1 for
    // graphics, in light and in dark (issue 15: "Rest of revenue" all but vanished in dark),
    // and the two stacked revenue segments stay apart from each other.
    void seriesColoursHaveContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void seriesColoursHaveContrast()
    {
        QFETCH(bool, dark);
        const ChartPalette palette = dark ? ChartPalette::dark() : ChartPalette::light();
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&luminance](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        using R = ChartPalette::Role;
        QStringList problems;
        for (R role : {R::DataCenter, R::Rest, R::Growth, R::GaapMargin, R::NonGaapMargin, R::NetMargin,
                       R::Outlook, R::Disclosed, R::Estimate, R::Statement, R::Linked}) {
            const double ratio = contrast(palette.color(role), palette.plotBackground);
            if (ratio < 3.0)
                problems << u"role %1: %2 on %3 is %4:1"_s.arg(int(role))
                                .arg(palette.color(role).name(), palette.plotBackground.name())
                                .arg(ratio, 0, 'f', 2);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(contrast(palette.color(R::DataCenter), palette.color(R::Rest)) >= 1.5);
        // The compute bars are pale context; the disclosed figures drawn on them must show.
        QVERIFY(contrast(palette.color(R::Disclosed), palette.color(R::Compute)) >= 3.0);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderChartTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"panes.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void switchingPanes()
    {
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.resize(900, 600);
        panel.setCompany(u"NVDA"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.tabs()->count(), 3);
        QStringList ids;
        for (int i = 0; i < panel.tabs()->count(); ++i) {
            QTabBar *bar = panel.tabs()->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            ChartPane *pane = panel.currentPane();
            QVERIFY(pane);
            QCOMPARE(panel.tabs()->currentIndex(), i);
            ids << pane->paneId();
            QVERIFY2(pane->chart()->title().contains(u"NVDA"_s), qPrintable(pane->chart()->title()));
            QVERIFY(pane->spec().hasData());
            QVERIFY(!pane->chart()->series().isEmpty());
        }
        QCOMPARE(ids, ChartPane::paneIds());
        // The chosen pane is remembered.
        panel.setCurrentPane(u"margin"_s);
        ChartPanel again(&repository);
        QCOMPARE(again.currentPane()->paneId(), u"margin"_s);
    }

    void rangeSelection()
    {
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.setCompany(u"NVDA"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChartPane *pane = panel.pane(u"revenue"_s);
        panel.setCurrentPane(u"revenue"_s);
        // Every quarter, and the one the latest outlook is for.
        QCOMPARE(pane->visibleQuarters().size(), 17);
        QCOMPARE(categories(pane).size(), 17);

        QSignalSpy changed(pane, &ChartPane::rangeChanged);
        pane->fromSelector()->setCurrentIndex(pane->fromSelector()->findText(u"FY2024Q1"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(pane->rangeFrom().toString(), u"FY2024Q1"_s);
        QCOMPARE(categories(pane).size(), 13);
        QCOMPARE(categories(pane).first(), u"Q1 FY24"_s);
        pane->toSelector()->setCurrentIndex(pane->toSelector()->findText(u"FY2025Q4"_s));
        QCOMPARE(categories(pane).size(), 8);
        QCOMPARE(pane->spec().quarters.last().toString(), u"FY2025Q4"_s);

        // Moving the start past the end drags the end along.
        pane->fromSelector()->setCurrentIndex(pane->fromSelector()->findText(u"FY2026Q2"_s));
        QCOMPARE(pane->rangeTo().toString(), u"FY2026Q2"_s);
        QCOMPARE(categories(pane).size(), 1);

        // A range where this pane has nothing is refused and the selectors stay honest.
        ChartPane *blackwell = panel.pane(u"product"_s);
        const auto before = std::make_pair(blackwell->rangeFrom(), blackwell->rangeTo());
        QCOMPARE(before.first.toString(), u"FY2025Q1"_s);
        QCOMPARE(before.second.toString(), u"FY2026Q4"_s);
        QVERIFY(!blackwell->setRange({2023, 1}, {2023, 4}));
        QCOMPARE(blackwell->rangeFrom(), before.first);
        blackwell->toSelector()->setCurrentIndex(blackwell->toSelector()->findText(u"FY2023Q4"_s));
        QCOMPARE(blackwell->toSelector()->currentText(), before.second.toString());

        pane->resetRange();
        QCOMPARE(pane->visibleQuarters().size(), 17);
    }

    void legendToggles()
    {
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.resize(1000, 700);
        panel.setCompany(u"NVDA"_s);
        panel.setCurrentPane(u"margin"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChartPane *pane = panel.currentPane();
        QVERIFY(pane->isSeriesVisible(u"netMargin"_s));
        QSignalSpy toggled(pane, &ChartPane::seriesVisibilityChanged);

        QCOMPARE(pane->legend()->button(u"netMargin"_s)->text(), u"Net margin (computed)"_s);
        QVERIFY(clickLegend(pane, u"netMargin"_s));
        QTRY_COMPARE(toggled.size(), 1);
        QVERIFY(!pane->isSeriesVisible(u"netMargin"_s));
        QVERIFY(!seriesNamed(pane, u"netMargin"_s)->isVisible());
        // Still in the legend, unchecked, so it can be switched back on.
        QVERIFY(pane->legend()->button(u"netMargin"_s)->isVisible());
        QVERIFY(!pane->legend()->button(u"netMargin"_s)->isChecked());
        QVERIFY(seriesNamed(pane, u"gaapGross"_s)->isVisible());

        // From the keyboard: the button keeps the focus across the rebuild, Space toggles back.
        pane->legend()->button(u"netMargin"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE(toggled.size(), 2);
        QVERIFY(pane->isSeriesVisible(u"netMargin"_s));
        QVERIFY(seriesNamed(pane, u"netMargin"_s)->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), pane->legend()->button(u"netMargin"_s));

        // Every name whole, however narrow the pane: the legend takes more rows instead.
        panel.resize(420, 700);
        for (const QString &id : pane->legend()->seriesIds()) {
            QToolButton *button = pane->legend()->button(id);
            QTRY_VERIFY(button->width() >= button->sizeHint().width());
            QVERIFY(pane->legend()->rect().contains(button->geometry()));
        }

        // A layer of the stacked bars: hidden, its bars are empty.
        ChartPane *revenue = panel.pane(u"revenue"_s);
        panel.setCurrentPane(u"revenue"_s);
        QVERIFY(clickLegend(revenue, u"dataCenter"_s));
        QTRY_VERIFY(!revenue->isSeriesVisible(u"dataCenter"_s));
        const auto *bars = qobject_cast<QStackedBarSeries *>(revenue->chart()->series().value(0));
        QVERIFY(bars);
        QBarSet *dataCenter = bars->barSets().first();
        QCOMPARE(dataCenter->objectName(), u"dataCenter"_s);
        QCOMPARE(dataCenter->sum(), 0.0);
        // The hidden state survives a change of range.
        QVERIFY(revenue->setRange({2025, 1}, {2026, 4}));
        QVERIFY(!revenue->isSeriesVisible(u"dataCenter"_s));
    }

    void tooltipsSayWhatAndWhere()
    {
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.setCompany(u"NVDA"_s);
        const ChartSpec &revenue = panel.pane(u"revenue"_s)->spec();
        const int q = revenue.slotOf({2025, 4});
        const QString dc = revenue.find(u"dataCenter"_s)->pointAt(q)->tooltip;
        QVERIFY2(dc.contains(u"$35,580M"_s) && dc.contains(u"Source:"_s) && dc.contains(u"Status:"_s),
                 qPrintable(dc));
        const QString outlook = revenue.find(u"outlook"_s)->pointAt(q)->tooltip;
        QVERIFY2(outlook.contains(u"given in the FY2025Q3 release"_s), qPrintable(outlook));
        QVERIFY(revenue.find(u"growth"_s)->pointAt(q)->tooltip.contains(u"computed"_s));

        const ChartSpec &margin = panel.pane(u"margin"_s)->spec();
        const ChartPoint *h20 = margin.find(u"gaapGross"_s)->pointAt(margin.slotOf({2026, 1}));
        QVERIFY2(h20->label.contains(u"H20"_s), qPrintable(h20->label));

        // Blackwell: the disclosed figure and estimates look different, blanks stay blank.
        const ChartSpec &blackwell = panel.pane(u"product"_s)->spec();
        const ChartSeriesSpec *disclosed = blackwell.find(u"productDisclosed"_s);
        const ChartSeriesSpec *estimate = blackwell.find(u"productEstimate"_s);
        QCOMPARE(disclosed->shape, SeriesShape::Marker);
        QCOMPARE(estimate->shape, SeriesShape::HollowMarker);
        QCOMPARE(disclosed->points.size(), 1);
        QCOMPARE(disclosed->points.first().value, 11.0);
        QVERIFY(disclosed->points.first().tooltip.contains(u"Disclosed"_s));
        for (const ChartPoint &p : estimate->points)
            QVERIFY2(p.tooltip.contains(u"NOT a disclosed figure"_s), qPrintable(p.tooltip));
        QVERIFY(!blackwell.find(u"dataCenterCompute"_s)->pointAt(blackwell.slotOf({2025, 4})));
        QVERIFY(blackwell.find(u"productStatements"_s)->pointAt(blackwell.slotOf({2026, 3})));
    }

    void linkedMarkersAndHighlight()
    {
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.resize(1000, 700);
        panel.setCompany(u"NVDA"_s);
        panel.setCurrentPane(u"revenue"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChartPane *pane = panel.currentPane();
        panel.setLinkedMarkers({{{2025, 4}, u"revenue"_s, u"約110億美元"_s, 42},
                                {{2025, 4}, u"data_center"_s, u"Data center"_s, 43},
                                {{2026, 1}, QString(), u"H20"_s, 44}});
        const ChartSeriesSpec *linked = pane->spec().find(u"linked"_s);
        QVERIFY(linked);
        QCOMPARE(linked->points.size(), 2);
        QVERIFY(linked->pointAt(pane->spec().slotOf({2025, 4}))->tooltip.contains(u"約110億美元"_s));

        // Clicking the marker hands back both passages of that quarter.
        QSignalSpy clicked(&panel, &ChartPanel::linkedMarkersClicked);
        auto *series = qobject_cast<QScatterSeries *>(seriesNamed(pane, u"linked"_s));
        QVERIFY(series);
        const QPointF point = series->points().first();
        const QPoint at = pane->chartView()->mapFromScene(pane->chart()->mapToPosition(point, series));
        QTest::mouseClick(pane->chartView()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(clicked.size(), 1);
        const auto markers = clicked.first().first().value<QList<LinkedMarker>>();
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.first().id.toInt(), 42);

        // "Show on chart": the pane plotting the metric, the quarter highlighted.
        panel.showFigure({2023, 2}, u"gaap_gross_margin"_s);
        QCOMPARE(panel.currentPane()->paneId(), u"margin"_s);
        QCOMPARE(panel.currentPane()->spec().highlightSlot, panel.currentPane()->spec().slotOf({2023, 2}));
        QVERIFY(seriesNamed(panel.currentPane(), u"highlight"_s));
        QVERIFY(!panel.pane(u"revenue"_s)->spec().highlightSlot);
        // Exports leave the session's marks out.
        QVERIFY(!panel.currentPane()->exportSpec().highlightSlot);
        QVERIFY(!panel.pane(u"revenue"_s)->exportSpec().find(u"linked"_s));
    }

    void darkPalette()
    {
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.setCompany(u"NVDA"_s);
        ChartPane *pane = panel.pane(u"margin"_s);
        pane->setChartPalette(ChartPalette::dark());
        QVERIFY(pane->chart()->backgroundBrush().color().lightness() < 60);
        QVERIFY(pane->chart()->titleBrush().color().lightness() > 180);
        pane->setChartPalette(ChartPalette::light());
        QVERIFY(pane->chart()->backgroundBrush().color().lightness() > 200);
    }

    void followsTheOpenCallsCompany()
    {
        MainWindow window(&m_store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<ChartPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->company(), u"NVDA"_s);
        QVERIFY(panel->currentPane()->spec().hasData());
        auto *dock = window.findChild<FiguresDock *>(u"figuresDock"_s);
        QVERIFY(dock);
        QVERIFY(dock->view()->model()->rowCount() > 150);
        QAction *exportChart = window.findChild<QAction *>(u"exportChartAction"_s);
        QVERIFY(exportChart);
        QVERIFY(!exportChart->shortcut().isEmpty());
        QVERIFY(window.findChild<QAction *>(u"importFinancialsAction"_s));
        QVERIFY(window.findChild<QAction *>(u"exportFinancialsAction"_s));

        // Exporting from the window's panel, no dialog.
        const QString out = m_dir.filePath(u"window.png"_s);
        QString error;
        ChartExporter::Options options;
        options.size = QSize(800, 500);
        QVERIFY2(panel->exportCurrentChartTo(out, options, &error), qPrintable(error));
        QCOMPARE(QImage(out).size(), QSize(800, 500));

        const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(shots + u"/main-window-charts.png"_s);
    }

    void calloutsKeepClearOfLines_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("export size") << QSize(800, 500);
        QTest::newRow("narrow pane") << QSize(520, 420);
        QTest::newRow("wide pane") << QSize(1400, 600);
    }

    // The H20 note sat on the net-margin line; a callout now moves off any line it would cover.
    void calloutsKeepClearOfLines()
    {
        QFETCH(QSize, size);
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.setCompany(u"NVDA"_s);
        panel.setCurrentPane(u"margin"_s);
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QChart *chart = panel.currentPane()->chart();
        QTRY_VERIFY(chart->plotArea().width() > 0);
        QList<QGraphicsSimpleTextItem *> callouts;
        for (QGraphicsItem *item : chart->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
                text && text->isVisible() && text->text().contains(u"H20"_s))
                callouts << text;
        }
        QCOMPARE(callouts.size(), 1);
        const QRectF box = callouts.first()->mapRectToParent(callouts.first()->boundingRect());
        QVERIFY(chart->plotArea().contains(box));
        for (QAbstractSeries *series : chart->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (!line || !line->isVisible() || qobject_cast<QAreaSeries *>(line->parent()))
                continue;
            const QList<QPointF> points = line->points();
            for (qsizetype i = 1; i < points.size(); ++i) {
                const QPointF from = chart->mapToPosition(points.at(i - 1), line);
                const QPointF to = chart->mapToPosition(points.at(i), line);
                const int steps = int(QLineF(from, to).length()) + 1;
                for (int step = 0; step <= steps; ++step) {
                    const QPointF at = from + (to - from) * (double(step) / steps);
                    QVERIFY2(!box.contains(at),
                             qPrintable(u"the callout covers the %1 line at %2,%3"_s.arg(line->name())
                                            .arg(at.x())
                                            .arg(at.y())));
                }
            }
        }
    }

    void productRampLayoutIsClear_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {u"en"_s, u"zh_TW"_s, u"zh_CN"_s}) {
            // The panel beside the transcript in a 1280x800 window, a 900x600 one, an export.
            for (const QSize size : {QSize(400, 700), QSize(900, 600), QSize(520, 420), QSize(800, 500)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
        }
    }

    // Whole quarter labels ("Q1 F…" was elided), callouts apart from each other ("outlookoutlook",
    // "~70% of DC compute" over "GB300 ~67%") and inside the plot, markers clear of the axes.
    void productRampLayoutIsClear()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        LanguageManager::instance().apply(language);
        const auto english = qScopeGuard([] { LanguageManager::instance().apply(u"en"_s); });
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.setCompany(u"NVDA"_s);
        panel.setCurrentPane(u"product"_s);
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QChart *chart = panel.currentPane()->chart();
        QTRY_VERIFY(chart->plotArea().width() > 0);
        QCoreApplication::processEvents();
        const QRectF plot = chart->plotArea();
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                QVERIFY2(!text->toPlainText().contains(u'…'), qPrintable(text->toPlainText()));
        }
        QList<QGraphicsSimpleTextItem *> callouts;
        for (QGraphicsItem *item : chart->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
                text && text->isVisible() && text->zValue() == 20)
                callouts << text;
        }
        QVERIFY(callouts.size() >= 5);
        for (qsizetype i = 0; i < callouts.size(); ++i) {
            const QRectF box = callouts.at(i)->mapRectToParent(callouts.at(i)->boundingRect());
            QVERIFY2(plot.contains(box), qPrintable(callouts.at(i)->text()));
            for (qsizetype j = 0; j < i; ++j) {
                const QRectF other = callouts.at(j)->mapRectToParent(callouts.at(j)->boundingRect());
                QVERIFY2(!box.adjusted(-2, 0, 2, 0).intersects(other),
                         qPrintable(callouts.at(i)->text() + u" over "_s + callouts.at(j)->text()));
            }
        }
        for (QAbstractSeries *series : chart->series()) {
            auto *scatter = qobject_cast<QScatterSeries *>(series);
            if (!scatter || !scatter->isVisible())
                continue;
            const qreal radius = scatter->markerSize() / 2;
            for (const QPointF &point : scatter->points()) {
                const QPointF at = chart->mapToPosition(point, scatter);
                QVERIFY2(plot.adjusted(radius - 1, radius - 1, 1 - radius, 1 - radius).contains(at),
                         qPrintable(u"%1 at %2"_s.arg(scatter->name()).arg(point.x())));
            }
        }
        const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            panel.grab().save(
                shots + u"/product-ramp-%1-%2x%3.png"_s.arg(language).arg(size.width()).arg(size.height()));
    }

    void markersStayInsideThePlot_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QSize>("size");
        for (const QString &pane : {u"revenue"_s, u"margin"_s, u"product"_s}) {
            for (const QSize size : {QSize(400, 700), QSize(900, 600), QSize(520, 420)})
                QTest::addRow("%s %dx%d", qPrintable(pane), size.width(), size.height()) << pane << size;
        }
    }

    // The outlook diamond of the last quarter, drawn beside where its bar would be, crossed
    // the right axis.
    void markersStayInsideThePlot()
    {
        QFETCH(QString, pane);
        QFETCH(QSize, size);
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.setCompany(u"NVDA"_s);
        panel.setCurrentPane(pane);
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QChart *chart = panel.currentPane()->chart();
        QTRY_VERIFY(chart->plotArea().width() > 0);
        QCoreApplication::processEvents();
        const QRectF plot = chart->plotArea();
        int markers = 0;
        for (QAbstractSeries *series : chart->series()) {
            auto *xy = qobject_cast<QXYSeries *>(series);
            if (!xy || !xy->isVisible() || xy->property("erHelperSeries").toBool())
                continue;
            const qreal radius = series->type() == QAbstractSeries::SeriesTypeScatter || xy->pointsVisible()
                                     ? xy->markerSize() / 2
                                     : 0;
            for (const QPointF &point : xy->points()) {
                const QPointF at = chart->mapToPosition(point, xy);
                QVERIFY2(at.x() - radius >= plot.left() - 1 && at.x() + radius <= plot.right() + 1,
                         qPrintable(u"%1 at %2: %3 +- %4 outside %5..%6"_s.arg(xy->name())
                                        .arg(point.x())
                                        .arg(at.x())
                                        .arg(radius)
                                        .arg(plot.left())
                                        .arg(plot.right())));
                ++markers;
            }
        }
        QVERIFY(markers > 0);
    }

    // A company with no figures yet: the title says how to add them, and no made-up scale.
    void aCompanyWithoutFiguresSaysHowToAddThem()
    {
        MetricRepository repository(&m_store);
        ChartPanel panel(&repository);
        panel.setCompany(u"AVGO"_s);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (ChartPane *pane : panel.panes()) {
            QCOMPARE(pane->company(), u"AVGO"_s);
            QVERIFY(!pane->spec().hasData());
            QVERIFY2(pane->spec().title.contains(u"AVGO"_s) &&
                         pane->spec().title.contains(u"Import Financials"_s),
                     qPrintable(pane->spec().title));
            QVERIFY2(pane->spec().sourceLine.contains(u"AVGO"_s), qPrintable(pane->spec().sourceLine));
            for (QAbstractAxis *axis : pane->chart()->axes())
                QVERIFY(!axis->isVisible());
        }
    }

    // File > Import Financials… with SEC company facts: the file dialog, the ticker asked
    // for, the figures stored; a company with annual reports only gets charts of its years
    // and a product pane that says how to add a product.
    void importsCompanyFactsFromTheFileMenu()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(u"import.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        MainWindow window(&store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *import = window.findChild<QAction *>(u"importFinancialsAction"_s);
        QVERIFY(import);

        bool askedForTicker = false;
        whenShown<QFileDialog>([&](QFileDialog *files) {
            whenShown<QInputDialog>([&](QInputDialog *ticker) {
                askedForTicker = true;
                QLineEdit *field = ticker->findChild<QLineEdit *>();
                field->selectAll();
                QTest::keyClicks(field, u"pnwd"_s);
                QTest::keyClick(field, Qt::Key_Return);
            });
            // Typed into the name field, as a reader may: the full path needs no folder listing.
            auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(companyFacts(u"CIK0009990003.json"_s));
            QTest::keyClick(name, Qt::Key_Return);
        });
        // The action of the File menu, the first of the menu bar.
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(import));
        import->trigger();
        QTRY_VERIFY(askedForTicker);
        MetricRepository repository(&store);
        QTRY_COMPARE(repository.figures(u"PNWD"_s).size(), 18);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"fiscal years only"_s),
                 qPrintable(window.statusBar()->currentMessage()));

        auto *panel = window.findChild<ChartPanel *>();
        panel->setCompany(u"PNWD"_s);
        QCOMPARE(panel->pane(u"revenue"_s)->spec().title, u"PNWD annual revenue"_s);
        QCOMPARE(panel->pane(u"revenue"_s)->fromSelector()->itemText(0), u"FY2022"_s);
        panel->setCurrentPane(u"revenue"_s);
        QTRY_COMPARE(categories(panel->pane(u"revenue"_s)),
                     (QStringList{u"FY2022"_s, u"FY2023"_s, u"FY2024"_s}));
        ChartPane *product = panel->pane(u"product"_s);
        QVERIFY2(product->spec().title.contains(u"no product disclosures for PNWD"_s) &&
                     product->spec().title.contains(u"Add Disclosure…"_s),
                 qPrintable(product->spec().title));
        QVERIFY(!product->choiceSelector()->isVisibleTo(product));
    }

    // A product and its disclosure added in the Figures dock's dialog, shown on the product
    // pane when picked, and taken back and put again with Undo and Redo.
    void addsAProductDisclosureUndoably()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(u"disclose.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        MainWindow window(&store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<ChartPanel *>();
        panel->setCurrentPane(u"product"_s);
        ChartPane *pane = panel->pane(u"product"_s);
        QCOMPARE(pane->choices(), QStringList{u"Blackwell"_s});
        QVERIFY(pane->choiceSelector()->isVisibleTo(pane));
        const QString blackwellTitle = pane->spec().title;
        auto *dock = window.findChild<FiguresDock *>(u"figuresDock"_s);
        auto *add = dock->findChild<QToolButton *>(u"addDisclosureButton"_s);
        QVERIFY(add && add->isEnabled());
        const int rows = dock->model()->rowCount();

        bool filled = false;
        whenShown<ProductDisclosureDialog>([&](ProductDisclosureDialog *dialog) {
            // The field offers the products there are; a new one is typed over it.
            QCOMPARE(dialog->productField()->currentText(), u"Blackwell"_s);
            QTest::keyClick(dialog->productField()->lineEdit(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(dialog->productField()->lineEdit(), u"Rubin"_s);
            dialog->quarterField()->setCurrentIndex(dialog->quarterField()->findText(u"FY2026Q4"_s));
            dialog->kindField()->setCurrentIndex(0); // revenue
            QTest::keyClicks(dialog->valueField(), u"5000"_s);
            QTest::keyClicks(dialog->textField(), u"Rubin shipped its first $5B"_s);
            QTest::keyClicks(dialog->sourceField(), u"Q4 FY2026 call"_s);
            filled = true;
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(filled);
        QTRY_COMPARE(dock->model()->rowCount(), rows + 1);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(pane->choices(), (QStringList{u"Blackwell"_s, u"Rubin"_s}));
        // Blackwell stays shown until the reader picks the new product.
        QCOMPARE(pane->spec().title, blackwellTitle);
        QComboBox *selector = pane->choiceSelector();
        QTest::mouseClick(selector, Qt::LeftButton);
        selector->setCurrentIndex(selector->findText(u"Rubin"_s));
        QCOMPARE(pane->choice(), u"Rubin"_s);
        QCOMPARE(pane->spec().title, u"NVDA Rubin ramp: what was disclosed, next to the company's revenue"_s);
        const ChartSeriesSpec *disclosed = pane->spec().find(u"productDisclosed"_s);
        QVERIFY(disclosed);
        QCOMPARE(disclosed->points.size(), 1);
        QCOMPARE(disclosed->points.first().value, 5.0);
        // The source typed, "Q4 FY2026 call", in the words every source is shown in.
        QVERIFY2(disclosed->points.first().tooltip.contains(u"NVDA earnings call for FY2026Q4"_s),
                 qPrintable(disclosed->points.first().tooltip));

        QAction *undo = window.findChild<QAction *>(u"undoAction"_s);
        QAction *redo = window.findChild<QAction *>(u"redoAction"_s);
        QVERIFY(undo && redo);
        QVERIFY2(undo->text().contains(u"Rubin revenue FY2026Q4"_s), qPrintable(undo->text()));
        undo->trigger();
        QTRY_COMPARE(dock->model()->rowCount(), rows);
        QCOMPARE(pane->choices(), QStringList{u"Blackwell"_s});
        QCOMPARE(pane->spec().title, blackwellTitle);
        redo->trigger();
        QTRY_COMPARE(dock->model()->rowCount(), rows + 1);
        QCOMPARE(pane->choices(), (QStringList{u"Blackwell"_s, u"Rubin"_s}));
        QCOMPARE(MetricRepository(&store)
                     .figure({u"NVDA"_s, {2026, 4}, u"product:Rubin:revenue"_s, FigureKind::Disclosed})
                     ->source,
                 u"Q4 FY2026 call"_s);

        const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(shots + u"/main-window-product-ramp.png"_s);
    }

    // What the dialog refuses is reported and nothing is stored.
    void aDisclosureWithoutSourceIsRefused()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<FiguresDock *>(u"figuresDock"_s);
        QSignalSpy errors(dock, &FiguresDock::errorOccurred);
        const int rows = dock->model()->rowCount();
        QString shown;
        whenShown<ProductDisclosureDialog>([&shown](ProductDisclosureDialog *dialog) {
            // The window shows the refusal in a message box.
            whenShown<QMessageBox>([&shown](QMessageBox *box) {
                shown = box->text();
                box->accept();
            });
            QTest::keyClicks(dialog->valueField(), u"5000"_s);
            dialog->accept();
        });
        dock->addDisclosure();
        QVERIFY2(shown.contains(u"The disclosure was not added"_s), qPrintable(shown));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"as its source"_s),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(dock->model()->rowCount(), rows);
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void hiddenFiguresTableIsSizedWhenShown()
    {
        MainWindow window(&m_store);
        window.resize(1500, 900);
        auto *dock = window.findChild<FiguresDock *>(u"figuresDock"_s);
        QVERIFY(dock);
        dock->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = dock->view();
        const int quarter = FigureTableModel::QuarterColumn;
        const int unmeasured = view->horizontalHeader()->defaultSectionSize();
        QCOMPARE(view->columnWidth(quarter), unmeasured);
        dock->show();
        QTRY_VERIFY(view->isVisible());
        const int fitted = std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(quarter),
                                    view->horizontalHeader()->sectionSizeHint(quarter));
        QVERIFY(fitted != unmeasured);
        QCOMPARE(view->columnWidth(quarter), fitted);
        QVERIFY(view->columnWidth(FigureTableModel::SourceColumn) <= 260);
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_MAIN(TestChartPanes)
#include "tst_chartpanes.moc"
