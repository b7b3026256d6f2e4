#include "annotations/AnnotationExport.h"

#include "annotations/AnnotationAnchoring.h"
#include "annotations/AnnotationRepository.h"
#include "calls/CallImporter.h"
#include "options/PutJson.h"
#include "options/PutScenarioRepository.h"
#include "store/LibraryStore.h"
#include "util/UntrustedText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString kFormatName = u"earnings-reader-annotations"_s;
constexpr int kFormatVersion = 1;

// The calls an export touches, read once.
class CallCache
{
public:
    explicit CallCache(const LibraryStore &store) : m_store(store) {}
    const CallRecord *call(qint64 id)
    {
        auto it = m_calls.find(id);
        if (it == m_calls.end()) {
            const auto record = m_store.call(id);
            if (!record)
                return nullptr;
            it = m_calls.insert(id, *record);
        }
        return &it.value();
    }

private:
    const LibraryStore &m_store;
    QHash<qint64, CallRecord> m_calls;
};

QString askerOf(const CallRecord &call, int question)
{
    const TurnRecord *turn = call.questionTurn(question);
    const SpeakerRecord *asker = turn ? call.speaker(turn->speakerId) : nullptr;
    if (!asker || asker->name.isEmpty())
        return {};
    return asker->firm.isEmpty() ? asker->name : u"%1, %2"_s.arg(asker->name, asker->firm);
}

QString stars(int rating)
{
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

QString markText(const QuestionMark &mark)
{
    QStringList parts;
    if (!mark.label.isEmpty())
        parts << mark.label;
    if (mark.rating > 0)
        parts << stars(mark.rating);
    return parts.join(u", "_s);
}

QString inlineCode(const QString &text)
{
    return text.contains(u'`') ? u"`` %1 ``"_s.arg(text) : u"`%1`"_s.arg(text);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The calls of the annotations in their order, then those that only have scenarios.
QList<qint64> callsInOrder(const QList<Annotation> &annotations, const QList<PutScenario> &scenarios)
{
    QList<qint64> order;
    QSet<qint64> seen;
    for (const Annotation &a : annotations) {
        if (!seen.contains(a.callId)) {
            seen.insert(a.callId);
            order.append(a.callId);
        }
    }
    for (const PutScenario &s : scenarios) {
        if (!seen.contains(s.callId)) {
            seen.insert(s.callId);
            order.append(s.callId);
        }
    }
    return order;
}

QString scenarioMarkdown(const PutScenario &scenario)
{
    const PutInputs &in = scenario.inputs;
    const PutResult result = PutCalculator::compute(in);
    QString md = u"### "_s +
                 (scenario.name.isEmpty() ? AnnotationExport::tr("Unnamed scenario") : scenario.name) +
                 u"\n\n"_s;
    md +=
        AnnotationExport::tr("Selling %n put contract(s) at %1 with the stock at %2, premium %3, traded %4, "
                             "expiring %5; %6.",
                             "", in.contracts)
            .arg(PutCalculator::money(in.strike), PutCalculator::money(in.price),
                 PutCalculator::perShare(in.premium), in.tradeDate.toString(Qt::ISODate),
                 in.expiry.toString(Qt::ISODate), PutCalculator::basisDescription(in.dayBasis)) +
        u"\n\n"_s;
    if (!result.ok())
        return md + result.error + u"\n\n"_s;
    for (const PutFigure &figure : PutCalculator::figures(in, result))
        md += u"- **%1:** %2 (%3)\n"_s.arg(figure.label, figure.display, figure.formula);
    md += u"\n"_s;
    return md;
}

} // namespace

std::optional<AnnotationExport::Format> AnnotationExport::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"md"_s || n == u"markdown"_s)
        return Format::Markdown;
    if (n == u"csv"_s)
        return Format::Csv;
    if (n == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

QString AnnotationExport::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return u"md"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::Json:
        return u"json"_s;
    }
    return {};
}

QByteArray AnnotationExport::write(Format format, const LibraryStore &store,
                                   const AnnotationRepository &repository,
                                   const QList<Annotation> &annotations, const QList<PutScenario> &scenarios)
{
    QSet<qint64> calls;
    for (const Annotation &a : annotations)
        calls.insert(a.callId);
    QList<QuestionMark> marks;
    for (const QuestionMark &m : repository.questionMarks()) {
        if (calls.contains(m.callId))
            marks.append(m);
    }
    switch (format) {
    case Format::Markdown:
        return toMarkdown(store, annotations, marks, scenarios);
    case Format::Csv:
        return toCsv(store, annotations);
    case Format::Json:
        return toJson(store, annotations, marks, scenarios);
    }
    return {};
}

QByteArray AnnotationExport::toMarkdown(const LibraryStore &store, const QList<Annotation> &annotations,
                                        const QList<QuestionMark> &marks, const QList<PutScenario> &scenarios)
{
    CallCache cache(store);
    // call -> question -> annotations; question 0 is outside the Q&A, -1 not placed.
    const QList<qint64> callOrder = callsInOrder(annotations, scenarios);
    QHash<qint64, QMap<int, QList<Annotation>>> grouped;
    for (const Annotation &a : annotations)
        grouped[a.callId][a.isPlaced() ? a.question : -1].append(a);
    QHash<qint64, QList<PutScenario>> scenariosOf;
    for (const PutScenario &scenario : scenarios)
        scenariosOf[scenario.callId].append(scenario);
    QHash<qint64, QMap<int, QuestionMark>> markOf;
    for (const QuestionMark &m : marks) {
        if (grouped.contains(m.callId))
            markOf[m.callId].insert(m.question, m);
    }

    QString md;
    if (callOrder.isEmpty())
        md += tr("_No annotations._") + u"\n"_s;
    for (const qint64 callId : std::as_const(callOrder)) {
        const CallRecord *call = cache.call(callId);
        md += u"# "_s + (call ? call->summary.title : tr("Call %1").arg(callId)) + u"\n\n"_s;
        if (call) {
            QStringList meta;
            if (!call->summary.companyName.isEmpty())
                meta << u"%1 (%2)"_s.arg(call->summary.companyName, call->summary.companyTicker);
            if (!call->summary.fiscalPeriod.isEmpty())
                meta << call->summary.fiscalPeriod;
            if (call->summary.callDate.isValid())
                meta << call->summary.callDate.toString(Qt::ISODate);
            if (!meta.isEmpty())
                md += meta.join(u" · "_s) + u"\n\n"_s;
        }
        QMap<int, QList<Annotation>> groups = grouped.value(callId);
        for (auto it = markOf.value(callId).cbegin(); it != markOf.value(callId).cend(); ++it) {
            if (!groups.contains(it.key()))
                groups.insert(it.key(), {});
        }
        // Outside the Q&A first, then Q1..Qn, then what could not be placed.
        QList<int> order = groups.keys();
        std::sort(order.begin(), order.end(), [](int a, int b) {
            const auto rank = [](int q) { return q < 0 ? std::numeric_limits<int>::max() : q; };
            return rank(a) < rank(b);
        });
        for (const int question : std::as_const(order)) {
            QString heading;
            if (question < 0) {
                heading = tr("Not placed (the call's text changed and the quote was not found)");
            } else if (question == 0) {
                heading = tr("Outside the Q&A");
            } else {
                heading = u"Q%1"_s.arg(question);
                if (const QString asker = call ? askerOf(*call, question) : QString(); !asker.isEmpty())
                    heading += u" · "_s + asker;
                const QuestionMark mark = markOf.value(callId).value(question);
                if (!mark.isEmpty())
                    heading += u" — "_s + markText(mark);
            }
            md += u"## "_s + heading + u"\n\n"_s;
            const QList<Annotation> &list = groups.value(question);
            if (list.isEmpty())
                md += tr("_No annotations._") + u"\n\n"_s;
            for (const Annotation &a : list) {
                for (const QString &line : a.quote.split(u'\n'))
                    md += u"> "_s + line + u"\n"_s;
                md += u"\n"_s;
                if (!a.note.isEmpty())
                    md += tr("**Note:** %1").arg(a.note) + u"\n\n"_s;
                if (!a.tags.isEmpty()) {
                    QStringList tags;
                    for (const QString &t : a.tags)
                        tags << inlineCode(t);
                    md += tr("**Tags:** %1").arg(tags.join(u", "_s)) + u"\n\n"_s;
                }
                if (!a.figures.isEmpty()) {
                    QStringList figures;
                    for (const FigureLink &f : a.figures)
                        figures << f.displayText();
                    md += tr("**Figures:** %1").arg(figures.join(u"; "_s)) + u"\n\n"_s;
                }
                QStringList by;
                by << (a.speaker.isEmpty() ? tr("(no speaker)") : a.speaker);
                by << a.colour;
                by << a.created.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
                md += u"— "_s + by.join(u" · "_s) + u"\n\n"_s;
            }
        }
        if (const QList<PutScenario> saved = scenariosOf.value(callId); !saved.isEmpty()) {
            md += u"## "_s + tr("Selling a put: saved scenarios") + u"\n\n"_s;
            for (const PutScenario &scenario : saved)
                md += scenarioMarkdown(scenario);
        }
    }
    return md.toUtf8();
}

QByteArray AnnotationExport::toCsv(const LibraryStore &store, const QList<Annotation> &annotations)
{
    CallCache cache(store);
    const QStringList header{u"uid"_s,      u"call_id"_s, u"call_title"_s, u"company"_s, u"fiscal_period"_s,
                             u"question"_s, u"speaker"_s, u"turn_id"_s,    u"start"_s,   u"end"_s,
                             u"quote"_s,    u"note"_s,    u"tags"_s,       u"colour"_s,  u"figures"_s,
                             u"placed"_s,   u"created"_s, u"modified"_s};
    QString csv = header.join(u',') + u"\r\n"_s;
    for (const Annotation &a : annotations) {
        const CallRecord *call = cache.call(a.callId);
        QStringList figures;
        for (const FigureLink &f : a.figures)
            figures << f.displayText();
        const QStringList row{a.uid,
                              QString::number(a.callId),
                              a.callTitle,
                              call ? call->summary.companyTicker : QString(),
                              call ? call->summary.fiscalPeriod : QString(),
                              a.question > 0 ? QString::number(a.question) : QString(),
                              a.speaker,
                              a.isPlaced() ? QString::number(a.turnId) : QString(),
                              QString::number(a.start),
                              QString::number(a.end),
                              a.quote,
                              a.note,
                              a.tags.join(u"; "_s),
                              a.colour,
                              figures.join(u"; "_s),
                              a.isPlaced() ? u"yes"_s : u"no"_s,
                              isoTime(a.created),
                              isoTime(a.modified)};
        QStringList fields;
        for (const QString &field : row)
            fields << UntrustedText::csvField(field);
        csv += fields.join(u',') + u"\r\n"_s;
    }
    // The byte order mark makes spreadsheet programs read the file as UTF-8, which matters
    // for Chinese quotes.
    return "\xEF\xBB\xBF" + csv.toUtf8();
}

QByteArray AnnotationExport::toJson(const LibraryStore &store, const QList<Annotation> &annotations,
                                    const QList<QuestionMark> &marks, const QList<PutScenario> &scenarios)
{
    CallCache cache(store);
    QJsonArray calls;
    for (const qint64 callId : callsInOrder(annotations, scenarios)) {
        const CallRecord *call = cache.call(callId);
        if (!call)
            continue;
        QJsonArray askers;
        for (int q = 1; q <= call->summary.questions; ++q) {
            const TurnRecord *turn = call->questionTurn(q);
            const SpeakerRecord *asker = turn ? call->speaker(turn->speakerId) : nullptr;
            askers.append(QJsonObject{{u"name"_s, asker ? asker->name : QString()},
                                      {u"firm"_s, asker ? asker->firm : QString()}});
        }
        calls.append(QJsonObject{
            {u"id"_s, call->summary.id},
            {u"content_hash"_s, QString::fromLatin1(CallImporter::contentHash(call->originalText))},
            {u"company"_s, call->summary.companyTicker},
            {u"company_name"_s, call->summary.companyName},
            {u"fiscal_period"_s, call->summary.fiscalPeriod},
            {u"call_date"_s,
             call->summary.callDate.isValid() ? call->summary.callDate.toString(Qt::ISODate) : QString()},
            {u"title"_s, call->summary.title},
            {u"file"_s, call->fileName},
            {u"askers"_s, askers},
            {u"original_text"_s, call->originalText},
        });
    }
    QJsonArray list;
    for (const Annotation &a : annotations) {
        QJsonArray tags;
        for (const QString &t : a.tags)
            tags.append(t);
        QJsonArray figures;
        for (const FigureLink &f : a.figures)
            figures.append(
                QJsonObject{{u"ticker"_s, f.ticker}, {u"quarter"_s, f.quarter}, {u"metric"_s, f.metric}});
        list.append(QJsonObject{
            {u"uid"_s, a.uid},
            {u"call"_s, a.callId},
            {u"turn"_s, a.isPlaced() ? QJsonValue(a.turnId) : QJsonValue()},
            {u"turn_ordinal"_s, a.isPlaced() ? QJsonValue(a.turnOrdinal) : QJsonValue()},
            {u"start"_s, a.start},
            {u"end"_s, a.end},
            {u"quote"_s, a.quote},
            {u"colour"_s, a.colour},
            {u"note"_s, a.note},
            {u"tags"_s, tags},
            {u"figures"_s, figures},
            {u"question"_s, a.question > 0 ? QJsonValue(a.question) : QJsonValue()},
            {u"speaker"_s, a.speaker},
            {u"created"_s, isoTime(a.created)},
            {u"modified"_s, isoTime(a.modified)},
        });
    }
    QJsonArray markList;
    for (const QuestionMark &m : marks) {
        markList.append(QJsonObject{{u"call"_s, m.callId},
                                    {u"question"_s, m.question},
                                    {u"label"_s, m.label},
                                    {u"rating"_s, m.rating}});
    }
    QJsonArray scenarioList;
    for (const PutScenario &scenario : scenarios)
        scenarioList.append(PutJson::scenario(scenario));
    const QJsonObject root{
        {u"format"_s, kFormatName},
        {u"version"_s, kFormatVersion},
        {u"exported_at"_s, isoTime(QDateTime::currentDateTimeUtc())},
        {u"calls"_s, calls},
        {u"annotations"_s, list},
        {u"question_marks"_s, markList},
        {u"put_scenarios"_s, scenarioList},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<AnnotationExport::ImportReport>
AnnotationExport::importJson(LibraryStore &store, AnnotationRepository &repository, const QByteArray &json,
                             const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error =
            tr("%1: not JSON (%2 at byte %3)").arg(fileName, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != kFormatName) {
        *error = tr("%1: not an Earnings Reader annotations export (no \"format\": \"%2\")")
                     .arg(fileName, kFormatName);
        return std::nullopt;
    }
    if (root.value("version"_L1).toInt() > kFormatVersion) {
        *error =
            tr("%1: written by a newer Earnings Reader (annotations format %2; this version reads up to %3)")
                .arg(fileName)
                .arg(root.value("version"_L1).toInt())
                .arg(kFormatVersion);
        return std::nullopt;
    }
    ImportReport report;
    QString why;
    const bool stored = store.inTransaction(
        [&](QString *failure) { return importInto(store, repository, root, fileName, &report, failure); },
        &why);
    if (!stored) {
        *error = why;
        // What this import added and announced is gone again.
        if (report.callsImported > 0)
            emit store.callsChanged();
        if (report.added > 0)
            emit repository.annotationsReset();
        return std::nullopt;
    }
    return report;
}

bool AnnotationExport::importInto(LibraryStore &store, AnnotationRepository &repository,
                                  const QJsonObject &root, const QString &fileName, ImportReport *result,
                                  QString *error)
{
    ImportReport &report = *result;
    // The file's call ids -> this library's.
    QHash<qint64, qint64> callIds;
    for (const QJsonValue &value : root.value("calls"_L1).toArray()) {
        const QJsonObject c = value.toObject();
        const qint64 theirId = c.value("id"_L1).toInteger();
        const QByteArray hash = c.value("content_hash"_L1).toString().toLatin1();
        if (const auto ours = store.callIdForHash(hash)) {
            callIds.insert(theirId, *ours);
            continue;
        }
        const QString text = c.value("original_text"_L1).toString();
        if (text.isEmpty()) {
            report.problems << tr("call \"%1\" is not in this library and the file does not carry its text")
                                   .arg(c.value("title"_L1).toString());
            continue;
        }
        CallMetadata meta;
        meta.companyTicker = c.value("company"_L1).toString();
        meta.companyName = c.value("company_name"_L1).toString();
        meta.fiscalPeriod = c.value("fiscal_period"_L1).toString();
        meta.callDate = QDate::fromString(c.value("call_date"_L1).toString(), Qt::ISODate);
        meta.title = c.value("title"_L1).toString();
        for (const QJsonValue &asker : c.value("askers"_L1).toArray())
            meta.questionAskers.append({asker["name"_L1].toString(), asker["firm"_L1].toString()});
        CallImporter importer(store);
        const QString file = c.value("file"_L1).toString();
        const CallImporter::Outcome outcome =
            importer.importBytes(text.toUtf8(), file.isEmpty() ? meta.title : file, meta);
        if (outcome.ok || outcome.duplicate) {
            callIds.insert(theirId, outcome.callId);
            report.callsImported += outcome.ok ? 1 : 0;
        } else {
            report.problems << outcome.error;
        }
    }

    CallCache cache(store);
    QHash<qint64, QList<AnnotationAnchoring::TurnText>> turnsOf;
    QSet<QString> uids;
    QList<Annotation> toAdd;
    QHash<qint64, int> skippedForCall;
    for (const QJsonValue &value : root.value("annotations"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        Annotation a;
        a.uid = o.value("uid"_L1).toString();
        if (a.uid.isEmpty()) {
            report.problems << tr("an annotation of call %1 has no uid; not imported")
                                   .arg(o.value("call"_L1).toInteger());
            continue;
        }
        if (uids.contains(a.uid) || repository.annotationByUid(a.uid)) {
            ++report.duplicates;
            continue;
        }
        const qint64 theirCall = o.value("call"_L1).toInteger();
        if (!callIds.contains(theirCall)) {
            ++skippedForCall[theirCall];
            continue;
        }
        a.callId = callIds.value(theirCall);
        a.start = o.value("start"_L1).toInt();
        a.end = o.value("end"_L1).toInt();
        a.quote = o.value("quote"_L1).toString();
        a.colour = o.value("colour"_L1).toString();
        a.note = o.value("note"_L1).toString();
        for (const QJsonValue &t : o.value("tags"_L1).toArray())
            a.tags << t.toString();
        bool linksValid = true;
        for (const QJsonValue &f : o.value("figures"_L1).toArray()) {
            const FigureLink link{f["ticker"_L1].toString(), f["quarter"_L1].toString(),
                                  f["metric"_L1].toString()};
            linksValid = linksValid && UntrustedText::isTicker(link.ticker) &&
                         UntrustedText::isFiscalQuarter(link.quarter);
            a.figures.append(link);
        }
        if (!linksValid) {
            report.problems << tr("annotation %1 links to a figure that is not a ticker and a fiscal quarter "
                                  "(expected NVDA FY2025Q4); not imported")
                                   .arg(a.uid);
            continue;
        }
        a.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(o.value("modified"_L1).toString(), Qt::ISODateWithMs);

        if (!turnsOf.contains(a.callId)) {
            const CallRecord *call = cache.call(a.callId);
            turnsOf.insert(a.callId, call ? AnnotationAnchoring::turnTexts(*call)
                                          : QList<AnnotationAnchoring::TurnText>());
        }
        const QList<AnnotationAnchoring::TurnText> &turns = turnsOf[a.callId];
        const QJsonValue ordinal = o.value("turn_ordinal"_L1);
        const AnnotationAnchoring::OldAnchor old{ordinal.isDouble() ? ordinal.toInt() : -1, a.start};
        const AnnotationAnchoring::Placement p = AnnotationAnchoring::place(a.quote, old, turns);
        if (p.turnId) {
            a.turnId = p.turnId;
            a.start = p.start;
            a.end = p.end;
            for (const auto &t : turns) {
                if (t.id == p.turnId)
                    a.quote = t.text.mid(p.start, p.end - p.start);
            }
        } else {
            ++report.unplaced;
        }
        uids.insert(a.uid);
        toAdd.append(a);
    }
    for (auto it = skippedForCall.cbegin(); it != skippedForCall.cend(); ++it)
        report.problems
            << tr("%n annotation(s) of call %1 were not imported: the call is not in this library", "",
                  it.value())
                   .arg(it.key());

    if (!toAdd.isEmpty()) {
        QString why;
        if (!repository.addImported(toAdd, &why)) {
            *error = tr("%1: could not be stored: %2").arg(fileName, why);
            return false;
        }
    }
    report.added = int(toAdd.size());

    for (const QJsonValue &value : root.value("question_marks"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        const qint64 theirCall = o.value("call"_L1).toInteger();
        if (!callIds.contains(theirCall))
            continue;
        QuestionMark mark{callIds.value(theirCall), o.value("question"_L1).toInt(),
                          o.value("label"_L1).toString(), o.value("rating"_L1).toInt()};
        // The reader's own mark in this library wins over the file's.
        if (mark.isEmpty() || !repository.questionMark(mark.callId, mark.question).isEmpty())
            continue;
        QString why;
        if (!repository.setQuestionMark(mark, &why)) {
            report.problems << tr("Q%1 of call %2: %3").arg(mark.question).arg(mark.callId).arg(why);
            continue;
        }
        ++report.marks;
    }

    PutScenarioRepository scenarioRepository(&store);
    for (const QJsonValue &value : root.value("put_scenarios"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        const QString name = o.value("name"_L1).toString();
        QString why;
        std::optional<PutScenario> scenario = PutJson::readScenario(o, &why);
        if (!scenario) {
            report.problems << tr("put scenario \"%1\": %2; not imported").arg(name, why);
            continue;
        }
        if (!callIds.contains(scenario->callId))
            continue; // the call's own problem is reported above
        scenario->callId = callIds.value(scenario->callId);
        // The same scenario saved at the same time is the one this library already has.
        const QList<PutScenario> existing = scenarioRepository.scenarios(scenario->callId);
        const bool duplicate = std::any_of(existing.cbegin(), existing.cend(), [&](const PutScenario &e) {
            return e.name == scenario->name && e.created == scenario->created;
        });
        if (duplicate) {
            ++report.duplicates;
            continue;
        }
        if (!scenarioRepository.add(*scenario, &why)) {
            *error = tr("%1: could not be stored: %2").arg(fileName, why);
            return false;
        }
        ++report.scenarios;
    }
    return true;
}
