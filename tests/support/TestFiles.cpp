#include "TestFiles.h"

#include <QDateTime>
#include <QFile>

bool setModifiedLater(const QString &path, int seconds)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTime().addSecs(seconds), QFileDevice::FileModificationTime);
}
