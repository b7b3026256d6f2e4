#include "pairing/LatinTerms.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool startsSentence(const QString &text, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u'(' || c == u'“')
            continue;
        return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';' || c == u'-' || c == u'—';
    }
    return true;
}

} // namespace

QMap<QString, QString> extractLatinTerms(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z][A-Za-z0-9]*(?:[.+\\-][A-Za-z0-9]+)*"_s);
    QMap<QString, QString> terms;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString term = m.captured();
        if (term.size() < 2)
            continue;
        const bool hasDigit = std::any_of(term.begin(), term.end(), [](QChar c) { return c.isDigit(); });
        const bool innerCapital =
            std::any_of(term.begin() + 1, term.end(), [](QChar c) { return c.isUpper(); });
        const qsizetype at = m.capturedStart();
        const QChar before = at > 0 ? text.at(at - 1) : QChar();
        const bool besideChinese =
            before.script() == QChar::Script_Han ||
            (m.capturedEnd() < text.size() && text.at(m.capturedEnd()).script() == QChar::Script_Han);
        const bool nameLike = term.front().isUpper() && !startsSentence(text, at);
        if (hasDigit || innerCapital || besideChinese || nameLike) {
            const QString key = term.toCaseFolded();
            if (!terms.contains(key))
                terms.insert(key, term);
        }
    }
    return terms;
}
