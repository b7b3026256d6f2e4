#include "transcript/SpeakerIdentity.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QStringList words(const QString &name)
{
    QStringList out;
    for (const QString &word : name.toLower().split(u' ', Qt::SkipEmptyParts)) {
        QString letters;
        for (QChar c : word)
            if (c.isLetterOrNumber())
                letters.append(c);
        if (!letters.isEmpty())
            out.append(letters);
    }
    for (qsizetype i = out.size() - 2; i >= 1; --i)
        if (out.at(i).size() == 1)
            out.removeAt(i);
    return out;
}

// "Tim" and "Timothy", "Joe" and "Joseph", "Kash" and "Kasthuri": a short form shares the
// start of the full name. "Jessie" and "Jason" share only a letter: two people.
bool sameGivenName(const QString &a, const QString &b)
{
    if (a.startsWith(b) || b.startsWith(a))
        return true;
    qsizetype common = 0;
    while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
        ++common;
    return common >= 2 && std::min(a.size(), b.size()) <= 4;
}

} // namespace

QString SpeakerIdentity::key(const QString &name)
{
    return words(name).join(QString());
}

bool SpeakerIdentity::samePerson(const QString &a, const QString &b)
{
    const QStringList x = words(a);
    const QStringList y = words(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    if (x.size() < 2 || y.size() < 2 || x.last() != y.last())
        return false;
    return sameGivenName(x.first(), y.first());
}
