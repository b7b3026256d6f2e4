#include "text/FoldingCache.h"

#include "util/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstring>

using namespace Qt::StringLiterals;

namespace FoldingCache {
namespace {
constexpr QByteArrayView kMagic = "ERFOLD01";
constexpr qsizetype kTableBytes = 0x10000 * 2;
constexpr qsizetype kSignatureBytes = 16;
constexpr qsizetype kChecksumBytes = 20; // SHA-1

QByteArray checksum(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}
} // namespace

QByteArray key(QByteArrayView rulesVersion)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(rulesVersion);
    hash.addData(QByteArrayView(ER_OPENCC_VERSION));
    hash.addData(QByteArrayView(qVersion()));
    return hash.result().toHex().left(16);
}

QString path(const QByteArray &key)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(u"earnings-reader/search-folding-%1.bin"_s.arg(QString::fromLatin1(key)));
}

std::optional<Table> load(const QString &path, const QByteArray &key)
{
    QFile file(path);
    const qsizetype expected = kMagic.size() + key.size() + kTableBytes + kSignatureBytes + kChecksumBytes;
    if (!file.open(QIODevice::ReadOnly) || file.size() != expected)
        return std::nullopt;
    const QByteArray bytes = file.read(expected);
    const QByteArrayView body = QByteArrayView(bytes).first(expected - kChecksumBytes);
    if (bytes.size() != expected || !bytes.startsWith(kMagic) ||
        QByteArrayView(bytes).sliced(kMagic.size(), key.size()) != key ||
        checksum(body) != QByteArrayView(bytes).last(kChecksumBytes))
        return std::nullopt;
    Table table;
    table.bmp.resize(0x10000);
    const qsizetype tableAt = kMagic.size() + key.size();
    std::memcpy(table.bmp.data(), bytes.constData() + tableAt, size_t(kTableBytes));
    table.signature = bytes.mid(tableAt + kTableBytes, kSignatureBytes);
    return table;
}

void save(const QString &path, const QByteArray &key, const Table &table)
{
    if (table.bmp.size() != 0x10000 || table.signature.size() != kSignatureBytes)
        return;
    QByteArray bytes = kMagic.toByteArray() + key;
    bytes.append(reinterpret_cast<const char *>(table.bmp.data()), kTableBytes);
    bytes.append(table.signature);
    bytes.append(checksum(bytes));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    AtomicFile::write(path, bytes, &error);
}

} // namespace FoldingCache
