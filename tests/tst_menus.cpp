// Every menu of the main window, in each interface language: no two entries of one menu
// share a mnemonic, so Alt+letter reaches each of them (issue 15: zh_TW 設定(S) and
// 搜尋資料庫(S) in the Edit menu).
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "util/LanguageManager.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderMenuTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"menus.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void cleanupTestCase() { LanguageManager::instance().apply(u"en"_s); }

    void mnemonicOf_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mnemonic");
        QTest::newRow("latin") << u"&Settings…"_s << u"s"_s;
        QTest::newRow("inside") << u"Copy C&hart"_s << u"h"_s;
        QTest::newRow("chinese") << u"設定(&S)…"_s << u"s"_s;
        QTest::newRow("escaped ampersand") << u"Q&&A"_s << QString();
        QTest::newRow("none") << u"Questions"_s << QString();
    }
    void mnemonicOf()
    {
        QFETCH(QString, text);
        QFETCH(QString, mnemonic);
        QCOMPARE(mnemonicOf(text), mnemonic);
    }

    void noMenuRepeatsAMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void noMenuRepeatsAMnemonic()
    {
        QFETCH(QString, language);
        LanguageManager::instance().apply(language);
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        int menus = 0;
        checkMenu(u"menu bar"_s, window.menuBar()->actions(), problems);
        for (QAction *top : window.menuBar()->actions()) {
            if (QMenu *menu = top->menu())
                walk(menu, problems, menus);
        }
        QVERIFY(menus >= 4);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    static QString mnemonicOf(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    static void checkMenu(const QString &name, const QList<QAction *> &actions, QStringList &problems)
    {
        QHash<QString, QString> seen;
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString key = mnemonicOf(action->text());
            if (key.isEmpty())
                continue;
            if (seen.contains(key))
                problems << u"%1: \"%2\" and \"%3\" share %4"_s.arg(name, seen.value(key), action->text(),
                                                                    key);
            else
                seen.insert(key, action->text());
        }
    }

    static void walk(QMenu *menu, QStringList &problems, int &menus)
    {
        // Menus filled when they open (recent libraries) are filled now.
        emit menu->aboutToShow();
        ++menus;
        checkMenu(menu->title(), menu->actions(), problems);
        for (QAction *action : menu->actions()) {
            if (QMenu *sub = action->menu())
                walk(sub, problems, menus);
        }
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
