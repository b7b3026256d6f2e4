#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/QuestionMarkModel.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestAnnotationModel : public QObject
{
    Q_OBJECT

private:
    const TurnRecord *turnWhere(int question, const char *role)
    {
        for (const SectionRecord &section : m_call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.question == question && turn.role == QLatin1StringView(role))
                    return &turn;
            }
        }
        return nullptr;
    }

    Annotation span(const TurnRecord *turn, int start, int end, const QStringList &tags = {},
                    const QString &colour = u"yellow"_s)
    {
        Annotation a;
        a.turnId = turn->id;
        a.start = start;
        a.end = end;
        a.tags = tags;
        a.colour = colour;
        return a;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"model%1.sqlite"_s.arg(++m_run));
        m_store = std::make_unique<LibraryStore>();
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(*m_store, &error), qPrintable(error));
        m_call = *m_store->call(m_store->calls().first().id);
        m_repo = std::make_unique<AnnotationRepository>(m_store.get());
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
    }

    void addEditDeleteWithUndoAndRedo()
    {
        QUndoStack stack;
        AnnotationModel model(m_repo.get(), &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showCall(m_call.summary.id);
        QCOMPARE(model.rowCount(), 0);

        const TurnRecord *answer = turnWhere(3, Role::Executive);
        QVERIFY(answer);
        QVERIFY(model.addAnnotation(span(answer, 10, 20, {u"margin"_s})));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex quote = model.index(0, AnnotationModel::QuoteColumn);
        QCOMPARE(quote.data(AnnotationModel::QuoteRole).toString(), answer->text.mid(10, 10));
        QCOMPARE(quote.data(AnnotationModel::QuestionRole).toInt(), 3);
        QCOMPARE(model.index(0, AnnotationModel::QuestionColumn).data().toString(), u"Q3"_s);
        const qint64 id = quote.data(AnnotationModel::AnnotationIdRole).toLongLong();

        // Earlier text of the same turn sorts first.
        QVERIFY(model.addAnnotation(span(answer, 0, 5, {}, u"blue"_s)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::StartRole).toInt(), 0);
        QCOMPARE(model.rowForId(id), 1);

        // Edit in place: note and tags.
        QVERIFY(model.setData(model.index(1, AnnotationModel::NoteColumn), u"Margins bottom out in Q1"_s));
        QVERIFY(model.setData(model.index(1, AnnotationModel::TagsColumn), u"margin, guidance"_s));
        QCOMPARE(stack.count(), 4);
        QCOMPARE(m_repo->annotation(id)->note, u"Margins bottom out in Q1"_s);
        QCOMPARE(model.index(1, AnnotationModel::TagsColumn).data().toString(), u"margin, guidance"_s);
        QVERIFY(!model.setData(model.index(1, AnnotationModel::NoteColumn), u"Margins bottom out in Q1"_s));
        QVERIFY(!model.setData(model.index(1, AnnotationModel::QuoteColumn), u"cannot edit"_s));

        stack.undo(); // tags
        QCOMPARE(m_repo->annotation(id)->tags, QStringList{u"margin"_s});
        stack.undo(); // note
        QCOMPARE(m_repo->annotation(id)->note, QString());
        QCOMPARE(model.index(model.rowForId(id), AnnotationModel::NoteColumn).data().toString(), QString());
        stack.redo();
        QCOMPARE(m_repo->annotation(id)->note, u"Margins bottom out in Q1"_s);
        stack.redo();
        QCOMPARE(m_repo->annotation(id)->tags, QStringList({u"margin"_s, u"guidance"_s}));

        // Delete, undo brings back the same annotation (same id), redo deletes it again.
        const QString uid = m_repo->annotation(id)->uid;
        QVERIFY(model.removeAnnotation(id));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!m_repo->annotation(id));
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(m_repo->annotation(id)->uid, uid);
        QCOMPARE(m_repo->annotation(id)->note, u"Margins bottom out in Q1"_s);
        stack.redo();
        QVERIFY(!m_repo->annotation(id));

        // Undo everything: the library is as it was.
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(m_repo->annotations().size(), 0);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(m_repo->annotations().size(), 1);
    }

    void aRefusedEditIsReportedAndNotPushed()
    {
        QUndoStack stack;
        AnnotationModel model(m_repo.get(), &stack);
        model.showCall(m_call.summary.id);
        QSignalSpy failed(&model, &AnnotationModel::editFailed);
        Annotation bad = span(turnWhere(3, Role::Executive), 0, 100000);
        QVERIFY(!model.addAnnotation(bad));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"outside"_s));
        QCOMPARE(stack.count(), 0);
    }

    void filtersAndScope()
    {
        QUndoStack stack;
        AnnotationModel model(m_repo.get(), &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TurnRecord *q3 = turnWhere(3, Role::Executive);
        const TurnRecord *q5 = turnWhere(5, Role::Executive);
        const TurnRecord *ask5 = turnWhere(5, Role::Analyst);
        QVERIFY(q3 && q5 && ask5);
        model.showCall(m_call.summary.id);
        QVERIFY(model.addAnnotation(span(q3, 0, 8, {u"guidance"_s}, u"green"_s)));
        QVERIFY(model.addAnnotation(span(q5, 0, 8, {u"china"_s}, u"pink"_s)));
        QVERIFY(model.addAnnotation(span(ask5, 0, 4, {u"guidance"_s}, u"green"_s)));
        QCOMPARE(model.rowCount(), 3);

        AnnotationFilter filter;
        filter.tag = u"GUIDANCE"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter.question = 5;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::TurnIdRole).toLongLong(), ask5->id);

        filter = {};
        filter.colour = u"pink"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter = {};
        filter.speaker = q5->speaker;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), q3->speaker == q5->speaker ? 2 : 1);
        filter = {};
        filter.text = q5->text.mid(2, 4);
        model.setFilter(filter);
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(AnnotationModel::QuoteRole).toString().contains(filter.text));

        // An edit that stops matching removes the row; one that starts matching adds it.
        filter = {};
        filter.tag = u"china"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        const qint64 china = model.index(0, 0).data(AnnotationModel::AnnotationIdRole).toLongLong();
        QVERIFY(model.setData(model.index(0, AnnotationModel::TagsColumn), u"export rules"_s));
        QCOMPARE(model.rowCount(), 0);
        stack.undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::AnnotationIdRole).toLongLong(), china);

        model.setFilter({});
        model.showCall(0);
        QCOMPARE(model.rowCount(), 0);
        model.showLibrary();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isLibraryScope());
    }

    void persistsAcrossReopeningTheLibrary()
    {
        qint64 id = 0;
        {
            QUndoStack stack;
            AnnotationModel model(m_repo.get(), &stack);
            model.showCall(m_call.summary.id);
            Annotation a = span(turnWhere(3, Role::Executive), 3, 15, {u"kept"_s}, u"orange"_s);
            a.note = u"saved without a Save step"_s;
            QVERIFY(model.addAnnotation(a));
            id = model.index(0, 0).data(AnnotationModel::AnnotationIdRole).toLongLong();
        }
        m_repo.reset();
        m_store.reset();

        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        AnnotationRepository repo(&store);
        QUndoStack stack;
        AnnotationModel model(&repo, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showCall(m_call.summary.id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::AnnotationIdRole).toLongLong(), id);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::NoteRole).toString(),
                 u"saved without a Save step"_s);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::ColourRole).toString(), u"orange"_s);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::TagsRole).toStringList(), QStringList{u"kept"_s});
    }

    void questionMarksWithUndo()
    {
        QUndoStack stack;
        QuestionMarkModel model(m_repo.get(), &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCall(m_call);
        QCOMPARE(model.rowCount(), m_call.summary.questions);
        const QModelIndex label = model.indexForQuestion(3, QuestionMarkModel::LabelColumn);
        QCOMPARE(model.indexForQuestion(3).data().toString(), u"Q3"_s);
        QCOMPARE(model.indexForQuestion(3, QuestionMarkModel::AskerColumn).data().toString(),
                 u"Vivek Arya, Bank of America"_s);
        QVERIFY(model.setData(label, u"deflected"_s));
        QVERIFY(model.setData(label.siblingAtColumn(QuestionMarkModel::RatingColumn), 2));
        QVERIFY(!model.setData(label.siblingAtColumn(QuestionMarkModel::RatingColumn), 7));
        QVERIFY(!model.setData(label, u"deflected"_s));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(m_repo->questionMark(m_call.summary.id, 3),
                 (QuestionMark{m_call.summary.id, 3, u"deflected"_s, 2}));
        QCOMPARE(label.siblingAtColumn(QuestionMarkModel::RatingColumn).data().toString(), u"★★☆☆☆"_s);
        stack.undo();
        QCOMPARE(m_repo->questionMark(m_call.summary.id, 3).rating, 0);
        stack.undo();
        QVERIFY(m_repo->questionMark(m_call.summary.id, 3).isEmpty());
        QCOMPARE(label.data().toString(), QString());
        stack.redo();
        QCOMPARE(label.data().toString(), u"deflected"_s);
    }

    // The undo stack's texts ("Undo Highlight …") in the reader's language: lupdate files
    // them under each command class, so that is where they must be looked up at run time.
    void undoTextsAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/earnings-reader_zh_TW.qm"_s));
        QCoreApplication::installTranslator(&translator);
        QUndoStack stack;
        AnnotationModel annotations(m_repo.get(), &stack);
        annotations.showCall(m_call.summary.id);
        const TurnRecord *answer = turnWhere(3, Role::Executive);
        QVERIFY(answer);
        QVERIFY(annotations.addAnnotation(span(answer, 10, 20, {u"margin"_s})));
        QVERIFY2(stack.text(0).startsWith(u"螢光標記「"_s), qPrintable(stack.text(0)));
        const QModelIndex note = annotations.index(0, AnnotationModel::NoteColumn);
        QVERIFY(annotations.setData(note, u"changed"_s));
        QVERIFY2(stack.text(1).startsWith(u"編輯註記「"_s), qPrintable(stack.text(1)));
        QuestionMarkModel marks(m_repo.get(), &stack);
        marks.setCall(m_call);
        QVERIFY(marks.setData(marks.indexForQuestion(3, QuestionMarkModel::LabelColumn), u"deflected"_s));
        QVERIFY2(stack.text(2).startsWith(u"將 Q3 標記為「"_s), qPrintable(stack.text(2)));
        QCoreApplication::removeTranslator(&translator);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<AnnotationRepository> m_repo;
    CallRecord m_call;
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
