#include "util/AtomicFile.h"

#include <QSaveFile>

#include <cerrno>
#include <unistd.h>

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    // Unbuffered: a full disk then shows in write() with the count of bytes that fit, rather
    // than in a flush whose error Qt reports as "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
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
    // QSaveFile::commit() renames over the target even when its flush or its sync to disk
    // fails: a small export on a full disk replaced the earlier file with an empty one.
    const bool flushed = file.flush();
    const int syncError = flushed && ::fsync(file.handle()) != 0 ? errno : 0;
    if (!flushed || syncError != 0) {
        const QString reason = flushed ? qt_error_string(syncError) : file.errorString();
        *why = tr("%1; the disk may be full").arg(reason);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}
