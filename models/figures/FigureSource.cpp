#include "figures/FigureSource.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

enum class Kind { Filings, Call, SecFiling, Article, Other };

struct Filing
{
    QString form;
    QString filed; // ISO date
};

// One stored source taken apart.
struct Parsed
{
    Kind kind = Kind::Other;
    QString documents;     // Filings: "press release and 10-Q/10-K"
    FiscalQuarter quarter; // Filings, Call
    QList<Filing> filings; // SecFiling
    QString text;          // Other: the source without repository references
};

QString both(const QString &a, const QString &b)
{
    return FigureSource::tr("%1 and %2").arg(a, b);
}

QString joined(const QStringList &parts)
{
    QString result = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        result = both(result, parts.at(i));
    return result;
}

QString documentName(QString file)
{
    file = file.trimmed();
    file.remove(QRegularExpression(u"\\.(html?|pdf|txt)$"_s, QRegularExpression::CaseInsensitiveOption));
    if (file.compare(u"press-release"_s, Qt::CaseInsensitive) == 0)
        return FigureSource::tr("press release");
    return file;
}

Parsed parse(const QString &source)
{
    static const QRegularExpression filingsPath(
        u"\\S+/\\S+@[0-9a-f]{6,40}\\s+\\S*filings/FY(\\d{4})/Q([1-4])/\\s*([^()]*)"_s);
    static const QRegularExpression call(u"^Q([1-4]) FY(\\d{4}) call\\b"_s);
    static const QRegularExpression secFiling(
        u"\\b(10-Q|10-K|8-K|20-F|40-F|6-K)(/A)?\\b\\D*(\\d{4}-\\d{2}-\\d{2})"_s);
    static const QRegularExpression repository(
        u"\\S+/\\S+@[0-9a-f]{6,40}(\\s+\\S+/\\S+)?|\\([^()]*\\brepo\\b[^()]*\\)"_s);
    Parsed parsed;
    const QString text = source.simplified();
    if (const auto m = filingsPath.match(text); m.hasMatch()) {
        parsed.kind = Kind::Filings;
        parsed.quarter = {m.captured(1).toInt(), m.captured(2).toInt()};
        QStringList documents;
        for (const QString &file : m.captured(3).split(u'+', Qt::SkipEmptyParts))
            documents << documentName(file);
        parsed.documents = joined(documents);
        return parsed;
    }
    if (const auto m = call.match(text); m.hasMatch()) {
        parsed.kind = Kind::Call;
        parsed.quarter = {m.captured(2).toInt(), m.captured(1).toInt()};
        return parsed;
    }
    if (text.startsWith(u"built-in article"_s)) {
        parsed.kind = Kind::Article;
        return parsed;
    }
    for (auto it = secFiling.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Filing filing{m.captured(1) + m.captured(2), m.captured(3)};
        if (!std::any_of(parsed.filings.cbegin(), parsed.filings.cend(),
                         [&](const Filing &f) { return f.form == filing.form && f.filed == filing.filed; }))
            parsed.filings.append(filing);
    }
    if (!parsed.filings.isEmpty()) {
        parsed.kind = Kind::SecFiling;
        return parsed;
    }
    parsed.text = QString(text).remove(repository).simplified();
    return parsed;
}

QString articleText()
{
    return FigureSource::tr("the article that comes with the sample call");
}

} // namespace

QString FigureSource::readable(const Figure &figure)
{
    const Parsed parsed = parse(figure.source);
    switch (parsed.kind) {
    case Kind::Filings:
        return tr("%1 %2 for %3").arg(figure.company, parsed.documents, parsed.quarter.toString());
    case Kind::Call:
        return tr("%1 earnings call for %2").arg(figure.company, parsed.quarter.toString());
    case Kind::Article:
        return articleText();
    case Kind::SecFiling: {
        QStringList filings;
        for (const Filing &f : parsed.filings)
            filings << tr("%1, filed %2").arg(f.form, f.filed);
        return tr("%1 %2").arg(figure.company, joined(filings));
    }
    case Kind::Other:
        break;
    }
    return parsed.text.isEmpty() ? tr("not given") : parsed.text;
}

QString FigureSource::summary(const QList<Figure> &figures)
{
    // Each kind of document once per company, in the order first met, with its span.
    struct Group
    {
        Kind kind;
        QString company;
        QString documents;
        FiscalQuarter first, last;
        QStringList forms;
        QString firstFiled, lastFiled;
        QString text;
    };
    QList<Group> groups;
    for (const Figure &figure : figures) {
        if (figure.source.trimmed().isEmpty())
            continue;
        const Parsed parsed = parse(figure.source);
        if (parsed.kind == Kind::Other && parsed.text.isEmpty())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.kind == parsed.kind && g.company == figure.company && g.documents == parsed.documents &&
                   g.text == parsed.text;
        });
        if (group == groups.end()) {
            groups.append({parsed.kind,
                           figure.company,
                           parsed.documents,
                           parsed.quarter,
                           parsed.quarter,
                           {},
                           {},
                           {},
                           parsed.text});
            group = groups.end() - 1;
        }
        if (parsed.quarter.isValid()) {
            group->first = std::min(group->first, parsed.quarter);
            group->last = std::max(group->last, parsed.quarter);
        }
        for (const Filing &f : parsed.filings) {
            if (!group->forms.contains(f.form))
                group->forms.append(f.form);
            if (group->firstFiled.isEmpty() || f.filed < group->firstFiled)
                group->firstFiled = f.filed;
            if (f.filed > group->lastFiled)
                group->lastFiled = f.filed;
        }
    }
    QStringList parts;
    for (const Group &g : std::as_const(groups)) {
        const QString span = g.first == g.last ? g.first.toString()
                                               : tr("%1 to %2").arg(g.first.toString(), g.last.toString());
        switch (g.kind) {
        case Kind::Filings:
            parts << tr("%1 %2 for %3").arg(g.company, g.documents, span);
            break;
        case Kind::Call:
            parts << (g.first == g.last ? tr("%1 earnings call for %2") : tr("%1 earnings calls for %2"))
                         .arg(g.company, span);
            break;
        case Kind::Article:
            parts << articleText();
            break;
        case Kind::SecFiling:
            parts << (g.firstFiled == g.lastFiled
                          ? tr("%1 %2, filed %3").arg(g.company, joined(g.forms), g.firstFiled)
                          : tr("%1 %2 filings, filed %3 to %4")
                                .arg(g.company, joined(g.forms), g.firstFiled, g.lastFiled));
            break;
        case Kind::Other:
            // Words whoever recorded the figure wrote, in their language: quoted as such.
            parts << tr("“%1”").arg(g.text);
            break;
        }
    }
    return parts.join(u"; "_s);
}
