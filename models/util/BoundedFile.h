#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cerrno>
#include <optional>
#include <unistd.h>

// The whole of a file someone named for an import. Only a regular file is read: a FIFO would
// block and a device such as /dev/zero never ends. The bound is on the bytes actually read,
// because stat() reports 0 for files such as /proc/self/pagemap that go on and on.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    // On failure returns nullopt and sets *error to what the path is, with the path.
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error)
    {
        const QString shown = QDir::toNativeSeparators(path);
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = tr("%1: no such file").arg(shown);
            return std::nullopt;
        }
        if (info.isDir()) {
            *error = tr("%1 is a folder, not a file").arg(shown);
            return std::nullopt;
        }
        if (!info.isFile()) {
            *error = tr("%1 is not a regular file (a pipe, a device or a socket); only files can be read")
                         .arg(shown);
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            *error = tr("%1: cannot read the file (%2)").arg(shown, file.errorString());
            return std::nullopt;
        }
        QByteArray bytes;
        char chunk[64 * 1024];
        for (;;) {
            const ssize_t got = ::read(file.handle(), chunk, sizeof chunk);
            if (got < 0) {
                *error = tr("%1: cannot read the file (%2)").arg(shown, qt_error_string(errno));
                return std::nullopt;
            }
            if (got == 0)
                return bytes;
            if (bytes.size() + got > maxBytes) {
                *error = tr("%1: the file is larger than %2 MB").arg(shown).arg(maxBytes / (1024 * 1024));
                return std::nullopt;
            }
            bytes.append(chunk, got);
        }
    }
};
