#include "TestCalls.h"
#include "calls/CallImporter.h"
#include "charts/ChartPane.h"
#include "charts/ChartPanel.h"
#include "guidance/GuidanceDock.h"
#include "guidance/GuidanceEditDialog.h"
#include "guidance/GuidanceTableModel.h"
#include "guidance/NumberClaimModel.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "util/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <span>

using namespace Qt::StringLiterals;

// The guidance dock in the window, used as a reader would: shown from the View menu, entries
// confirmed, edited and dismissed with undo, an entry or a checked number opening its passage.
// NVIDIA's Q3 and Q4 FY2025 calls and the built-in call.
class TestGuidanceGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderGuidanceTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"guidance.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
        m_builtIn = m_store.calls().first().id;
        CallImporter importer(m_store);
        for (const RealCall &call : std::span(kNvidiaFy2025Calls).last(2)) {
            CallMetadata meta;
            meta.companyTicker = u"NVDA"_s;
            meta.fiscalPeriod = QLatin1StringView(call.period);
            meta.callDate = QDate::fromString(QLatin1StringView(call.date), Qt::ISODate);
            const auto outcome = importer.importFile(
                QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/"_s + QLatin1StringView(call.file), meta);
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
        }
    }

    void init() { QSettings().clear(); }

    void theViewMenuShowsItWithItsShortcut()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(u"guidanceDockAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY(!window.guidanceDock()->isVisible());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.guidanceDock()->isVisible());
        QAbstractItemModelTester ledger(window.guidanceDock()->ledger(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester numbers(window.guidanceDock()->numbers(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.openCall(m_builtIn);
        QVERIFY(window.guidanceDock()->ledger()->rowCount() > 0);
        QVERIFY(window.guidanceDock()->numbers()->rowCount() > 0);
    }

    void confirmEditAndDismissAreUndoable()
    {
        MainWindow window(&m_store);
        GuidanceDock *dock = openDock(window, m_builtIn);
        QTableView *view = dock->ledgerView();
        auto row = [&] { return rowWithBand(dock, u"70%出頭"_s); };
        QVERIFY(row() >= 0);
        const auto status = [&] {
            return dock->ledger()->index(row(), 0).data(GuidanceTableModel::StatusRole).toString();
        };
        select(view, row());
        QCOMPARE(status(), u"extracted"_s);
        QVERIFY(!dock->restoreButton()->isEnabled());

        QTest::mouseClick(dock->confirmButton(), Qt::LeftButton);
        QCOMPARE(status(), u"confirmed"_s);
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(status(), u"extracted"_s);
        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(status(), u"confirmed"_s);

        // Edited: the company's "low 70s" said as 71% to 72%.
        select(view, row());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<GuidanceEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->lowField()->setValue(71.0);
            dialog->highField()->setValue(72.0);
            dialog->toField()->setText(u"FY2026Q2"_s);
            dialog->accept();
        });
        QTest::mouseClick(dock->editButton(), Qt::LeftButton);
        QCOMPARE(status(), u"edited"_s);
        QVERIFY2(
            dock->ledger()
                ->index(row(), GuidanceTableModel::GuidedColumn)
                .data()
                .toString()
                .contains(u"72.0%"_s),
            qPrintable(dock->ledger()->index(row(), GuidanceTableModel::GuidedColumn).data().toString()));
        QCOMPARE(dock->ledger()->index(row(), 0).data(GuidanceTableModel::TargetRole).toString(),
                 u"FY2026Q1–Q2"_s);
        // The dialog had the focus; the window's shortcuts work once it is active again.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(status(), u"confirmed"_s);
        QVERIFY(dock->ledger()
                    ->index(row(), GuidanceTableModel::GuidedColumn)
                    .data()
                    .toString()
                    .contains(u"72.5%"_s));

        // Dismissed entries leave the list unless asked for.
        select(view, row());
        const int before = dock->ledger()->rowCount();
        QTest::mouseClick(dock->dismissButton(), Qt::LeftButton);
        QCOMPARE(dock->ledger()->rowCount(), before - 1);
        QCOMPARE(row(), -1);
        dock->dismissedFilter()->click();
        QCOMPARE(dock->ledger()->rowCount(), before);
        QCOMPARE(status(), u"dismissed"_s);
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(status(), u"confirmed"_s);
        QTest::keySequence(&window, QKeySequence::Undo);
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(status(), u"extracted"_s);
    }

    void filtersNarrowTheLedger()
    {
        MainWindow window(&m_store);
        GuidanceDock *dock = openDock(window, m_builtIn);
        const int all = dock->ledger()->rowCount();
        QComboBox *metric = dock->metricFilter();
        const int revenue = metric->findData(u"revenue"_s);
        QVERIFY(revenue > 0);
        metric->setCurrentIndex(revenue);
        QVERIFY(dock->ledger()->rowCount() > 0);
        QVERIFY(dock->ledger()->rowCount() < all);
        for (int r = 0; r < dock->ledger()->rowCount(); ++r)
            QCOMPARE(dock->ledger()->index(r, 0).data(GuidanceTableModel::MetricRole).toString(),
                     u"revenue"_s);
        QComboBox *period = dock->periodFilter();
        const int q1 = period->findData(u"FY2026Q1"_s);
        QVERIFY(q1 > 0);
        period->setCurrentIndex(q1);
        QCOMPARE(dock->ledger()->rowCount(), 1);
        metric->setCurrentIndex(0);
        period->setCurrentIndex(0);
        QCOMPARE(dock->ledger()->rowCount(), all);
    }

    void anEntryOpensItsQuoteAndTheTranscriptMarksIt()
    {
        MainWindow window(&m_store);
        GuidanceDock *dock = openDock(window, m_builtIn);
        // The Q4 call's revenue outlook, from the built-in call's window.
        int row = -1;
        for (int r = 0; r < dock->ledger()->rowCount(); ++r) {
            const QModelIndex index = dock->ledger()->index(r, 0);
            if (index.data(GuidanceTableModel::QuoteRole)
                    .toString()
                    .startsWith(u"Total revenue is expected to be $43"_s))
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex index = dock->ledger()->index(row, 0);
        // The release's outlook for the quarter, beside what the call said: the same here.
        QCOMPARE(index.siblingAtColumn(GuidanceTableModel::ReleaseColumn).data().toString(), u"$43,000M"_s);
        QCOMPARE(index.data(GuidanceTableModel::ReleaseDisagreesRole).toBool(), false);
        select(dock->ledgerView(), row);
        QTest::keyClick(dock->ledgerView(), Qt::Key_Return);
        QTRY_COMPARE(window.currentCallId(), index.data(GuidanceTableModel::CallIdRole).toLongLong());
        TranscriptView *transcript = window.transcriptView();
        const auto span = transcript->selectedSpan();
        QVERIFY(span);
        QCOMPARE(span->turnId, index.data(GuidanceTableModel::TurnIdRole).toLongLong());
        QCOMPARE(span->start, index.data(GuidanceTableModel::StartRole).toInt());
        const int position = transcript->turnRange(span->turnId).start + span->start;
        QCOMPARE(transcript->document()->toPlainText().mid(position, span->length),
                 index.data(GuidanceTableModel::QuoteRole).toString());
        // The guidance sentences of the open call are underlined.
        bool marked = false;
        for (const QTextEdit::ExtraSelection &selection : transcript->extraSelections())
            marked |= selection.cursor.selectionStart() == position &&
                      selection.format.underlineStyle() == QTextCharFormat::DotLine;
        QVERIFY(marked);
        saveScreenshot(window, u"guidance-ledger-en.png"_s);
    }

    void theArticlesNumbersAreCheckedBesideThePassage()
    {
        MainWindow window(&m_store);
        GuidanceDock *dock = openDock(window, m_builtIn);
        const NumberClaimModel *numbers = dock->numbers();
        int netIncome = -1;
        for (int r = 0; r < numbers->rowCount(); ++r) {
            if (numbers->index(r, NumberClaimModel::TextColumn).data().toString() == u"220.66億美元"_s)
                netIncome = r;
        }
        QVERIFY(netIncome >= 0);
        QCOMPARE(numbers->index(netIncome, 0).data(NumberClaimModel::ResultRole).toString(), u"differs"_s);
        QCOMPARE(numbers->index(netIncome, NumberClaimModel::ReportedColumn).data().toString(),
                 u"$22,091M"_s);
        QTabWidget *tabs = dock->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        select(dock->numbersView(), netIncome);
        QTest::keyClick(dock->numbersView(), Qt::Key_Return);
        const auto span = window.transcriptView()->selectedSpan();
        QVERIFY(span);
        QCOMPARE(span->start, numbers->index(netIncome, 0).data(NumberClaimModel::StartRole).toInt());
        saveScreenshot(window, u"guidance-numbers-en.png"_s);
    }

    void theMarginChartDrawsGuidedRangesAndOpensTheirQuote()
    {
        MainWindow window(&m_store);
        openDock(window, m_builtIn);
        window.chartPanel()->setCurrentPane(u"margin"_s);
        ChartPane *pane = window.chartPanel()->pane(u"margin"_s);
        QVERIFY(pane);
        // FY2026Q1's bar spans every gross-margin range guided for it: the Q4 call's GAAP outlook
        // (70.6% plus or minus 50 basis points, from 70.1) up to 「毛利率將處於70%出頭的水平」 with the
        // range the Q3 call gave "low" (to 72.5).
        const ChartSpec spec = pane->exportSpec();
        const ChartSeriesSpec *guided = spec.find(GuidedRange::seriesId(u"margins"_s));
        QVERIFY(guided);
        QCOMPARE(guided->shape, SeriesShape::Range);
        const int q1 = spec.slotOf({2026, 1});
        QVERIFY(q1 >= 0);
        const ChartPoint *point = guided->pointAt(q1);
        QVERIFY(point && point->low);
        QCOMPARE(*point->low, 70.1);
        QCOMPARE(point->value, 72.5);
        QVERIFY2(point->tooltip.contains(u"70%出頭"_s), qPrintable(point->tooltip));
        QVERIFY2(point->tooltip.contains(u"GAAP and non-GAAP gross margins are expected to be 70.6%"_s),
                 qPrintable(point->tooltip));
        // The revenue pane's bar for FY2026Q1: $43 billion, plus or minus 2%.
        const ChartSpec revenue = window.chartPanel()->pane(u"revenue"_s)->exportSpec();
        const ChartSeriesSpec *revenueGuided = revenue.find(GuidedRange::seriesId(u"revenue"_s));
        QVERIFY(revenueGuided && revenueGuided->pointAt(revenue.slotOf({2026, 1})));
        QCOMPARE(*revenueGuided->pointAt(revenue.slotOf({2026, 1}))->low, 42.14);

        // Clicking the range opens its sentence in the open call.
        QLineSeries *bar = nullptr;
        for (QAbstractSeries *series : pane->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (line && series->objectName() == guided->id && line->count() == 2 && line->at(0).y() == 70.1)
                bar = line;
        }
        QVERIFY(bar);
        emit bar->clicked(bar->at(1));
        QTRY_VERIFY(window.transcriptView()->selectedSpan().has_value());
        const auto span = *window.transcriptView()->selectedSpan();
        const QString quote = window.transcriptView()->document()->toPlainText().mid(
            window.transcriptView()->turnRange(span.turnId).start + span.start, span.length);
        QVERIFY2(quote.contains(u"70%出頭"_s), qPrintable(quote));
        QCOMPARE(window.currentCallId(), m_builtIn);
        saveScreenshot(window, u"guidance-chart-en.png"_s);
    }

    void inEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"財測"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"财测"_s;
    }

    void inEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        MainWindow window(&m_store);
        GuidanceDock *dock = openDock(window, m_builtIn);
        LanguageManager::instance().apply(language);
        QTRY_COMPARE(dock->windowTitle(), title);
        QVERIFY(dock->ledger()->rowCount() > 0);
        QCOMPARE(dock->ledger()->headerData(GuidanceTableModel::OutcomeColumn, Qt::Horizontal).toString(),
                 language == u"zh_TW"_s ? u"結果"_s : u"结果"_s);
        saveScreenshot(window, u"guidance-ledger-%1.png"_s.arg(language));
        LanguageManager::instance().apply(u"en"_s);
        QTRY_COMPARE(dock->windowTitle(), u"Guidance"_s);
    }

private:
    GuidanceDock *openDock(MainWindow &window, qint64 callId)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.openCall(callId);
        window.findChild<QAction *>(u"guidanceDockAction"_s)->trigger();
        window.resizeDocks({window.guidanceDock()}, {330}, Qt::Vertical);
        QApplication::processEvents();
        return window.guidanceDock();
    }

    static int rowWithBand(GuidanceDock *dock, const QString &band)
    {
        for (int r = 0; r < dock->ledger()->rowCount(); ++r) {
            const QModelIndex index = dock->ledger()->index(r, GuidanceTableModel::GuidedColumn);
            if (index.data().toString().startsWith(band) &&
                !index.siblingAtColumn(GuidanceTableModel::SpeakerColumn)
                     .data()
                     .toString()
                     .contains(u"analyst"_s))
                return r;
        }
        return -1;
    }

    static void select(QTableView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex().row(), row);
    }

    static void saveScreenshot(QWidget &widget, const QString &name)
    {
        if (QWidget *focused = QApplication::focusWidget())
            focused->clearFocus();
        const QString dir = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget.grab().save(dir + u'/' + name));
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
    qint64 m_builtIn = 0;
};

QTEST_MAIN(TestGuidanceGui)
#include "tst_guidancegui.moc"
