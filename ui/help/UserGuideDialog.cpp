#include "help/UserGuideDialog.h"

#include "util/LanguageManager.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuide"_s);
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // About 70 characters a line at the reader's font, and room for a few sections.
    const int em = fontMetrics().horizontalAdvance(u'M');
    resize(50 * em, 40 * fontMetrics().lineSpacing());
    load();
}

QString UserGuideDialog::guidePath(const QString &language)
{
    const QString resolved = language.isEmpty() ? LanguageManager::systemLanguage() : language;
    const QString path = u":/guide/user-guide_%1.html"_s.arg(resolved);
    return QFile::exists(path) ? path : u":/guide/user-guide_en.html"_s;
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

void UserGuideDialog::load()
{
    setWindowTitle(tr("Earnings Reader User Guide"));
    QFile file(guidePath(LanguageManager::instance().current()));
    m_browser->setHtml(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
}
