// The baseline for bench_startup: the least a Qt Widgets reader could do at start-up.
// Shows a QMainWindow with a QTextBrowser, waits for its first paint, and exits.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTextBrowser>
#include <QTimer>

namespace {
class QuitAfterFirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QApplication::quit);
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    browser->setPlainText(QStringLiteral("在糾結了一段時間看不懂英偉達未來十年的競爭力之後。"));
    window.setCentralWidget(browser);
    window.resize(1280, 800);
    QuitAfterFirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
