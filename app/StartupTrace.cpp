#include "StartupTrace.h"

#include <QElapsedTimer>

Q_LOGGING_CATEGORY(lcStartup, "earnings-reader.startup", QtWarningMsg)

namespace {
QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}
} // namespace

namespace StartupTrace {

void begin()
{
    sinceMain().start();
}

void mark(const char *phase)
{
    if (lcStartup().isDebugEnabled() && sinceMain().isValid())
        qCDebug(lcStartup, "%7.1f ms  %s", double(sinceMain().nsecsElapsed()) / 1e6, phase);
}

} // namespace StartupTrace
