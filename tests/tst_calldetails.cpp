// A call's details corrected after its import (issue 13): Edit > Call Details edits the
// company, fiscal period, date and title, as one undoable command that the library keeps; bad
// values are refused by the store and cannot be accepted in the dialog.
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

class TestCallDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderCallDetailsTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        m_path = m_dir.filePath(u"details.sqlite"_s);
        QString error;
        QVERIFY2(m_store.open(m_path, &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void storeRefusesBadDetails_data()
    {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("problem");
        QTest::newRow("formula ticker") << u"=CMD|X"_s << u"FY2025Q4"_s << u"A call"_s << u"not a ticker"_s;
        QTest::newRow("quarter 9") << u"NVDA"_s << u"FY2025Q9"_s << u"A call"_s << u"not a fiscal period"_s;
        QTest::newRow("no title") << u"NVDA"_s << u"FY2025Q4"_s << u"  "_s << u"needs a title"_s;
        QTest::newRow("escape in title")
            << u"NVDA"_s << u"FY2025Q4"_s << u"A \x1b]52;c;x\x07 call"_s << u"control characters"_s;
    }
    void storeRefusesBadDetails()
    {
        QFETCH(QString, ticker);
        QFETCH(QString, period);
        QFETCH(QString, title);
        QFETCH(QString, problem);
        const CallSummary before = m_store.call(1)->summary;
        CallSummary bad = before;
        bad.companyTicker = ticker;
        bad.fiscalPeriod = period;
        bad.title = title;
        QString error;
        QVERIFY(!m_store.setCallDetails(bad, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        const CallSummary after = m_store.call(1)->summary;
        QCOMPARE(after.companyTicker, before.companyTicker);
        QCOMPARE(after.fiscalPeriod, before.fiscalPeriod);
        QCOMPARE(after.title, before.title);
    }

    void editUndoRedoAndKeep()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.currentCallId(), qint64(1));
        const CallSummary before = m_store.call(1)->summary;
        QVERIFY(before.fiscalPeriod != u"FY2025Q3"_s);

        editDetails(window, [](QDialog &dialog) {
            field(dialog, "importPeriod")->setText(u"fy2025q3"_s);
            field(dialog, "importTitle")->setText(u"NVIDIA Q3 FY2025, corrected"_s);
            field(dialog, "importDate")->setText(u"2024-11-20"_s);
        });
        CallSummary now = m_store.call(1)->summary;
        QCOMPARE(now.fiscalPeriod, u"FY2025Q3"_s);
        QCOMPARE(now.title, u"NVIDIA Q3 FY2025, corrected"_s);
        QCOMPARE(now.callDate, QDate(2024, 11, 20));
        QTRY_VERIFY(libraryListShows(window, u"NVIDIA Q3 FY2025, corrected"_s));

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        now = m_store.call(1)->summary;
        QCOMPARE(now.fiscalPeriod, before.fiscalPeriod);
        QCOMPARE(now.title, before.title);
        QCOMPARE(now.callDate, before.callDate);
        QTRY_VERIFY(libraryListShows(window, before.title));
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m_store.call(1)->summary.fiscalPeriod, u"FY2025Q3"_s);

        // What the file holds, read by a second connection.
        LibraryStore other;
        QString error;
        QVERIFY2(other.open(m_path, &error), qPrintable(error));
        QCOMPARE(other.call(1)->summary.fiscalPeriod, u"FY2025Q3"_s);
        QCOMPARE(other.call(1)->summary.title, u"NVIDIA Q3 FY2025, corrected"_s);
    }

    void dialogWillNotAcceptBadValues()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.currentCallId(), qint64(1));
        const QString title = m_store.call(1)->summary.title;
        bool checked = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            field(*dialog, "importTicker")->setText(u"=1"_s);
            QVERIFY(!ok->isEnabled());
            field(*dialog, "importTicker")->setText(u"NVDA"_s);
            field(*dialog, "importPeriod")->setText(u"FY9999Q9"_s);
            QVERIFY(!ok->isEnabled());
            field(*dialog, "importPeriod")->setText(QString());
            field(*dialog, "importTitle")->setText(QString());
            QVERIFY(!ok->isEnabled());
            checked = true;
            dialog->reject();
        });
        window.findChild<QAction *>(u"callDetailsAction"_s)->trigger();
        QVERIFY(checked);
        QCOMPARE(m_store.call(1)->summary.title, title);
    }

private:
    static QLineEdit *field(QDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }

    static void editDetails(MainWindow &window, const std::function<void(QDialog &)> &edit)
    {
        bool edited = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"callDetailsDialog"_s)
                return;
            edit(*dialog);
            edited = true;
            dialog->accept();
        });
        auto *action = window.findChild<QAction *>(u"callDetailsAction"_s);
        QVERIFY(action);
        action->trigger();
        QVERIFY(edited);
    }

    static bool libraryListShows(MainWindow &window, const QString &title)
    {
        for (const QListView *view : window.findChildren<QListView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row)
                if (model->index(row, 0).data().toString().contains(title))
                    return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    QString m_path;
    LibraryStore m_store;
};

QTEST_MAIN(TestCallDetails)
#include "tst_calldetails.moc"
