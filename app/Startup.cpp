#include "Startup.h"

#include "sample/SampleLibrary.h"
#include "settings/AppSettings.h"
#include "store/LibraryCheckRecord.h"
#include "store/LibraryStore.h"
#include "util/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Startup {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"EarningsReader"_s);
    QCoreApplication::setApplicationName(u"earnings-reader"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ER_VERSION));
}

bool applyLanguage(const QString &language, QTextStream &err)
{
    const QString chosen = language.isEmpty() ? AppSettings::language() : language;
    if (!chosen.isEmpty() && !AppSettings::availableLanguages().contains(chosen)) {
        err << QCoreApplication::translate("GuiLauncher", "--language must be one of %1")
                   .arg(AppSettings::availableLanguages().join(u", "_s))
            << Qt::endl;
        return false;
    }
    LanguageManager::instance().apply(chosen);
    return true;
}

QString defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"library.sqlite"_s);
}

bool openLibrary(LibraryStore &store, const QString &path, QString *error)
{
    // The library chosen in the settings stands in for the default one, but like any file
    // the user names it is not filled with the sample.
    const QString chosen = path.isEmpty() ? AppSettings::libraryPath() : path;
    const bool isDefault = chosen.isEmpty();
    const QString file = isDefault ? defaultLibraryPath() : chosen;
    if (!store.open(file, error, LibraryCheckRecord::checkNeeded(file)))
        return false;
    if (isDefault && !store.isReadOnly() && !SampleLibrary::isInstalled(store))
        return SampleLibrary::install(store, error);
    return true;
}

void closeLibrary(LibraryStore &store)
{
    LibraryCheckRecord::closeAndRecord(store);
}

} // namespace Startup
