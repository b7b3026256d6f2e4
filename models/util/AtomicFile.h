#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a whole file or nothing. The bytes go to a temporary file in the target's folder,
// which replaces the target only once every byte is written, so a full disk or a write error
// leaves the earlier file (if any) as it was and no half-written file behind.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // On failure returns false and sets *why to the reason, without the path.
    static bool write(const QString &path, const QByteArray &bytes, QString *why);
};
