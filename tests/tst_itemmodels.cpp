#include "calls/CallListModel.h"
#include "calls/NavigatorModel.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LibraryStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(u"models-%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        QVERIFY2(SampleLibrary::install(*m_store, &error), qPrintable(error));
        m_callId = m_store->calls().first().id;
    }
    void cleanup() { m_store.reset(); }

    void callListModel()
    {
        CallListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(CallListModel::CallIdRole).toLongLong(), m_callId);
        QCOMPARE(model.index(0).data(CallListModel::QuestionCountRole).toInt(), 9);
        QVERIFY(model.index(0).data().toString().contains(u"NVDA FY2025Q4"_s));

        // Importing another call resets the model through the store's signal.
        ParsedTranscript t;
        t.sections = {{SectionKind::Article, {{{}, {}, {}, u"narrator"_s, 0, u"x"_s, {}}}}};
        CallMetadata meta;
        meta.title = u"Other"_s;
        meta.originalText = u"x"_s;
        meta.contentHash = "abc";
        QString error;
        QVERIFY(m_store->addCall(t, meta, &error));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowForCall(m_callId) >= 0);
        QCOMPARE(model.rowForCall(-5), -1);
    }

    void navigatorModelOutline()
    {
        QUndoStack stack;
        NavigatorModel model(m_store.get(), &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCall(m_store->call(m_callId));
        QCOMPARE(model.rowCount(), 3); // article, commentary, Q&A
        QCOMPARE(model.index(0, 0).data(NavigatorModel::SectionKindRole).toString(), u"article"_s);
        QCOMPARE(model.index(1, 0).data(NavigatorModel::SectionKindRole).toString(), u"commentary"_s);
        QCOMPARE(model.rowCount(model.index(1, 0)), 8); // 5 by 段永平, 3 by 評論區
        const QModelIndex qa = model.index(2, 0);
        QCOMPARE(model.rowCount(qa), 9);
        const QModelIndex q5 = model.indexForQuestion(5);
        QCOMPARE(q5.parent(), qa);
        QVERIFY(q5.data().toString().startsWith(u"Q5"_s));
        QCOMPARE(q5.siblingAtColumn(NavigatorModel::SpeakerColumn).data().toString(), u"Timothy Arcuri"_s);
        QCOMPARE(q5.siblingAtColumn(NavigatorModel::FirmColumn).data().toString(), u"UBS"_s);
        QCOMPARE(q5.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>(),
                 NavigatorModel::EntryKind::Question);
        QCOMPARE(model.indexForTurn(q5.data(NavigatorModel::TurnIdRole).toLongLong()), q5);
        QVERIFY(!(model.flags(q5) & Qt::ItemIsEditable));
        QVERIFY(model.flags(q5.siblingAtColumn(NavigatorModel::SpeakerColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(qa) & Qt::ItemIsEditable));
    }

    void editingAnAnalystIsUndoable()
    {
        QUndoStack stack;
        NavigatorModel model(m_store.get(), &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCall(m_store->call(m_callId));
        const QModelIndex firm = model.indexForQuestion(3).siblingAtColumn(NavigatorModel::FirmColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.setData(firm, u"BofA Securities"_s));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(firm.data().toString(), u"BofA Securities"_s);
        QVERIFY(changed.count() >= 1);
        const qint64 speakerId = firm.data(NavigatorModel::SpeakerIdRole).toLongLong();
        QCOMPARE(m_store->speaker(speakerId)->firm, u"BofA Securities"_s);

        stack.undo();
        QCOMPARE(firm.data().toString(), u"Bank of America"_s);
        QCOMPARE(m_store->speaker(speakerId)->firm, u"Bank of America"_s);
        stack.redo();
        QCOMPARE(m_store->speaker(speakerId)->firm, u"BofA Securities"_s);

        // Setting the same value is not an edit.
        QVERIFY(!model.setData(firm, u"BofA Securities"_s));
        QCOMPARE(stack.count(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    qint64 m_callId = 0;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
