#include "WindowScreenshot.h"

#include "StartupTrace.h"
#include "charts/PngEncoder.h"
#include "util/AtomicFile.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
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
            StartupTrace::mark("first paint");
            QTimer::singleShot(0, this, [this] { save(); });
        }
        return false;
    }

private:
    void save()
    {
        StartupTrace::mark("window painted");
        // Offscreen, the window's painted pixels can be copied rather than painted again.
        QPixmap picture;
        if (QGuiApplication::platformName() == u"offscreen"_s && m_window->screen())
            picture = m_window->screen()->grabWindow(m_window->winId());
        if (picture.isNull())
            picture = m_window->grab();
        StartupTrace::mark("window grabbed");
        QByteArray bytes;
        QString why;
        // Start-up is timed with this picture, so it is encoded for speed.
        const bool ok =
            PngEncoder::encode(picture.toImage(), &bytes) && AtomicFile::write(m_file, bytes, &why);
        StartupTrace::mark("picture saved");
        if (!ok)
            QTextStream(stderr) << QApplication::translate("WindowScreenshot", "Cannot write %1").arg(m_file)
                                << (why.isEmpty() ? QString() : u": "_s + why) << Qt::endl;
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
