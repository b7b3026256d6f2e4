#include "util/AtomicFile.h"

#include <QSaveFile>

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *why = file.errorString();
        return false;
    }
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        // A short write (EFBIG, ENOSPC after some bytes) does not set the device's error.
        *why = file.error() != QFileDevice::NoError
                   ? file.errorString()
                   : tr("only %1 of %2 bytes could be written; the disk may be full")
                         .arg(qMax<qint64>(written, 0))
                         .arg(bytes.size());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}
