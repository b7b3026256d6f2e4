#include "Startup.h"

#include "LibraryCheckRecord.h"
#include "LibraryStore.h"
#include "SampleLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Startup {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"EarningsReader"_s);
    QCoreApplication::setApplicationName(u"earnings-reader"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ER_VERSION));
}

QString defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"library.sqlite"_s);
}

bool openLibrary(LibraryStore &store, const QString &path, QString *error)
{
    const bool isDefault = path.isEmpty();
    const QString file = isDefault ? defaultLibraryPath() : path;
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
