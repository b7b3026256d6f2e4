#include "TestFiles.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

bool setModifiedLater(const QString &path, int seconds)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTime().addSecs(seconds), QFileDevice::FileModificationTime);
}

bool overwriteAfterFirstPage(const QString &path, quint32 seed)
{
    constexpr qint64 kPage = 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() <= kPage)
        return false;
    QRandomGenerator random(seed);
    QByteArray noise(int(file.size() - kPage), '\0');
    for (char &c : noise)
        c = char(random.bounded(256));
    return file.seek(kPage) && file.write(noise) == noise.size();
}
