#include "WindowScreenshot.h"

#include "StartupTrace.h"

#include <QApplication>
#include <QEvent>
#include <QImageWriter>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// Qt maps PNG quality 80 to zlib level 1: start-up is timed with this picture, and level 1
// encodes a window in about half the time of the default level with a file no larger.
constexpr int kFastPngQuality = 80;

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
        const QPixmap picture = m_window->grab();
        StartupTrace::mark("window grabbed");
        QImageWriter writer(m_file, "png");
        writer.setQuality(kFastPngQuality);
        const bool ok = writer.write(picture.toImage());
        StartupTrace::mark("picture saved");
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
