#include "util/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QString LanguageManager::systemLanguage()
{
    const QLocale locale;
    if (locale.language() != QLocale::Chinese)
        return u"en"_s;
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript ||
                             locale.territory() == QLocale::Taiwan ||
                             locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao;
    return traditional ? u"zh_TW"_s : u"zh_CN"_s;
}

QString LanguageManager::displayName(const QString &language)
{
    // Each language is named in itself, so a reader can find theirs whatever is showing.
    if (language == u"zh_TW"_s)
        return u"繁體中文"_s;
    if (language == u"zh_CN"_s)
        return u"简体中文"_s;
    if (language == u"en"_s)
        return u"English"_s;
    return QCoreApplication::translate("LanguageManager", "System language");
}

void LanguageManager::apply(const QString &language)
{
    const QString resolved = language.isEmpty() ? systemLanguage() : language;
    if (resolved == m_current)
        return;
    for (QTranslator *translator : {m_app, m_qt}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    m_app = new QTranslator(this);
    m_qt = new QTranslator(this);
    // An installed file wins over the built-in one, so updated translations need no rebuild.
    const QString installed =
        QCoreApplication::applicationDirPath() + u"/../share/earnings-reader/translations"_s;
    const QString file = u"earnings-reader_%1"_s.arg(resolved);
    if (m_app->load(file, installed) || m_app->load(file, u":/i18n"_s))
        QCoreApplication::installTranslator(m_app);
    if (resolved != u"en"_s &&
        m_qt->load(u"qtbase_%1"_s.arg(resolved), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    QLocale::setDefault(QLocale(resolved));
    m_current = resolved;
}
