#include "figures/MetricRepository.h"
#include "main/MainWindow.h"
#include "options/PutCalculatorPane.h"
#include "options/PutPayoff.h"
#include "options/PutPayoffChartView.h"
#include "options/PutScenarioBar.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "util/LanguageManager.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMainWindow>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
}

} // namespace

class TestPutCalculatorGui : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        LanguageManager::instance().apply(u"en"_s);
        // Docked, as in the window: a floating dock is a window of its own.
        m_window = new QMainWindow;
        m_pane = new PutCalculatorPane(m_window);
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_pane);
        m_window->setCentralWidget(new QWidget(m_window));
        m_window->resize(900, 1000);
        m_window->resizeDocks({m_pane}, {520}, Qt::Horizontal);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup() { delete m_window; }

    void startsWithTheArticlesTrade()
    {
        const PutInputs in = m_pane->inputs();
        QCOMPARE(in.price, 131.28);
        QCOMPARE(in.tradeDate, QDate(2025, 2, 26));
        QCOMPARE(in.strike, 110.0);
        QCOMPARE(in.premium, 3.725);
        QVERIFY(!in.volatility);
        // Without a library and an open call there is nothing to save with.
        QVERIFY(!m_pane->scenarios()->list()->isEnabled());
        QCOMPARE(m_pane->outputLabel(u"premium_received"_s)->text(), u"$372.50"_s);
        QCOMPARE(m_pane->outputLabel(u"collateral"_s)->text(), u"$11,000.00"_s);
        QCOMPARE(m_pane->outputLabel(u"breakeven"_s)->text(), u"$106.275"_s);
    }

    void editingTheStrikeMovesEveryOutputAndTheChart()
    {
        PutPayoffChartView *chart = m_pane->chartView();
        QSignalSpy results(m_pane, &PutCalculatorPane::resultChanged);
        QSignalSpy curve(chart->atExpirySeries(), &QXYSeries::pointsReplaced);
        QSignalSpy strikeLine(chart->strikeSeries(), &QXYSeries::pointsReplaced);
        QSignalSpy marker(chart->markerSeries(), &QXYSeries::pointsReplaced);
        QHash<QString, QString> before;
        for (const PutFigure &figure : PutCalculator::figures(m_pane->inputs(), m_pane->result()))
            before.insert(figure.key, m_pane->outputLabel(figure.key)->text());

        typeInto(child<QDoubleSpinBox>(m_pane, u"putStrike"_s), u"100"_s);
        QCOMPARE(m_pane->inputs().strike, 100.0);
        QVERIFY(!results.isEmpty() && !curve.isEmpty() && !strikeLine.isEmpty() && !marker.isEmpty());

        // Every output shows what the calculator gives for what is now in the fields...
        const PutInputs in = m_pane->inputs();
        const QList<PutFigure> figures = PutCalculator::figures(in, PutCalculator::compute(in));
        for (const PutFigure &figure : figures) {
            QCOMPARE(m_pane->outputLabel(figure.key)->text(), figure.display);
            QCOMPARE(m_pane->outputLabel(figure.key)->toolTip(), figure.formula);
        }
        // ...and each one that depends on the strike has changed.
        for (const QString &key :
             {u"collateral"_s, u"breakeven"_s, u"effective_price_if_assigned"_s, u"strike_distance_pct"_s,
              u"return_on_collateral_pct"_s, u"annualised_yield_pct"_s, u"max_loss"_s})
            QVERIFY2(m_pane->outputLabel(key)->text() != before.value(key), qPrintable(key));
        QCOMPARE(m_pane->outputLabel(u"collateral"_s)->text(), u"$10,000.00"_s);
        QCOMPARE(m_pane->outputLabel(u"breakeven"_s)->text(), u"$96.275"_s);

        const PutPayoffSpec spec = PutPayoff::spec(in);
        QCOMPARE(chart->atExpirySeries()->points(), spec.atExpiry);
        QCOMPARE(chart->strikeSeries()->at(0).x(), 100.0);
        QCOMPARE(chart->breakevenSeries()->at(0).x(), 96.275);
        QVERIFY(m_pane->explanationLabel()->text().contains(u"$10,000.00"_s));
    }

    void aVolatilityAddsTheProbabilityAndTheCurveBeforeExpiry()
    {
        PutPayoffChartView *chart = m_pane->chartView();
        QVERIFY(!chart->beforeExpirySeries()->isVisible());
        QCOMPARE(m_pane->outputLabel(u"probability_of_assignment"_s)->text(),
                 u"needs an implied volatility"_s);
        QSignalSpy beforeExpiry(chart->beforeExpirySeries(), &QXYSeries::pointsReplaced);

        typeInto(child<QDoubleSpinBox>(m_pane, u"putVolatility"_s), u"60"_s);
        QCOMPARE(*m_pane->inputs().volatility, 0.6);
        QVERIFY(!beforeExpiry.isEmpty());
        QVERIFY(chart->beforeExpirySeries()->isVisible());
        QCOMPARE(chart->beforeExpirySeries()->points(), PutPayoff::spec(m_pane->inputs()).beforeExpiry);
        const double probability = *m_pane->result().probabilityOfAssignment;
        QCOMPARE(m_pane->outputLabel(u"probability_of_assignment"_s)->text(),
                 PutCalculator::percent(probability * 100));
        QVERIFY(m_pane->outputLabel(u"pnl_before_expiry"_s)->isVisible());

        // Trading days instead: the same dates give another T, and the probability moves.
        auto *basis = child<QComboBox>(m_pane, u"putDayBasis"_s);
        basis->setCurrentIndex(basis->findData(int(DayBasis::Trading252)));
        QVERIFY(*m_pane->result().probabilityOfAssignment != probability);
        QVERIFY(m_pane->outputLabel(u"annualised_yield_pct"_s)->toolTip().contains(u"252"_s));
    }

    void formulasShowOnDemand()
    {
        auto *formula = child<QLabel>(m_pane, u"putFormula_collateral"_s);
        QVERIFY(!formula->isVisible());
        // On the box itself: a check box takes clicks on its box and text, not all its width.
        auto *toggle = child<QAbstractButton>(m_pane, u"putShowFormulas"_s);
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(6, toggle->height() / 2));
        QVERIFY(formula->isVisible());
        QCOMPARE(formula->text(), u"strike × 100 × contracts = $110.00 × 100 × 1 = $11,000.00"_s);
        typeInto(child<QSpinBox>(m_pane, u"putContracts"_s), u"3"_s);
        QCOMPARE(formula->text(), u"strike × 100 × contracts = $110.00 × 100 × 3 = $33,000.00"_s);
    }

    void badInputsAreRefusedInWords()
    {
        child<QDateEdit>(m_pane, u"putExpiry"_s)->setDate(QDate(2025, 2, 20));
        auto *refusal = child<QLabel>(m_pane, u"putRefusal"_s);
        QVERIFY(refusal->isVisible());
        QCOMPARE(refusal->text(), u"The expiry date must be after the trade date."_s);
        QCOMPARE(m_pane->outputLabel(u"collateral"_s)->text(), u"—"_s);
        QVERIFY(m_pane->chartView()->atExpirySeries()->points().isEmpty());
        QVERIFY(m_pane->explanationLabel()->text().isEmpty());

        child<QDateEdit>(m_pane, u"putExpiry"_s)->setDate(QDate(2025, 3, 7));
        QVERIFY(!refusal->isVisible());
        QCOMPARE(m_pane->outputLabel(u"collateral"_s)->text(), u"$11,000.00"_s);
    }

    void clickingTheChartMovesTheMarker()
    {
        PutPayoffChartView *chart = m_pane->chartView();
        const QRectF plot = chart->chart()->plotArea();
        const QPoint inPlot = chart->mapFromScene(chart->chart()->mapToScene(plot.center())) +
                              QPoint(-int(plot.width() / 4), 0);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, inPlot);
        const double tried = m_pane->inputs().scenarioPrice.value();
        const PutPayoffSpec spec = chart->spec();
        QVERIFY2(tried > spec.minPrice && tried < (spec.minPrice + spec.maxPrice) / 2,
                 qPrintable(QString::number(tried)));
        QCOMPARE(chart->markerSeries()->at(0).x(), tried);
        QCOMPARE(chart->markerSeries()->at(0).y(), PutCalculator::pnlAtExpiry(m_pane->inputs(), tried));
        QVERIFY(m_pane->outputLabel(u"pnl_at_price"_s)->text() ==
                PutCalculator::money(m_pane->result().scenarioPnl));
    }

    void theArticlesCloseFillsThePrice()
    {
        // Without a library there is no close to fill in; the close is a figure of the library.
        auto *button = child<QAbstractButton>(m_pane, u"putPriceFromArticle"_s);
        QVERIFY(!button->isEnabled());
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"fill.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        MetricRepository figures(&store);
        m_pane->setFigures(&figures);
        m_pane->setCompany(u"NVDA"_s);
        QVERIFY(button->isEnabled());

        typeInto(child<QDoubleSpinBox>(m_pane, u"putPrice"_s), u"90"_s);
        QCOMPARE(m_pane->inputs().price, 90.0);
        QTest::mouseClick(child<QAbstractButton>(m_pane, u"putPriceFromArticle"_s), Qt::LeftButton);
        QCOMPARE(m_pane->inputs().price, 131.28);
        QCOMPARE(m_pane->inputs().tradeDate, QDate(2025, 2, 26));
        QVERIFY(child<QAbstractButton>(m_pane, u"putPriceFromArticle"_s)
                    ->toolTip()
                    .contains(u"報收131.28美元"_s));
        m_pane->setFigures(nullptr); // the repository goes before the pane
    }

    void theChartExportsAsTheOtherChartsDo()
    {
        QTemporaryDir dir;
        QString error;
        PutPayoffChartView *chart = m_pane->chartView();
        QVERIFY2(m_pane->exportChartTo(dir.filePath(u"put.png"_s), &error), qPrintable(error));
        const QImage image(dir.filePath(u"put.png"_s));
        // Twice the pixels of the chart on screen, with the legend under it.
        QCOMPARE(image.width(), chart->width() * 2);
        QVERIFY(image.height() > chart->height() * 2);
        QVERIFY2(m_pane->exportChartTo(dir.filePath(u"put.svg"_s), &error), qPrintable(error));
        QFile svg(dir.filePath(u"put.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString drawing = QString::fromUtf8(svg.readAll());
        QVERIFY(drawing.contains(u"<svg"_s));
        QVERIFY(drawing.contains(u"Breakeven $106.28"_s)); // the legend, as text
        QVERIFY2(m_pane->exportChartTo(dir.filePath(u"put.pdf"_s), &error), qPrintable(error));
        QFile pdf(dir.filePath(u"put.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");

        QVERIFY(!m_pane->exportChartTo(dir.filePath(u"put.gif"_s), &error));
        QVERIFY2(error.contains(u".png, .svg or .pdf"_s), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(u"put.gif"_s)));
    }

    void eachLanguageShowsTheWholePane_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("formulaWord");
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"賣出認沽試算"_s << u"履約價"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"卖出认沽试算"_s << u"行权价"_s;
        QTest::newRow("en") << u"en"_s << u"Sell a Put"_s << u"strike"_s;
    }

    void eachLanguageShowsTheWholePane()
    {
        QFETCH(QString, language);
        PutInputs in = m_pane->inputs();
        in.volatility = 0.6;
        in.scenarioPrice = 105;
        in.scenarioDate = QDate(2025, 3, 3);
        m_pane->setInputs(in);
        m_pane->setFormulasShown(true);
        LanguageManager::instance().apply(language);
        // The language change arrives as a posted event.
        QFETCH(QString, title);
        QTRY_COMPARE(m_pane->windowTitle(), title);
        QFETCH(QString, formulaWord);
        QVERIFY2(child<QLabel>(m_pane, u"putFormula_collateral"_s)->text().contains(formulaWord),
                 qPrintable(child<QLabel>(m_pane, u"putFormula_collateral"_s)->text()));
        QVERIFY(!m_pane->explanationLabel()->text().isEmpty());

        // Nothing cut: every button, box and one-line label has at least the room it asks for.
        QWidget *content = m_pane->content();
        // And it all fits the width a dock beside the transcript gets (355 px at 1280 × 800),
        // less a scroll bar.
        QVERIFY2(content->minimumSizeHint().width() <= 340,
                 qPrintable(QString::number(content->minimumSizeHint().width())));
        content->resize(content->width(), content->heightForWidth(content->width()) > 0
                                              ? content->heightForWidth(content->width())
                                              : content->sizeHint().height());
        QApplication::processEvents();
        for (QWidget *widget : content->findChildren<QWidget *>()) {
            auto *label = qobject_cast<QLabel *>(widget);
            if (!widget->isVisible() || (label && label->wordWrap()) ||
                !(label || qobject_cast<QAbstractButton *>(widget) ||
                  qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)))
                continue;
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(),
                     qPrintable(
                         u"%1 (%2): %3 < %4"_s
                             .arg(widget->objectName(), QLatin1StringView(widget->metaObject()->className()))
                             .arg(widget->width())
                             .arg(widget->minimumSizeHint().width())));
        }
        // A picture for the docs, when asked for: ER_SCREENSHOT_DIR=docs/screenshots.
        const QString screenshots = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (QWidget *focused = QApplication::focusWidget())
            focused->clearFocus(); // no text cursor in the picture
        if (!screenshots.isEmpty())
            QVERIFY(content->grab().save(u"%1/put-%2.png"_s.arg(screenshots, language)));
        LanguageManager::instance().apply(u"en"_s);
    }

    void theWindowOpensItFromTheViewMenu()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"put.sqlite"_s), &error), qPrintable(error));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = child<QAction>(&window, u"putCalculatorAction"_s);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QCOMPARE(action->text(), u"Sell a Put"_s);
        QVERIFY(!window.putCalculator()->isVisible());
        action->trigger();
        QVERIFY(window.putCalculator()->isVisible());
        QCOMPARE(window.putCalculator()->objectName(), u"putCalculatorDock"_s);
    }

    void scenariosAreSavedWithTheOpenCallAndUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scenarios.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/library-schema5.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PutCalculatorPane *pane = window.putCalculator();
        window.openCall(1);
        QComboBox *list = pane->scenarios()->list();
        QVERIFY(list->isEnabled());
        QCOMPARE(list->count(), 0);

        // QTest types ASCII only: the Chinese name goes in as an input method would put it.
        child<QLineEdit>(pane, u"putScenarioName"_s)->setText(u"段永平的 110 put"_s);
        QTest::mouseClick(child<QAbstractButton>(pane, u"putSaveScenario"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentText(), u"段永平的 110 put"_s);
        QCOMPARE(window.undoStack()->undoText(), u"Save put scenario \"段永平的 110 put\""_s);
        window.undoStack()->undo();
        QCOMPARE(list->count(), 0);
        window.undoStack()->redo();
        QCOMPARE(list->count(), 1);

        // Choosing it brings its inputs back after an edit.
        typeInto(child<QDoubleSpinBox>(pane, u"putStrike"_s), u"120"_s);
        QCOMPARE(pane->inputs().strike, 120.0);
        list->activated(0);
        QCOMPARE(pane->inputs().strike, 110.0);
        QCOMPARE(pane->outputLabel(u"breakeven"_s)->text(), u"$106.275"_s);

        // An unnamed one is named after the trade.
        QTest::mouseClick(child<QAbstractButton>(pane, u"putSaveScenario"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentText(), u"$110.00 put, $3.725 premium, expiring 2025-03-07"_s);

        QTest::mouseClick(child<QAbstractButton>(pane, u"putDeleteScenario"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(list->count(), 2);
    }

private:
    QMainWindow *m_window = nullptr;
    PutCalculatorPane *m_pane = nullptr;
};

QTEST_MAIN(TestPutCalculatorGui)
#include "tst_putcalculatorgui.moc"
