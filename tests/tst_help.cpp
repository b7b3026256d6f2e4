// Help > User Guide and Help > Keyboard Shortcuts (issue 15): the guide opens on F1 in the
// interface language and follows a language change; the shortcut list is read from the
// window's own actions, names each with its key, and shows no key twice.
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "util/LanguageManager.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderHelpTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"help.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void init() { LanguageManager::instance().apply(u"en"_s); }
    void cleanupTestCase() { LanguageManager::instance().apply(u"en"_s); }

    void guideOpensOnF1InTheInterfaceLanguage()
    {
        LanguageManager::instance().apply(u"en"_s);
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<UserGuideDialog *>());
        QTest::keyClick(&window, Qt::Key_F1);
        auto *guide = window.findChild<UserGuideDialog *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        const auto text = [guide] { return guide->findChild<QTextBrowser *>()->toPlainText(); };
        QVERIFY2(text().contains(u"Earnings Reader user guide"_s), qPrintable(text().left(200)));
        QVERIFY(text().contains(u"Import Transcript"_s));

        LanguageManager::instance().apply(u"zh_TW"_s);
        QTRY_VERIFY(text().contains(u"使用說明"_s));
        QVERIFY(text().contains(u"匯入逐字稿"_s));
        LanguageManager::instance().apply(u"zh_CN"_s);
        QTRY_VERIFY(text().contains(u"使用说明"_s));
        QVERIFY(text().contains(u"导入逐字稿"_s));

        // F1 again brings back the same guide rather than a second one.
        guide->close();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
        QTRY_VERIFY(guide->isVisible());
        guide->close();
        LanguageManager::instance().apply(u"en"_s);
    }

    // Every guide names only menu entries the window has: each "<b>A &gt; B</b>" of the guide
    // is a menu title and one of its entries, in that language.
    void guideNamesRealMenuEntries_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void guideNamesRealMenuEntries()
    {
        QFETCH(QString, language);
        LanguageManager::instance().apply(language);
        MainWindow window(&m_store);
        QHash<QString, QStringList> entries; // menu title -> its entries, without mnemonics
        for (const ShortcutsDialog::Row &row : menuEntries(window.menuBar()))
            entries[row.menu] << row.command;
        QFile file(UserGuideDialog::guidePath(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        static const QRegularExpression path(u"<b>([^<]+?) &gt; ([^<]+?)</b>"_s);
        int checked = 0;
        for (const QRegularExpressionMatch &m : path.globalMatch(html)) {
            const QString menu = m.captured(1).simplified();
            const QString entry = m.captured(2).simplified();
            QVERIFY2(entries.contains(menu),
                     qPrintable(u"no menu %1; menus: %2"_s.arg(menu, entries.keys().join(u", "_s))));
            QVERIFY2(
                entries.value(menu).contains(entry),
                qPrintable(u"no entry %1 in %2: %3"_s.arg(entry, menu, entries.value(menu).join(u" | "_s))));
            ++checked;
        }
        QVERIFY(checked >= 10);
        LanguageManager::instance().apply(u"en"_s);
    }

    void shortcutListIsTheWindowsOwnAndHasNoDuplicates()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<ShortcutsDialog::Row> rows = ShortcutsDialog::rows(window.menuBar());
        QHash<QString, QString> byKey;
        QStringList problems;
        for (const ShortcutsDialog::Row &row : rows) {
            QVERIFY(!row.command.contains(u'&'));
            for (const QString &key : row.shortcut.split(u", "_s)) {
                if (byKey.contains(key))
                    problems << u"%1 is both %2 and %3"_s.arg(key, byKey.value(key), row.command);
                byKey.insert(key, row.command);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const auto keyOf = [&rows](const QString &command) {
            for (const ShortcutsDialog::Row &row : rows)
                if (row.command == command)
                    return row.shortcut;
            return QString();
        };
        QCOMPARE(keyOf(u"User Guide"_s),
                 QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
        QCOMPARE(keyOf(u"Find in Call…"_s),
                 QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QVERIFY(!keyOf(u"Next Question"_s).isEmpty());
        QVERIFY(rows.size() >= 10);

        QAction *open = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == u"&Keyboard Shortcuts"_s)
                open = action;
        QVERIFY(open);
        open->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QTreeWidget *list = dialog->findChild<QTreeWidget *>();
        int listed = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            listed += list->topLevelItem(i)->childCount();
        QCOMPARE(listed, rows.size());
        const QList<QTreeWidgetItem *> found =
            list->findItems(u"Find in Call…"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->text(1), keyOf(u"Find in Call…"_s));
        dialog->close();
    }

private:
    // Every entry of every menu, with or without a shortcut.
    static QList<ShortcutsDialog::Row> menuEntries(const QMenuBar *bar)
    {
        QList<ShortcutsDialog::Row> rows;
        const auto plain = [](QString text) {
            static const QRegularExpression cjk(u"\\(&[^)]\\)"_s);
            return text.remove(cjk).remove(u'&').trimmed();
        };
        for (const QAction *top : bar->actions()) {
            const QMenu *menu = top->menu();
            if (!menu)
                continue;
            for (const QAction *action : menu->actions())
                if (!action->isSeparator())
                    rows.append({plain(menu->title()),
                                 plain(action->menu() ? action->menu()->title() : action->text()),
                                 {}});
        }
        return rows;
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
