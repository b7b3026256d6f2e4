#include "Startup.h"
#include "charts/ChartPanel.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "sample/SampleLibrary.h"
#include "settings/AppSettings.h"
#include "store/LibraryStore.h"
#include "text/ChineseConverter.h"
#include "transcript/TranscriptView.h"
#include "util/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
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

    // The colour scheme is applied at once: dark and light palettes over the desktop's, and
    // "Follow the system" brings the desktop's back; the transcript's background follows.
    void colourSchemeChangesThePalette()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        MainWindow window(&m_store);
        window.show();
        const auto lightness = [&window] {
            return window.transcriptView()->palette().color(QPalette::Base).lightnessF();
        };
        changeSettings(window,
                       [](SettingsDialog &dialog) { select(dialog, "colourSchemeCombo", u"dark"_s); });
        QCOMPARE(AppSettings::colourScheme(), u"dark"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
        QTRY_VERIFY(lightness() < 0.3);

        changeSettings(window,
                       [](SettingsDialog &dialog) { select(dialog, "colourSchemeCombo", u"light"_s); });
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.7);
        QTRY_VERIFY(lightness() > 0.7);

        changeSettings(window,
                       [](SettingsDialog &dialog) { select(dialog, "colourSchemeCombo", u"dark"_s); });
        changeSettings(window,
                       [](SettingsDialog &dialog) { select(dialog, "colourSchemeCombo", u"system"_s); });
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);

        // Saving another setting leaves the colours alone.
        changeSettings(window,
                       [](SettingsDialog &dialog) { select(dialog, "colourSchemeCombo", u"dark"_s); });
        changeSettings(window, [](SettingsDialog &dialog) {
            dialog.findChild<QSpinBox *>(u"fontSizeSpin"_s)->setValue(15);
        });
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
        changeSettings(window,
                       [](SettingsDialog &dialog) { select(dialog, "colourSchemeCombo", u"system"_s); });
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
            select(dialog, "scriptCombo", int(ChineseConverter::Script::Simplified));
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

    // Settings written by earlier versions (no version key) are brought to this layout once:
    // the chart dialog's size, stored apart from the Settings dialog's, becomes the one size,
    // and the folders move to one group.
    void migratesTheFirstLayout()
    {
        {
            QSettings old;
            old.setValue(u"Export/size"_s, QSize(1600, 1000));
            old.setValue(u"Charts/exportWidth"_s, 2400);
            old.setValue(u"Charts/exportHeight"_s, 1500);
            old.setValue(u"Session/importFolder"_s, u"/data/calls"_s);
            old.setValue(u"Figures/folder"_s, u"/data/figures"_s);
            old.setValue(u"Transcript/script"_s, u"simplified"_s);
        }
        QCOMPARE(AppSettings::storedVersion(), 1);
        AppSettings::migrate();
        QCOMPARE(AppSettings::storedVersion(), AppSettings::kVersion);
        QCOMPARE(AppSettings::exportSize(), QSize(2400, 1500));
        QCOMPARE(AppSettings::folder(AppSettings::Folder::Transcripts), u"/data/calls"_s);
        QCOMPARE(AppSettings::folder(AppSettings::Folder::Figures), u"/data/figures"_s);
        QCOMPARE(AppSettings::script(), ChineseConverter::Script::Simplified);
        const QStringList keys = QSettings().allKeys();
        QVERIFY(!keys.contains(u"Charts/exportWidth"_s));
        QVERIFY(!keys.contains(u"Session/importFolder"_s));
        // Once is enough: a later change is not undone by migrating again.
        AppSettings::setExportSize({800, 600});
        AppSettings::migrate();
        QCOMPARE(AppSettings::exportSize(), QSize(800, 600));
    }

    // Version 2 wrote "stored" at every start, so it records no choice and is dropped; a
    // Traditional or Simplified choice is kept.
    void migratesTheSecondLayout()
    {
        {
            QSettings old;
            old.setValue(u"Settings/version"_s, 2);
            old.setValue(u"Transcript/script"_s, u"stored"_s);
            old.setValue(u"Interface/language"_s, u"zh_CN"_s);
        }
        AppSettings::migrate();
        QCOMPARE(AppSettings::storedVersion(), AppSettings::kVersion);
        QVERIFY(!QSettings().contains(u"Transcript/script"_s));
        QCOMPARE(AppSettings::script(), ChineseConverter::Script::Simplified);
        QSettings().clear();
        {
            QSettings old;
            old.setValue(u"Settings/version"_s, 2);
            old.setValue(u"Transcript/script"_s, u"traditional"_s);
            old.setValue(u"Interface/language"_s, u"zh_CN"_s);
        }
        AppSettings::migrate();
        QCOMPARE(AppSettings::script(), ChineseConverter::Script::Traditional);
    }

    void vocabularyIsAskedForInTheDialog()
    {
        MainWindow window(&m_store);
        window.openCall(m_store.calls().first().id);
        changeSettings(window, [](SettingsDialog &dialog) {
            select(dialog, "scriptCombo", int(ChineseConverter::Script::Simplified));
        });
        QVERIFY(window.transcriptView()->document()->toPlainText().contains(u"哪些指标"_s));
        changeSettings(window, [](SettingsDialog &dialog) {
            auto *vocabulary = dialog.findChild<QCheckBox *>(u"vocabularyCheck"_s);
            QVERIFY(vocabulary && !vocabulary->isChecked());
            vocabulary->setChecked(true);
        });
        QCOMPARE(AppSettings::vocabulary(), ChineseConverter::Vocabulary::Regional);
        QVERIFY(window.transcriptView()->document()->toPlainText().contains(u"哪些指针"_s));
    }

    void freshSettingsStartAtTheCurrentLayout()
    {
        AppSettings::migrate();
        QCOMPARE(AppSettings::storedVersion(), AppSettings::kVersion);
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
