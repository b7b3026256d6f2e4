#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDock.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/CallPrinter.h"
#include "calls/NavigatorModel.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "search/SearchDock.h"
#include "search/SearchResultModel.h"
#include "search/SnippetDelegate.h"
#include "settings/AppSettings.h"
#include "store/LibraryStore.h"
#include "text/ChineseConverter.h"
#include "text/DisplayScript.h"
#include "transcript/TranscriptView.h"
#include "util/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using Script = ChineseConverter::Script;

namespace {

// What a view draws for an index: its delegate's text, not the model's.
QString drawnText(const QAbstractItemView *view, const QModelIndex &index)
{
    const auto *delegate = qobject_cast<const QStyledItemDelegate *>(view->itemDelegateForIndex(index));
    return delegate ? delegate->displayText(index.data(), QLocale()) : index.data().toString();
}

} // namespace

// The sample's Traditional text shown Simplified everywhere the call's words appear: the
// reading view, the questions navigator, search snippets, the annotations panel, print and
// PDF; and the interface language choosing the script until the reader does.
class TestScriptEverywhere : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderScriptTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"script.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
        m_callId = m_store.calls().first().id;
    }

    void init()
    {
        QSettings().clear();
        AppSettings::migrate();
        LanguageManager::instance().apply(u"en"_s);
    }

    void simplifiedReachesEveryView()
    {
        MainWindow window(&m_store);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCall(m_callId);
        QCOMPARE(window.transcriptView()->script(), Script::AsStored);

        // An annotation on a Traditional passage, made as a reader makes one.
        const auto call = m_store.call(m_callId);
        QVERIFY(call);
        const TurnRecord *turn = nullptr;
        for (const SectionRecord &section : call->sections) {
            for (const TurnRecord &t : section.turns) {
                if (!turn && t.question == 3 && t.text.contains(u"執行副總裁"_s))
                    turn = &t;
            }
        }
        QVERIFY(turn);
        const int at = int(turn->text.indexOf(u"英偉達執行副總裁"_s));
        window.transcriptView()->selectSpan({turn->id, at, 8});
        window.transcriptView()->setFocus();
        QTest::keyClick(window.transcriptView(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.undoStack()->count(), 1);

        SearchDock *search = window.searchDock();
        search->queryField()->setText(u"副總裁"_s);
        search->search();
        QVERIFY(search->model()->hitCount() > 0);

        // View > Show Simplified Characters.
        auto *simplified = window.findChild<QAction *>(u"simplifiedAction"_s);
        QVERIFY(simplified);
        simplified->trigger();
        QVERIFY(simplified->isChecked());
        QCOMPARE(DisplayScript::instance().script(), Script::Simplified);

        // The reading view: characters only, so 執行 stays 执行.
        const QString shown = window.transcriptView()->toPlainText();
        QVERIFY(shown.contains(u"英伟达执行副总裁"_s));
        QVERIFY(!shown.contains(u"运行副总裁"_s));

        // The navigator: every row drawn in Simplified, some of them changed.
        QTreeView *navigator = window.navigatorView();
        int changed = 0;
        QList<QModelIndex> parents{QModelIndex()};
        while (!parents.isEmpty()) {
            const QModelIndex parent = parents.takeFirst();
            const QAbstractItemModel *model = navigator->model();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                parents << model->index(row, 0, parent);
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    const QString drawn = drawnText(navigator, index);
                    QCOMPARE(drawn, ChineseConverter::toScript(index.data().toString(), Script::Simplified));
                    changed += drawn != index.data().toString();
                }
            }
        }
        QVERIFY2(changed > 0, qPrintable(navigator->model()->index(0, 0).data().toString()));

        // Search snippets, with the hit's offset still on the hit.
        const QModelIndex hit = search->model()->indexOfHit(0);
        const QString snippet = SnippetDelegate::shownSnippet(hit);
        QCOMPARE(snippet, ChineseConverter::toScript(hit.data(SearchResultModel::SnippetRole).toString(),
                                                     Script::Simplified));
        const int hitAt = hit.data(SearchResultModel::SnippetHitOffsetRole).toInt();
        QCOMPARE(snippet.mid(hitAt, 3), u"副总裁"_s);

        // The annotations panel: the quote as the transcript shows it.
        AnnotationDock *dock = window.annotations()->dock();
        AnnotationModel *model = window.annotations()->model();
        const int row = model->rowCount() - 1;
        const QModelIndex quote = model->index(row, AnnotationModel::QuoteColumn);
        QCOMPARE(quote.data().toString(), u"英偉達執行副總裁"_s);
        QCOMPARE(drawnText(dock->view(), quote), u"英伟达执行副总裁"_s);
        const QModelIndex speaker = model->index(row, AnnotationModel::SpeakerColumn);
        QCOMPARE(drawnText(dock->view(), speaker),
                 ChineseConverter::toScript(speaker.data().toString(), Script::Simplified));

        // Print and PDF lay the call out in the same script, the notes' quotes too.
        const AnnotationRepository repository(&m_store);
        const CallPrinter printer(*call, repository.annotations(m_callId),
                                  repository.questionMarks(m_callId));
        const QString printed = printer.document()->toPlainText();
        QVERIFY(printed.contains(u"“英伟达执行副总裁”"_s));
        QVERIFY(!printed.contains(u"黃仁勳"_s));
        QVERIFY(printed.contains(u"黄仁勋"_s));

        // Back to as stored: every view follows.
        simplified->trigger();
        QVERIFY(!simplified->isChecked());
        QCOMPARE(drawnText(dock->view(), quote), u"英偉達執行副總裁"_s);
        QVERIFY(CallPrinter(*call, {}, {}).document()->toPlainText().contains(u"黃仁勳"_s));
    }

    void vocabularyOnlyWhenAsked()
    {
        AppSettings::setScript(Script::Simplified);
        MainWindow window(&m_store);
        window.openCall(m_callId);
        QVERIFY(window.transcriptView()->toPlainText().contains(u"哪些指标"_s));
        AppSettings::setVocabulary(ChineseConverter::Vocabulary::Regional);
        MainWindow regional(&m_store);
        regional.openCall(m_callId);
        QVERIFY(regional.transcriptView()->toPlainText().contains(u"哪些指针"_s));
    }

    // A fresh settings file under the Simplified interface: the call starts in Simplified,
    // marked so in the View menu, and no choice is recorded for the reader.
    void simplifiedInterfaceStartsSimplified()
    {
        AppSettings::setLanguage(u"zh_CN"_s);
        LanguageManager::instance().apply(u"zh_CN"_s);
        {
            MainWindow window(&m_store);
            window.openCall(m_callId);
            auto *simplified = window.findChild<QAction *>(u"simplifiedAction"_s);
            auto *traditional = window.findChild<QAction *>(u"traditionalAction"_s);
            QVERIFY(simplified->isChecked());
            QVERIFY(!traditional->isChecked());
            QCOMPARE(window.transcriptView()->script(), Script::Simplified);
            QVERIFY(window.transcriptView()->toPlainText().contains(u"黄仁勋"_s));
            QVERIFY(!QSettings().contains(u"Transcript/script"_s));
            // The reader chooses as stored: that is kept under this interface too.
            simplified->trigger();
        }
        QCOMPARE(AppSettings::script(), Script::AsStored);
        MainWindow again(&m_store);
        QVERIFY(!again.findChild<QAction *>(u"simplifiedAction"_s)->isChecked());
    }

    void otherInterfacesStartAsStored_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void otherInterfacesStartAsStored()
    {
        QFETCH(QString, language);
        AppSettings::setLanguage(language);
        QCOMPARE(AppSettings::script(), Script::AsStored);
        // A choice is marked on the first start too.
        AppSettings::setScript(Script::Traditional);
        MainWindow window(&m_store);
        QVERIFY(window.findChild<QAction *>(u"traditionalAction"_s)->isChecked());
        QCOMPARE(window.transcriptView()->script(), Script::Traditional);
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    qint64 m_callId = 0;
};

QTEST_MAIN(TestScriptEverywhere)
#include "tst_scripteverywhere.moc"
