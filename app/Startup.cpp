#include "Startup.h"

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
    if (!store.open(isDefault ? defaultLibraryPath() : path, error))
        return false;
    if (isDefault && !store.isReadOnly() && !SampleLibrary::isInstalled(store))
        return SampleLibrary::install(store, error);
    return true;
}

} // namespace Startup
