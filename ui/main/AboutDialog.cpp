#include "main/AboutDialog.h"

#include "store/LibraryStore.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AboutDialog {

void show(QWidget *parent)
{
    const auto tr = [](const char *text) { return QApplication::translate("AboutDialog", text); };
    const QString text =
        u"<h3>Earnings Reader %1</h3><p>%2</p>"_s.arg(QApplication::applicationVersion(),
                                                      tr("Read earnings calls against the numbers.")) +
        u"<p>%1</p><ul>"_s.arg(tr("Built with:")) +
        u"<li>Qt %1 — LGPL-3.0</li>"_s.arg(QString::fromLatin1(qVersion())) +
        u"<li>SQLite %1 — %2</li>"_s.arg(LibraryStore::sqliteVersion(), tr("public domain")) +
        u"<li>OpenCC %1 — Apache-2.0</li>"_s.arg(QStringLiteral(ER_OPENCC_VERSION)) + u"</ul>"_s +
        u"<p>%1</p>"_s.arg(
            tr("Chinese text is shown with the system's fonts (Noto CJK, SIL Open Font License). "
               "The built-in NVIDIA figures come from the company's press releases and 10-Q/10-K "
               "filings; each figure's source is shown with it."));
    QMessageBox::about(parent, tr("About Earnings Reader"), text);
}

} // namespace AboutDialog
