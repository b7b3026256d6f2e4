#include "Startup.h"
#include "charts/ChartPanel.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "text/ChineseConverter.h"
#include "transcript/TranscriptView.h"
#include "util/AppSettings.h"
#include "util/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

// Each option of the Settings dialog is set the way a user sets it (Edit > Settings…, the
// dialog's own widgets, OK), and the behaviour it promises is observed where it shows: the
// open window, the next export, the library opened at the next start.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"library.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }
    void cleanup()
    {
        QSettings().clear();
        LanguageManager::instance().apply(u"en"_s);
    }

    void languageChangesTheInterface()
    {
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
        MainWindow window(&m_store);
        changeSettings(window, [](SettingsDialog &dialog) { select(dialog, "languageCombo", u"zh_TW"_s); });
        QCOMPARE(LanguageManager::instance().current(), u"zh_TW"_s);
        QVERIFY(QCoreApplication::translate("MainWindow", "&File") != u"&File"_s);
    }

    void fontSizeChangesTheTranscript()
    {
        MainWindow window(&m_store);
        changeSettings(window, [](SettingsDialog &dialog) {
            dialog.findChild<QSpinBox *>(u"fontSizeSpin"_s)->setValue(19);
        });
        QCOMPARE(window.transcriptView()->document()->defaultFont().pointSize(), 19);
    }

    void scriptChangesTheText()
    {
        MainWindow window(&m_store);
        window.openCall(m_store.calls().first().id);
        QVERIFY(window.transcriptView()->document()->toPlainText().contains(u"問題"_s));
        changeSettings(window, [](SettingsDialog &dialog) {
            select(dialog, "scriptCombo", int(AppSettings::Script::Simplified));
        });
        const QString shown = window.transcriptView()->document()->toPlainText();
        // The seed is in Traditional characters; shown in Simplified, none of 問題 is left.
        QVERIFY(!shown.contains(u"問題"_s));
        QVERIFY(shown.contains(u"问题"_s));
    }

    void exportSizeIsTheExportDefault()
    {
        MainWindow window(&m_store);
        changeSettings(window, [](SettingsDialog &dialog) {
            dialog.findChild<QSpinBox *>(u"exportWidthSpin"_s)->setValue(1234);
            dialog.findChild<QSpinBox *>(u"exportHeightSpin"_s)->setValue(777);
        });
        QCOMPARE(window.chartPanel()->defaultOptions().size, QSize(1234, 777));
    }

    void exportFormatIsTheSuggestedFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("svg") << u"svg"_s;
        QTest::newRow("pdf") << u"pdf"_s;
        QTest::newRow("png") << u"png"_s;
    }

    void exportFormatIsTheSuggestedFormat()
    {
        QFETCH(QString, format);
        MainWindow window(&m_store);
        changeSettings(window,
                       [format](SettingsDialog &dialog) { select(dialog, "exportFormatCombo", format); });
        QVERIFY2(window.chartPanel()->suggestedExportPath().endsWith(u'.' + format),
                 qPrintable(window.chartPanel()->suggestedExportPath()));
    }

    void libraryIsOpenedAtStart()
    {
        const QString chosen = m_dir.filePath(u"chosen.sqlite"_s);
        {
            MainWindow window(&m_store);
            changeSettings(window, [chosen](SettingsDialog &dialog) {
                dialog.findChild<QLineEdit *>(u"libraryEdit"_s)->setText(chosen);
            });
        }
        LibraryStore store;
        QString error;
        QVERIFY2(Startup::openLibrary(store, {}, &error), qPrintable(error));
        QCOMPARE(store.path(), chosen);
        // A library the user chose is theirs: it is not filled with the sample.
        QVERIFY(store.calls().isEmpty());
        Startup::closeLibrary(store);
    }

private:
    // Opens the dialog from the window's action, edits it while it runs, and presses OK.
    static void changeSettings(MainWindow &window, const std::function<void(SettingsDialog &)> &edit)
    {
        bool edited = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            edit(*dialog);
            edited = true;
            dialog->accept();
        });
        auto *action = window.findChild<QAction *>(u"settingsAction"_s);
        QVERIFY(action);
        action->trigger();
        QVERIFY(edited);
    }

    static void select(SettingsDialog &dialog, const char *name, const QVariant &data)
    {
        auto *combo = dialog.findChild<QComboBox *>(QString::fromLatin1(name));
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
