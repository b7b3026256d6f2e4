#pragma once

#include "text/ChineseConverter.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

// The one home of what the app keeps in the user's settings (QSettings): typed accessors with
// the keys, groups and defaults in AppSettings.cpp and nowhere else. Preferences are what the
// Settings dialog edits; session state is where the user left things.
namespace AppSettings {

// The layout of the stored settings. migrate() brings an older layout up to this one once, at
// start-up; each step is in AppSettings.cpp.
inline constexpr int kVersion = 3;
int storedVersion();
void migrate();

// Preferences.

// "" follows the system locale; otherwise "zh_TW", "zh_CN" or "en".
QString language();
void setLanguage(const QString &language);
QStringList availableLanguages();

// Family and point size of the transcript text; an empty family is the system's. The QFont
// form is in TranscriptFont.h, apart so that the command line needs no Qt Gui.
struct TranscriptFontChoice
{
    QString family;
    int pointSize = 0;
};
TranscriptFontChoice transcriptFontChoice();
void setTranscriptFontChoice(const TranscriptFontChoice &choice);

// The script the transcript is shown in, everywhere the call's text appears. Until the
// reader chooses, it follows the interface language: Simplified under zh_CN, as stored
// otherwise. Setting the value it already has records no choice.
ChineseConverter::Script script();
void setScript(ChineseConverter::Script script);
// Whether the other script also brings the other region's words (characters only by default).
ChineseConverter::Vocabulary vocabulary();
void setVocabulary(ChineseConverter::Vocabulary vocabulary);

// "system" follows the desktop's colours; "light" or "dark" is the reader's choice over them.
QString colourScheme();
void setColourScheme(const QString &scheme);
QStringList colourSchemes();

// Whether tables of contents, rosters, page headers and advertisements are shown with the
// transcript (View > Show Page Furniture); hidden until asked for.
bool showPageFurniture();
void setShowPageFurniture(bool show);

QSize exportSize(); // default size of an exported chart image, in logical pixels
void setExportSize(const QSize &size);
QString exportFormat(); // "png", "svg" or "pdf"
void setExportFormat(const QString &format);

// "" means the default library in the user's data folder.
QString libraryPath();
void setLibraryPath(const QString &path);

QStringList recentLibraries();
void addRecentLibrary(const QString &path);

// Session state.
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray windowState(); // docks and toolbars (QMainWindow::saveState)
void setWindowState(const QByteArray &state);
QByteArray splitterState(); // transcript beside the charts
void setSplitterState(const QByteArray &state);
int zoomSteps();
void setZoomSteps(int steps);
// The call open when the window last closed, if it was on this library; 0 otherwise.
qint64 lastCall(const QString &libraryPath);
void setLastCall(const QString &libraryPath, qint64 callId);
// The pair read side by side when last left so, if it was on this library; 0 otherwise.
qint64 lastPair(const QString &libraryPath);
void setLastPair(const QString &libraryPath, qint64 pairId);
QString highlightColour(); // "" before the first highlight
void setHighlightColour(const QString &colour);
QString chartPane(); // the chart tab last shown
void setChartPane(const QString &paneId);
double chartExportScale(double fallback);
void setChartExportScale(double scale);

// The folder each file dialog last used ("" before it was used).
enum class Folder { Transcripts, Annotations, Figures, Charts };
QString folder(Folder which);
void setFolder(Folder which, const QString &path);

} // namespace AppSettings
