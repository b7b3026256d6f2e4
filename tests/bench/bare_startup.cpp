// The baseline for bench_startup: the least a Qt Widgets reader could do at start-up.
// Shows a QMainWindow with a QTextBrowser, waits for its first paint, and exits; with
// --screenshot FILE it first saves the window as a PNG, the same work earnings-reader's
// --screenshot does after its first paint.
#include "charts/PngEncoder.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QPixmap>
#include <QScreen>
#include <QTextBrowser>
#include <QTimer>

namespace {
class QuitAfterFirstPaint : public QObject
{
public:
    QuitAfterFirstPaint(QWidget *window, const QString &screenshot)
        : m_window(window), m_screenshot(screenshot)
    {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                if (m_screenshot.isEmpty())
                    return QApplication::quit();
                // As earnings-reader --screenshot does: the painted pixels, offscreen, with its encoder.
                QPixmap picture;
                if (QGuiApplication::platformName() == QStringLiteral("offscreen"))
                    picture = m_window->screen()->grabWindow(m_window->winId());
                if (picture.isNull())
                    picture = m_window->grab();
                QByteArray bytes;
                QFile file(m_screenshot);
                const bool saved = PngEncoder::encode(picture.toImage(), &bytes) &&
                                   file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
                QApplication::exit(saved ? 0 : 1);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    QString m_screenshot;
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--screenshot"));
    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    browser->setPlainText(QStringLiteral("在糾結了一段時間看不懂英偉達未來十年的競爭力之後。"));
    window.setCentralWidget(browser);
    window.resize(1280, 800);
    QuitAfterFirstPaint watcher(&window, at > 0 ? args.value(at + 1) : QString());
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
