#include "pairing/NameMap.h"

#include "text/SearchText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NameMap", text);
}

bool isLatinWordCharacter(QChar c)
{
    return c.isDigit() || (c.isLetter() && c.script() == QChar::Script_Latin);
}

// A Latin alias inside a longer word ("Citi" in "Citizens") is not a mention of it.
bool standsAlone(const QString &text, qsizetype start, qsizetype length)
{
    const bool latinStart = isLatinWordCharacter(text.at(start));
    const bool latinEnd = isLatinWordCharacter(text.at(start + length - 1));
    if (latinStart && start > 0 && isLatinWordCharacter(text.at(start - 1)))
        return false;
    if (latinEnd && start + length < text.size() && isLatinWordCharacter(text.at(start + length)))
        return false;
    return true;
}

} // namespace

QString NameMap::userFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"name-map.json"_s);
}

NameMap NameMap::standard(QString *error)
{
    NameMap map;
    QString why;
    if (!map.addFile(u":/pairing/name-map.json"_s, &why) && error)
        *error = why;
    const QString user = userFilePath();
    if (QFile::exists(user) && !map.addFile(user, &why) && error)
        *error = why;
    return map;
}

bool NameMap::addFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the name map %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!addJson(file.readAll(), error)) {
        *error = tr("Name map %1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool NameMap::addJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (!doc.isObject() || !doc.object().value(u"entries"_s).isArray()) {
        *error = tr("expected an object with an \"entries\" list");
        return false;
    }
    const QJsonArray entries = doc.object().value(u"entries"_s).toArray();
    for (const QJsonValue &value : entries) {
        const QString name = value[u"name"_s].toString().trimmed();
        if (name.isEmpty())
            continue;
        int index = lookUp(name);
        if (index < 0) {
            index = int(m_entries.size());
            m_entries.append({name, value[u"kind"_s].toString(), {}});
            addAlias(name, index);
        }
        for (const QJsonValue &alias : value[u"aliases"_s].toArray()) {
            const QString text = alias.toString().trimmed();
            if (!text.isEmpty()) {
                m_entries[index].aliases.append(text);
                addAlias(text, index);
            }
        }
    }
    std::stable_sort(m_aliases.begin(), m_aliases.end(),
                     [](const Alias &a, const Alias &b) { return a.folded.size() > b.folded.size(); });
    return true;
}

void NameMap::addAlias(const QString &alias, int entry)
{
    m_aliases.append({SearchText::normalise(alias), entry});
}

int NameMap::lookUp(const QString &name) const
{
    const QString folded = SearchText::normalise(name.trimmed());
    for (const Alias &alias : m_aliases) {
        if (alias.folded == folded)
            return alias.entry;
    }
    return -1;
}

QList<NameMap::Mention> NameMap::find(const QString &text) const
{
    const QString folded = SearchText::normalise(text);
    QList<bool> taken(folded.size(), false);
    QList<Mention> mentions;
    for (const Alias &alias : m_aliases) {
        for (qsizetype at = folded.indexOf(alias.folded); at >= 0;
             at = folded.indexOf(alias.folded, at + 1)) {
            const qsizetype end = at + alias.folded.size();
            if (!standsAlone(folded, at, alias.folded.size()) ||
                std::any_of(taken.begin() + at, taken.begin() + end, [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            mentions.append({alias.entry, int(at), int(alias.folded.size())});
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return mentions;
}
