#pragma once

#include <QObject>
#include <QString>

class QTranslator;

// Installs the app's and Qt's translators for the chosen language, for the window and the
// command line alike. Widgets retranslate on the LanguageChange event this sends, so
// switching keeps the open call and all state.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager &instance();

    // "" follows the system locale.
    void apply(const QString &language);
    QString current() const { return m_current; }
    // What "" resolves to on this system: zh_TW, zh_CN or en.
    static QString systemLanguage();
    static QString displayName(const QString &language);

private:
    LanguageManager() = default;

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};
