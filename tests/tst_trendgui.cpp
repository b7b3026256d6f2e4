#include "TestCalls.h"
#include "calls/CallImporter.h"
#include "charts/ChartPanel.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "search/SearchResultModel.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "trends/CallChangesModel.h"
#include "trends/ChangesDock.h"
#include "trends/TrendPane.h"
#include "trends/TrendTableModel.h"
#include "util/LanguageManager.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

// The trend pane in the window, used as a reader would: terms typed, a cell or a point of the
// chart clicked, a hit activated, the transcript showing the passage. NVIDIA's four FY2025
// calls and the built-in call.
class TestTrendGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderTrendTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"trend.sqlite"_s), &error), qPrintable(error));
        CallImporter importer(m_store);
        for (const RealCall &call : kNvidiaFy2025Calls) {
            CallMetadata meta;
            meta.companyTicker = u"NVDA"_s;
            meta.fiscalPeriod = QLatin1StringView(call.period);
            meta.callDate = QDate::fromString(QLatin1StringView(call.date), Qt::ISODate);
            const auto outcome = importer.importFile(
                QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/"_s + QLatin1StringView(call.file), meta);
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
            m_nvidiaCalls << outcome.callId;
        }
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void theViewMenuShowsItWithItsShortcut()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(u"trendPaneAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QVERIFY(!window.trendPane()->isVisible());
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.trendPane()->isVisible());
        QTRY_VERIFY(window.trendPane()->termsField()->hasFocus());
        QCOMPARE(window.trendPane()->objectName(), u"trendDock"_s);
    }

    void clickingACellListsItsHitsAndAHitOpensThePassage()
    {
        MainWindow window(&m_store);
        TrendPane *pane = openPane(window);
        QTest::keyClicks(pane->termsField(), u"Blackwell"_s);
        QTest::keyClick(pane->termsField(), Qt::Key_Return);
        QVERIFY2(pane->ruleLabel()->text().contains(u"whole words"_s), qPrintable(pane->ruleLabel()->text()));

        // Jensen Huang in the first quarter in which he says it.
        const QModelIndex cell = firstCellWithMentions(pane, u"Jensen Huang (NVDA)"_s);
        QVERIFY(cell.isValid());
        const int count = cell.data(TrendTableModel::CountRole).toInt();
        QTableView *table = pane->tableView();
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        SearchResultModel *hits = pane->hitsModel();
        QCOMPARE(hits->hitCount(), count);
        for (int i = 0; i < hits->hitCount(); ++i)
            QCOMPARE(hits->indexOfHit(i).data(SearchResultModel::SpeakerRole).toString(), u"Jensen Huang"_s);

        const QModelIndex hit = hits->indexOfHit(hits->hitCount() - 1);
        pane->hitsView()->scrollTo(hit);
        pane->hitsView()->setCurrentIndex(hit);
        QTest::keyClick(pane->hitsView(), Qt::Key_Return);
        expectPassageShown(window, hit, u"blackwell"_s);
    }

    void clickingAPointListsItsHits()
    {
        MainWindow window(&m_store);
        TrendPane *pane = openPane(window);
        pane->setTerms(u"Blackwell"_s);
        const QModelIndex cell = firstCellWithMentions(pane, u"Colette M. Kress (NVDA)"_s);
        QVERIFY2(cell.isValid(), qPrintable(tableText(pane).join(u", "_s)));
        const QString rowId = cell.data(TrendTableModel::RowIdRole).toString();
        const int slot = cell.data(TrendTableModel::SlotRole).toInt();

        QChartView *view = pane->chartView();
        QLineSeries *line = nullptr;
        for (QAbstractSeries *series : view->chart()->series()) {
            if (series->objectName() == rowId && qobject_cast<QLineSeries *>(series))
                line = static_cast<QLineSeries *>(series);
        }
        QVERIFY(line);
        const QPointF scene = view->chart()->mapToScene(
            view->chart()->mapToPosition(QPointF(slot, cell.data(TrendTableModel::CountRole).toInt()), line));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene));
        QTRY_COMPARE(pane->hitsModel()->hitCount(), cell.data(TrendTableModel::CountRole).toInt());
        QCOMPARE(pane->tableView()->currentIndex(), cell);

        const QModelIndex hit = pane->hitsModel()->indexOfHit(0);
        pane->hitsView()->setCurrentIndex(hit);
        QTest::keyClick(pane->hitsView(), Qt::Key_Return);
        expectPassageShown(window, hit, u"blackwell"_s);
    }

    void traditionalAndSimplifiedCountTheSame()
    {
        MainWindow window(&m_store);
        TrendPane *pane = openPane(window);
        typeWithInputMethod(pane->termsField(), u"營收"_s);
        QTest::keyClick(pane->termsField(), Qt::Key_Return);
        const QStringList traditional = tableText(pane);
        QVERIFY(pane->tableModel()->rowCount() > 0);
        pane->setTerms(u"营收"_s);
        QCOMPARE(tableText(pane), traditional);
    }

    void analystsLeftOutAndRates()
    {
        MainWindow window(&m_store);
        TrendPane *pane = openPane(window);
        pane->setTerms(u"Blackwell"_s);
        bool anyAnalyst = false;
        for (int r = 0; r < pane->tableModel()->rowCount(); ++r)
            anyAnalyst |=
                pane->tableModel()->index(r, 0).data(TrendTableModel::SpeakerRoleRole) == u"analyst"_s;
        QVERIFY(anyAnalyst);
        pane->analystsBox()->click();
        QVERIFY(pane->ruleLabel()->text().contains(u"analysts and page furniture are left out"_s));
        QVERIFY(pane->tableModel()->rowCount() > 0);
        for (int r = 0; r < pane->tableModel()->rowCount(); ++r)
            QVERIFY(pane->tableModel()->index(r, 0).data(TrendTableModel::SpeakerRoleRole) != u"analyst"_s);

        const QModelIndex countCell = firstCellWithMentions(pane, u"Jensen Huang (NVDA)"_s);
        const QString countText = countCell.data().toString();
        pane->rateBox()->click();
        QVERIFY(pane->exportSpec().primaryAxisTitle.contains(u"10,000"_s));
        const QModelIndex rateCell = firstCellWithMentions(pane, u"Jensen Huang (NVDA)"_s);
        QVERIFY(rateCell.data().toString().contains(QLocale().decimalPoint()));
        QVERIFY(rateCell.data().toString() != countText);
    }

    void theChartExportsLikeTheOthers()
    {
        MainWindow window(&m_store);
        TrendPane *pane = openPane(window);
        pane->setTerms(u"Blackwell, Hopper"_s);
        QCOMPARE(pane->chart().ruleText().count(u'\n'), 1);
        const QString path = m_dir.filePath(u"trend.svg"_s);
        QCOMPARE(pane->exportChartTo(path, ChartPanel::savedOptions(ChartPalette::light())),
                 ChartExportJob::Outcome::Exported);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(u"Jensen Huang"_s));
        QVERIFY(svg.contains(u"Hopper"_s));
    }

    void aTermThatRoseSinceTheLastCallLeadsToItsTrend()
    {
        MainWindow window(&m_store);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCall(m_nvidiaCalls.at(1));
        auto *action = window.findChild<QAction *>(u"changesDockAction"_s);
        QVERIFY(action);
        action->trigger();
        ChangesDock *dock = window.changesDock();
        QVERIFY(dock->isVisible());
        QTRY_VERIFY(dock->model()->rowCount() > 0);
        QVERIFY2(dock->summary()->text().contains(u"FY2025Q1"_s), qPrintable(dock->summary()->text()));
        const QModelIndex first = dock->model()->index(0, CallChangesModel::TermColumn);
        QVERIFY(first.data(CallChangesModel::RoseRole).toBool());
        const QString term = first.data(CallChangesModel::TermRole).toString();
        const int count = dock->model()->index(0, CallChangesModel::CountColumn).data().toInt();
        QVERIFY(count > dock->model()->index(0, CallChangesModel::PreviousColumn).data().toInt());

        dock->view()->setCurrentIndex(first);
        QTest::keyClick(dock->view(), Qt::Key_Return);
        TrendPane *pane = window.trendPane();
        QTRY_VERIFY(pane->isVisible());
        QCOMPARE(pane->termsField()->text(), term);
        QCOMPARE(pane->companySelector()->currentData().toString(), u"NVDA"_s);
        QVERIFY(pane->tableModel()->rowCount() > 0);
        window.resizeDocks({pane}, {480}, Qt::Vertical);
        QApplication::processEvents();
        expectNothingCut(pane);
        saveScreenshot(window, u"changes-en.png"_s);
    }

    void inEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << u"en"_s << u"Term Trends"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"詞語趨勢"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"词语趋势"_s;
    }

    void inEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        MainWindow window(&m_store);
        TrendPane *pane = openPane(window);
        LanguageManager::instance().apply(language);
        QTRY_COMPARE(pane->windowTitle(), title);
        pane->setTerms(u"Blackwell, 營收"_s);
        QVERIFY(pane->tableModel()->rowCount() > 0);
        // The busiest series, over every quarter.
        const QModelIndex cell = pane->tableModel()->index(0, TrendTableModel::TotalColumn);
        QTest::mouseClick(pane->tableView()->viewport(), Qt::LeftButton, {},
                          pane->tableView()->visualRect(cell).center());
        QVERIFY(pane->hitsModel()->hitCount() > 0);
        const QModelIndex hit = pane->hitsModel()->indexOfHit(0);
        pane->hitsView()->setCurrentIndex(hit);
        QTest::keyClick(pane->hitsView(), Qt::Key_Return);
        QTRY_COMPARE(window.currentCallId(), hit.data(SearchResultModel::CallIdRole).toLongLong());
        expectNothingCut(pane);
        saveScreenshot(window, u"trend-%1.png"_s.arg(language));
        LanguageManager::instance().apply(u"en"_s);
        QTRY_COMPARE(pane->windowTitle(), u"Term Trends"_s);
    }

private:
    TrendPane *openPane(MainWindow &window)
    {
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.findChild<QAction *>(u"trendPaneAction"_s)->trigger();
        window.resizeDocks({window.trendPane()}, {560}, Qt::Vertical);
        QApplication::processEvents();
        return window.trendPane();
    }

    // Nothing cut: each button, box and one-line label has the room it asks for.
    static void expectNothingCut(TrendPane *pane)
    {
        for (QWidget *widget : pane->widget()->findChildren<QWidget *>()) {
            auto *label = qobject_cast<QLabel *>(widget);
            // A line edit's clear button is Qt's own, sized by the line edit.
            if (!widget->isVisible() || (label && label->wordWrap()) ||
                qobject_cast<QLineEdit *>(widget->parentWidget()) ||
                !(label || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)))
                continue;
            // A box must show its current item whole (its cached size hint can be stale).
            auto *combo = qobject_cast<QComboBox *>(widget);
            const int needed = combo ? combo->fontMetrics().horizontalAdvance(combo->currentText())
                                     : widget->minimumSizeHint().width();
            QVERIFY2(widget->width() >= needed,
                     qPrintable(
                         u"%1 (%2): %3 < %4"_s
                             .arg(widget->objectName(), QLatin1StringView(widget->metaObject()->className()))
                             .arg(widget->width())
                             .arg(needed)));
        }
    }

    static QModelIndex firstCellWithMentions(TrendPane *pane, const QString &label)
    {
        const TrendTableModel *model = pane->tableModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, TrendTableModel::SeriesColumn).data().toString() != label)
                continue;
            for (int c = TrendTableModel::FirstQuarterColumn; c < model->columnCount(); ++c) {
                if (model->index(r, c).data(TrendTableModel::CountRole).toInt() > 0)
                    return model->index(r, c);
            }
        }
        return {};
    }

    static QStringList tableText(TrendPane *pane)
    {
        QStringList text;
        const TrendTableModel *model = pane->tableModel();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                text << model->index(r, c).data().toString();
        return text;
    }

    // The window opened the hit's call, scrolled to the passage, and marks it.
    static void expectPassageShown(MainWindow &window, const QModelIndex &hit, const QString &term)
    {
        QTRY_COMPARE(window.currentCallId(), hit.data(SearchResultModel::CallIdRole).toLongLong());
        TranscriptView *view = window.transcriptView();
        const qint64 turn = hit.data(SearchResultModel::TurnIdRole).toLongLong();
        const int offset = hit.data(SearchResultModel::OffsetRole).toInt();
        const int position = view->turnRange(turn).start + offset;
        QCOMPARE(view->document()->toPlainText().mid(position, term.size()).toLower(), term);
        QTextCursor cursor(view->document());
        cursor.setPosition(position);
        QTRY_VERIFY(view->viewport()->rect().contains(view->cursorRect(cursor)));
        bool highlighted = false;
        for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
            highlighted |= selection.cursor.selectionStart() == position;
        QVERIFY(highlighted);
    }

    // Chinese is typed through an input method, which commits whole words.
    static void typeWithInputMethod(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

    static void saveScreenshot(QWidget &widget, const QString &name)
    {
        if (QWidget *focused = QApplication::focusWidget())
            focused->clearFocus(); // no text cursor in the picture
        const QString dir = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget.grab().save(dir + u'/' + name));
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
    QList<qint64> m_nvidiaCalls; // FY2025Q1 to Q4
};

QTEST_MAIN(TestTrendGui)
#include "tst_trendgui.moc"
