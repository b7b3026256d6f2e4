#include "settings/AppSettings.h"

#include "util/LanguageManager.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// Groups: Interface, Transcript, Export, Library (preferences); MainWindow, Session,
// Annotations, Charts, Folders (session state); Settings (the layout version).
const QString kVersionKey = u"Settings/version"_s;
const QString kLanguage = u"Interface/language"_s;
const QString kFontFamily = u"Transcript/fontFamily"_s;
const QString kFontSize = u"Transcript/fontSize"_s;
const QString kScript = u"Transcript/script"_s;
const QString kVocabulary = u"Transcript/vocabulary"_s;
const QString kShowFurniture = u"Transcript/showFurniture"_s;
const QString kColourScheme = u"Appearance/colourScheme"_s;
const QString kExportSize = u"Export/size"_s;
const QString kExportFormat = u"Export/format"_s;
const QString kLibrary = u"Library/path"_s;
const QString kRecentLibraries = u"Library/recent"_s;
const QString kGeometry = u"MainWindow/geometry"_s;
const QString kWindowState = u"MainWindow/state"_s;
const QString kSplitter = u"MainWindow/splitter"_s;
const QString kZoom = u"Transcript/zoom"_s;
const QString kSessionLibrary = u"Session/library"_s;
const QString kSessionCall = u"Session/call"_s;
const QString kSessionPairLibrary = u"Session/pairLibrary"_s;
const QString kSessionPair = u"Session/pair"_s;
const QString kHighlightColour = u"Annotations/colour"_s;
const QString kChartPane = u"Charts/currentPane"_s;
const QString kChartExportScale = u"Charts/exportScale"_s;

constexpr int kDefaultFontSize = 12;
constexpr int kMaxRecent = 8;
const QStringList kFormats{u"png"_s, u"svg"_s, u"pdf"_s};

QString folderKey(AppSettings::Folder which)
{
    switch (which) {
    case AppSettings::Folder::Transcripts:
        return u"Folders/transcripts"_s;
    case AppSettings::Folder::Annotations:
        return u"Folders/annotations"_s;
    case AppSettings::Folder::Figures:
        return u"Folders/figures"_s;
    case AppSettings::Folder::Charts:
        return u"Folders/charts"_s;
    }
    return {};
}

// Version 2: one key per setting. Version 1 (no version key) kept the chart export size twice
// (Charts/exportWidth and exportHeight beside Export/size, which nothing read) and the last
// folders under each feature's own group.
void migrateToVersion2(QSettings &settings)
{
    const QVariant width = settings.value(u"Charts/exportWidth"_s);
    const QVariant height = settings.value(u"Charts/exportHeight"_s);
    // The chart dialog's last size is what the user last asked for.
    if (width.isValid() && height.isValid())
        settings.setValue(kExportSize, QSize(width.toInt(), height.toInt()));
    settings.remove(u"Charts/exportWidth"_s);
    settings.remove(u"Charts/exportHeight"_s);
    const std::pair<QString, AppSettings::Folder> folders[] = {
        {u"Session/importFolder"_s, AppSettings::Folder::Transcripts},
        {u"Annotations/exportFolder"_s, AppSettings::Folder::Annotations},
        {u"Figures/folder"_s, AppSettings::Folder::Figures},
        {u"Charts/exportFolder"_s, AppSettings::Folder::Charts},
    };
    for (const auto &[old, folder] : folders) {
        if (settings.contains(old))
            settings.setValue(folderKey(folder), settings.value(old));
        settings.remove(old);
    }
}

// Version 3: the script is stored only once the reader chooses one, so that an unchosen script
// can follow the interface language. Version 2 wrote "stored" at every start, so that value
// records no choice; Traditional or Simplified, which were never the default, do.
void migrateToVersion3(QSettings &settings)
{
    if (settings.value(kScript).toString() == u"stored"_s)
        settings.remove(kScript);
}

} // namespace

namespace AppSettings {

int storedVersion()
{
    return QSettings().value(kVersionKey, 1).toInt();
}

void migrate()
{
    QSettings settings;
    // A fresh profile has nothing to migrate.
    if (settings.allKeys().isEmpty()) {
        settings.setValue(kVersionKey, kVersion);
        return;
    }
    const int from = settings.value(kVersionKey, 1).toInt();
    if (from >= kVersion)
        return;
    if (from < 2)
        migrateToVersion2(settings);
    if (from < 3)
        migrateToVersion3(settings);
    settings.setValue(kVersionKey, kVersion);
}

QString language()
{
    const QString value = QSettings().value(kLanguage).toString();
    return availableLanguages().contains(value) ? value : QString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, availableLanguages().contains(language) ? language : QString());
}

QStringList availableLanguages()
{
    return {u"zh_TW"_s, u"zh_CN"_s, u"en"_s};
}

TranscriptFontChoice transcriptFontChoice()
{
    QSettings settings;
    return {settings.value(kFontFamily).toString(),
            qBound(6, settings.value(kFontSize, kDefaultFontSize).toInt(), 48)};
}

void setTranscriptFontChoice(const TranscriptFontChoice &choice)
{
    QSettings settings;
    settings.setValue(kFontFamily, choice.family);
    settings.setValue(kFontSize, choice.pointSize > 0 ? choice.pointSize : kDefaultFontSize);
}

ChineseConverter::Script script()
{
    using Script = ChineseConverter::Script;
    const QString value = QSettings().value(kScript).toString();
    if (value == u"traditional"_s)
        return Script::Traditional;
    if (value == u"simplified"_s)
        return Script::Simplified;
    if (value == u"stored"_s)
        return Script::AsStored;
    // Not chosen: a reader of the Simplified interface reads Simplified.
    const QString shownLanguage = language().isEmpty() ? LanguageManager::systemLanguage() : language();
    return shownLanguage == u"zh_CN"_s ? Script::Simplified : Script::AsStored;
}

void setScript(ChineseConverter::Script script)
{
    using Script = ChineseConverter::Script;
    if (script == AppSettings::script())
        return;
    QSettings().setValue(kScript, script == Script::Traditional  ? u"traditional"_s
                                  : script == Script::Simplified ? u"simplified"_s
                                                                 : u"stored"_s);
}

ChineseConverter::Vocabulary vocabulary()
{
    return QSettings().value(kVocabulary).toString() == u"regional"_s
               ? ChineseConverter::Vocabulary::Regional
               : ChineseConverter::Vocabulary::Characters;
}

void setVocabulary(ChineseConverter::Vocabulary vocabulary)
{
    QSettings().setValue(kVocabulary, vocabulary == ChineseConverter::Vocabulary::Regional ? u"regional"_s
                                                                                           : u"characters"_s);
}

QString colourScheme()
{
    const QString scheme = QSettings().value(kColourScheme).toString();
    return colourSchemes().contains(scheme) ? scheme : u"system"_s;
}

void setColourScheme(const QString &scheme)
{
    QSettings().setValue(kColourScheme, colourSchemes().contains(scheme) ? scheme : u"system"_s);
}

QStringList colourSchemes()
{
    return {u"system"_s, u"light"_s, u"dark"_s};
}

bool showPageFurniture()
{
    return QSettings().value(kShowFurniture, false).toBool();
}

void setShowPageFurniture(bool show)
{
    QSettings().setValue(kShowFurniture, show);
}

QSize exportSize()
{
    const QSize size = QSettings().value(kExportSize, QSize(1600, 1000)).toSize();
    return size.isValid() && size.width() <= 16384 && size.height() <= 16384 ? size : QSize(1600, 1000);
}

void setExportSize(const QSize &size)
{
    QSettings().setValue(kExportSize, size);
}

QString exportFormat()
{
    const QString format = QSettings().value(kExportFormat, u"png"_s).toString();
    return kFormats.contains(format) ? format : u"png"_s;
}

void setExportFormat(const QString &format)
{
    QSettings().setValue(kExportFormat, kFormats.contains(format) ? format : u"png"_s);
}

QString libraryPath()
{
    return QSettings().value(kLibrary).toString();
}

void setLibraryPath(const QString &path)
{
    QSettings().setValue(kLibrary, path);
}

QStringList recentLibraries()
{
    QStringList recent = QSettings().value(kRecentLibraries).toStringList();
    recent.erase(
        std::remove_if(recent.begin(), recent.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
        recent.end());
    return recent;
}

void addRecentLibrary(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentLibraries).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentLibraries, recent.mid(0, kMaxRecent));
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray windowState()
{
    return QSettings().value(kWindowState).toByteArray();
}

void setWindowState(const QByteArray &state)
{
    QSettings().setValue(kWindowState, state);
}

QByteArray splitterState()
{
    return QSettings().value(kSplitter).toByteArray();
}

void setSplitterState(const QByteArray &state)
{
    QSettings().setValue(kSplitter, state);
}

int zoomSteps()
{
    return QSettings().value(kZoom, 0).toInt();
}

void setZoomSteps(int steps)
{
    QSettings().setValue(kZoom, steps);
}

qint64 lastCall(const QString &libraryPath)
{
    const QSettings settings;
    return settings.value(kSessionLibrary).toString() == libraryPath
               ? settings.value(kSessionCall).toLongLong()
               : 0;
}

void setLastCall(const QString &libraryPath, qint64 callId)
{
    QSettings settings;
    settings.setValue(kSessionLibrary, libraryPath);
    settings.setValue(kSessionCall, callId);
}

qint64 lastPair(const QString &libraryPath)
{
    const QSettings settings;
    return settings.value(kSessionPairLibrary).toString() == libraryPath
               ? settings.value(kSessionPair).toLongLong()
               : 0;
}

void setLastPair(const QString &libraryPath, qint64 pairId)
{
    QSettings settings;
    settings.setValue(kSessionPairLibrary, libraryPath);
    settings.setValue(kSessionPair, pairId);
}

QString highlightColour()
{
    return QSettings().value(kHighlightColour).toString();
}

void setHighlightColour(const QString &colour)
{
    QSettings().setValue(kHighlightColour, colour);
}

QString chartPane()
{
    return QSettings().value(kChartPane).toString();
}

void setChartPane(const QString &paneId)
{
    QSettings().setValue(kChartPane, paneId);
}

double chartExportScale(double fallback)
{
    bool ok = false;
    const double scale = QSettings().value(kChartExportScale).toDouble(&ok);
    return ok && scale >= 0.5 && scale <= 8 ? scale : fallback;
}

void setChartExportScale(double scale)
{
    QSettings().setValue(kChartExportScale, scale);
}

QString folder(Folder which)
{
    return QSettings().value(folderKey(which)).toString();
}

void setFolder(Folder which, const QString &path)
{
    QSettings().setValue(folderKey(which), path);
}

} // namespace AppSettings
