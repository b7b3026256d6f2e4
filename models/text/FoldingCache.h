#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// The search folding table (SearchText) costs tens of milliseconds of OpenCC and Unicode
// look-ups to build, which a short command-line call would spend on every start. It depends
// only on the folding rules, OpenCC and Qt's Unicode tables, so it is kept in the user's cache
// folder under a key naming those versions, with a checksum: a file that does not match in
// every byte is ignored and written anew.
namespace FoldingCache {

struct Table
{
    std::vector<char16_t> bmp; // 0x10000 entries
    QByteArray signature;      // 16 hex digits
};

// The key for this build's rules and the running OpenCC and Qt.
QByteArray key(QByteArrayView rulesVersion);
QString path(const QByteArray &key);
std::optional<Table> load(const QString &path, const QByteArray &key);
// Best effort: a cache that cannot be written only costs the next start its time.
void save(const QString &path, const QByteArray &key, const Table &table);

} // namespace FoldingCache
