#include "util/AppSettings.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kLanguage = u"Interface/language"_s;
const QString kFontFamily = u"Transcript/fontFamily"_s;
const QString kFontSize = u"Transcript/fontSize"_s;
const QString kScript = u"Transcript/script"_s;
const QString kExportSize = u"Export/size"_s;
const QString kExportFormat = u"Export/format"_s;
const QString kLibrary = u"Library/path"_s;
const QString kRecentLibraries = u"Library/recent"_s;

constexpr int kDefaultFontSize = 12;
constexpr int kMaxRecent = 8;
const QStringList kFormats{u"png"_s, u"svg"_s, u"pdf"_s};
} // namespace

namespace AppSettings {

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

QFont transcriptFont()
{
    QSettings settings;
    QFont font;
    const QString family = settings.value(kFontFamily).toString();
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSize(qBound(6, settings.value(kFontSize, kDefaultFontSize).toInt(), 48));
    return font;
}

void setTranscriptFont(const QFont &font)
{
    QSettings settings;
    settings.setValue(kFontFamily, font.family());
    settings.setValue(kFontSize, font.pointSize() > 0 ? font.pointSize() : kDefaultFontSize);
}

Script script()
{
    const QString value = QSettings().value(kScript).toString();
    if (value == u"traditional"_s)
        return Script::Traditional;
    if (value == u"simplified"_s)
        return Script::Simplified;
    return Script::AsStored;
}

void setScript(Script script)
{
    QSettings().setValue(kScript, script == Script::Traditional  ? u"traditional"_s
                                  : script == Script::Simplified ? u"simplified"_s
                                                                 : u"stored"_s);
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

} // namespace AppSettings
