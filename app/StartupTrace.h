#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// Start-up phases with the time since main() began, for finding where start-up time goes.
// Off unless enabled: QT_LOGGING_RULES="earnings-reader.startup.debug=true".
namespace StartupTrace {

void begin();
void mark(const char *phase);

} // namespace StartupTrace
