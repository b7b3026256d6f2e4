#include "figures/FigureTableModel.h"
#include "figures/MetricRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestFigureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LibraryStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(u"figures-%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        QVERIFY2(SampleLibrary::install(*m_store, &error), qPrintable(error));
        m_repository = std::make_unique<MetricRepository>(m_store.get());
        m_undo = std::make_unique<QUndoStack>();
        m_model = std::make_unique<FigureTableModel>(m_repository.get(), m_undo.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCompany(u"NVDA"_s);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_undo.reset();
        m_repository.reset();
        m_store.reset();
    }

    void listsTheCompanysFiguresWithTheirSource()
    {
        QCOMPARE(m_model->rowCount(), int(m_repository->figures(u"NVDA"_s).size()));
        const int row = m_model->rowFor(revenueKey());
        QVERIFY(row >= 0);
        const QModelIndex value = m_model->index(row, FigureTableModel::ValueColumn);
        QCOMPARE(value.data().toString(), u"$39,331M"_s);
        QCOMPARE(value.data(FigureTableModel::ValueRole).toDouble(), 39331.0);
        QCOMPARE(m_model->index(row, FigureTableModel::StatusColumn).data().toString(),
                 m_repository->figure(revenueKey())->status);
        // Shown as the documents; edited as stored.
        const QModelIndex source = m_model->index(row, FigureTableModel::SourceColumn);
        QCOMPARE(source.data().toString(), u"NVDA press release and 10-Q/10-K for FY2025Q4"_s);
        QVERIFY(source.data(Qt::EditRole).toString().contains(u"FY2025/Q4"_s));
        QCOMPARE(m_model->index(row, FigureTableModel::OriginColumn).data().toString(), u"imported"_s);
        QVERIFY(value.data(Qt::ToolTipRole).toString().contains(u"Source:"_s));

        // Another company: nothing; back: everything.
        m_model->setCompany(u"ACME"_s);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setCompany(u"NVDA"_s);
        QVERIFY(m_model->rowCount() > 150);
    }

    void editingAValueMarksItUserEnteredAndUndoes()
    {
        const int row = m_model->rowFor(revenueKey());
        const QModelIndex value = m_model->index(row, FigureTableModel::ValueColumn);
        QVERIFY(value.flags() & Qt::ItemIsEditable);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(value, u"39,400"_s));
        QCOMPARE(*m_repository->figure(revenueKey())->value, 39400.0);
        QVERIFY(m_repository->figure(revenueKey())->userEntered);
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_model->index(row, FigureTableModel::ValueColumn)
                    .data(FigureTableModel::UserEnteredRole)
                    .toBool());
        QCOMPARE(m_model->index(row, FigureTableModel::OriginColumn).data().toString(), u"user-entered"_s);
        QVERIFY(m_model->index(row, 0).data(Qt::FontRole).value<QFont>().italic());

        m_undo->undo();
        const auto restored = m_repository->figure(revenueKey());
        QCOMPARE(*restored->value, 39331.0);
        QVERIFY(!restored->userEntered);
        QCOMPARE(m_model->index(row, FigureTableModel::ValueColumn).data().toString(), u"$39,331M"_s);
        m_undo->redo();
        QCOMPARE(*m_repository->figure(revenueKey())->value, 39400.0);
    }

    void invalidValuesAreRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("words") << u"a lot"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("two numbers") << u"1 2"_s;
        QTest::newRow("infinity") << u"inf"_s;
    }
    void invalidValuesAreRefusedAndNothingChanges()
    {
        QFETCH(QString, input);
        const QModelIndex value =
            m_model->index(m_model->rowFor(revenueKey()), FigureTableModel::ValueColumn);
        QSignalSpy failed(m_model.get(), &FigureTableModel::editFailed);
        QVERIFY(!m_model->setData(value, input));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(*m_repository->figure(revenueKey())->value, 39331.0);
        QCOMPARE(m_undo->count(), 0);
    }

    void statementsHaveNoEditableValue()
    {
        const FigureKey key{u"NVDA"_s, {2025, 2}, u"blackwell_expectation"_s, FigureKind::Disclosed};
        const int row = m_model->rowFor(key);
        QVERIFY(row >= 0);
        QVERIFY(!(m_model->index(row, FigureTableModel::ValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(m_model->index(row, FigureTableModel::NoteColumn).flags() & Qt::ItemIsEditable);
        QVERIFY(!m_model->index(row, FigureTableModel::NoteColumn).data().toString().isEmpty());
    }

    void editingTextKeepsTheValueOrigin()
    {
        const int row = m_model->rowFor(revenueKey());
        QVERIFY(m_model->setData(m_model->index(row, FigureTableModel::NoteColumn),
                                 u"checked against the 10-K"_s));
        const auto figure = m_repository->figure(revenueKey());
        QCOMPARE(figure->note, u"checked against the 10-K"_s);
        QVERIFY(!figure->userEntered);
        m_undo->undo();
        QVERIFY(m_repository->figure(revenueKey())->note.isEmpty());
    }

    void addingAndRemovingAnEstimate()
    {
        const int before = m_model->rowCount();
        Figure estimate;
        estimate.company = u"NVDA"_s;
        estimate.quarter = {2026, 3};
        estimate.metric = u"blackwell_revenue"_s;
        estimate.kind = FigureKind::Estimate;
        estimate.value = 40000;
        estimate.note = u"two thirds of compute"_s;
        QVERIFY(m_model->addFigure(estimate));
        QCOMPARE(m_model->rowCount(), before + 1);
        const int row = m_model->rowFor(estimate.key());
        QVERIFY(row >= 0);
        QVERIFY(m_model->figureAt(row).userEntered);
        QCOMPARE(m_model->figureAt(row).unit, u"musd"_s);

        // The same figure twice is refused.
        QSignalSpy failed(m_model.get(), &FigureTableModel::editFailed);
        QVERIFY(!m_model->addFigure(estimate));
        QCOMPARE(failed.size(), 1);

        // Imported figures cannot be removed; the user's can, and undo brings it back.
        QVERIFY(!m_model->removeFigure(m_model->rowFor(revenueKey())));
        QCOMPARE(failed.size(), 2);
        QVERIFY(m_model->removeFigure(m_model->rowFor(estimate.key())));
        QCOMPARE(m_model->rowCount(), before);
        m_undo->undo();
        QCOMPARE(m_model->rowCount(), before + 1);
        m_undo->undo();
        QCOMPARE(m_model->rowCount(), before);
        QVERIFY(!m_repository->figure(estimate.key()));
    }

    void aReadOnlyLibraryIsNotEditable()
    {
        const QString path = m_store->path();
        cleanup();
        QFile::setPermissions(path, QFile::ReadOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.isReadOnly());
        MetricRepository repository(&store);
        QUndoStack undo;
        FigureTableModel model(&repository, &undo);
        model.setCompany(u"NVDA"_s);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!(model.index(0, FigureTableModel::ValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, FigureTableModel::ValueColumn), 1.0));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void parsesTypedValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << u"39331"_s << 39331.0;
        QTest::newRow("grouped") << u"39,331"_s << 39331.0;
        QTest::newRow("dollars and M") << u"$39331M"_s << 39331.0;
        QTest::newRow("percent") << u"73.5%"_s << 73.5;
        QTest::newRow("negative") << u"-4.5"_s << -4.5;
    }
    void parsesTypedValues()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto parsed = FigureTableModel::parseValue(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, value);
    }

private:
    static FigureKey revenueKey() { return {u"NVDA"_s, {2025, 4}, u"revenue"_s, FigureKind::Actual}; }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<MetricRepository> m_repository;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<FigureTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestFigureTableModel)
#include "tst_figuretablemodel.moc"
