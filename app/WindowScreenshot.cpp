#include "WindowScreenshot.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// Waits for the window's first paint event; the picture is taken in the next turn of the
// event loop, when every child has painted too.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, const QString &file) : QObject(window), m_window(window), m_file(file)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] { save(); });
        }
        return false;
    }

private:
    void save()
    {
        const bool ok = m_window->grab().save(m_file);
        if (!ok)
            QTextStream(stderr) << QApplication::translate("WindowScreenshot", "Cannot write %1").arg(m_file)
                                << Qt::endl;
        QApplication::exit(ok ? 0 : 1);
    }

    QWidget *m_window;
    QString m_file;
    bool m_done = false;
};

} // namespace

namespace WindowScreenshot {

QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{2,5})[xX×](\\d{2,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    return size.width() <= 16384 && size.height() <= 16384 ? size : QSize();
}

void saveAfterFirstPaint(QWidget *window, const QString &file)
{
    new FirstPaintWatcher(window, file);
}

} // namespace WindowScreenshot
