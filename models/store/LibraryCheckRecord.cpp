#include "store/LibraryCheckRecord.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kRecheckAfterDays = 7;

struct Record
{
    qint64 size = -1;
    qint64 modified = -1; // ms since the epoch, UTC
    QDateTime checked;
};

// Settings keys cannot hold a path's slashes; a hash of the absolute path stands for it.
QString keyFor(const QString &path)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return u"LibraryChecks/"_s +
           QString::fromLatin1(QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex());
}

Record current(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch(), {}};
}

Record stored(const QString &path)
{
    const QStringList parts = QSettings().value(keyFor(path)).toString().split(u' ');
    if (parts.size() != 3)
        return {};
    return {parts.at(0).toLongLong(), parts.at(1).toLongLong(),
            QDateTime::fromMSecsSinceEpoch(parts.at(2).toLongLong(), Qt::UTC)};
}

bool hasLeftoverLog(const QString &path)
{
    return QFileInfo::exists(path + u"-wal"_s);
}

} // namespace

namespace LibraryCheckRecord {

LibraryStore::Check checkNeeded(const QString &path)
{
    const Record was = stored(path);
    const Record now = current(path);
    const bool unchanged = was.size >= 0 && was.size == now.size && was.modified == now.modified;
    const bool recent =
        was.checked.isValid() && was.checked.daysTo(QDateTime::currentDateTimeUtc()) < kRecheckAfterDays;
    return unchanged && recent && !hasLeftoverLog(path) ? LibraryStore::Check::SchemaOnly
                                                        : LibraryStore::Check::Full;
}

void closeAndRecord(LibraryStore &store)
{
    const QString path = store.path();
    // An open store was checked when opened, created, or trusted by its record.
    const bool sound = store.isOpen();
    const bool damaged = !store.damage().isEmpty();
    const QDateTime checked = store.wasFullyChecked() || store.wasCreated() ? QDateTime::currentDateTimeUtc()
                                                                            : stored(path).checked;
    store.close();
    if (damaged) {
        // The next open reads every page again.
        QSettings().remove(keyFor(path));
        return;
    }
    if (!sound || hasLeftoverLog(path))
        return;
    const Record now = current(path);
    if (now.size < 0)
        return;
    const QString record = u"%1 %2 %3"_s.arg(now.size).arg(now.modified).arg(checked.toMSecsSinceEpoch());
    // Most sessions only read: rewriting the settings file each time would cost every command.
    QSettings settings;
    if (settings.value(keyFor(path)).toString() != record)
        settings.setValue(keyFor(path), record);
}

} // namespace LibraryCheckRecord
