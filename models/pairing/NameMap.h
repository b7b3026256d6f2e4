#pragma once

#include <QList>
#include <QString>

// The Chinese and English names of the people and firms of earnings calls, as data: the
// app's built-in list (resources/pairing/name-map.json) extended by the user's own file of
// the same shape. Names are compared in SearchText's folded form, so 瑞銀 finds 瑞银 and
// "JENSEN" finds "Jensen".
class NameMap
{
public:
    struct Entry
    {
        QString name; // the canonical (English) name shown as evidence
        QString kind; // "executive", "analyst" or "firm"
        QStringList aliases;
    };
    struct Mention
    {
        int entry = -1;
        int start = 0; // in the text searched
        int length = 0;
    };

    // Where the user's additions live: name-map.json in the app's data folder.
    static QString userFilePath();
    // The built-in list and, when it exists, the user's file.
    static NameMap standard(QString *error = nullptr);

    // Adds the entries of a JSON document; an entry whose name is known adds its aliases.
    bool addJson(const QByteArray &json, QString *error);
    bool addFile(const QString &path, QString *error);

    int size() const { return int(m_entries.size()); }
    const Entry &entry(int index) const { return m_entries.at(index); }

    // The entry a whole name stands for, or -1.
    int lookUp(const QString &name) const;
    // Every alias found in the text, longest first where two overlap. Latin aliases match
    // whole words only.
    QList<Mention> find(const QString &text) const;

private:
    void addAlias(const QString &alias, int entry);

    QList<Entry> m_entries;
    struct Alias
    {
        QString folded;
        int entry;
    };
    QList<Alias> m_aliases; // longest first
};
