#pragma once

#include <QFont>
#include <QSize>
#include <QString>
#include <QStringList>

// Typed access to the user's preferences (QSettings), with the keys and defaults in one place.
// Window geometry and other session state stay with the windows that own them.
namespace AppSettings {

// "" follows the system locale; otherwise "zh_TW", "zh_CN" or "en".
QString language();
void setLanguage(const QString &language);
QStringList availableLanguages();

QFont transcriptFont(); // family and point size of the transcript text
void setTranscriptFont(const QFont &font);

enum class Script { AsStored, Traditional, Simplified };
Script script();
void setScript(Script script);

QSize exportSize(); // default size of an exported chart image, in logical pixels
void setExportSize(const QSize &size);
QString exportFormat(); // "png", "svg" or "pdf"
void setExportFormat(const QString &format);

// "" means the default library in the user's data folder.
QString libraryPath();
void setLibraryPath(const QString &path);

QStringList recentLibraries();
void addRecentLibrary(const QString &path);

} // namespace AppSettings
