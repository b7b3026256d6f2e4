#include "annotations/AnnotationRepository.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kSelect =
    u"SELECT a.id, a.uid, a.call_id, coalesce(a.turn_id, 0), a.start_offset, a.end_offset, a.quote, a.colour,"
    " a.note, a.created_at, a.modified_at, c.title, coalesce(s.name, ''), coalesce(t.question, 0),"
    " coalesce(t.ordinal, -1)"
    " FROM annotations a JOIN calls c ON c.id = a.call_id"
    " LEFT JOIN turns t ON t.id = a.turn_id LEFT JOIN speakers s ON s.id = t.speaker_id"_s;

// Unplaced annotations sort after the placed ones of their call.
const QString kOrder = u" ORDER BY a.call_id, a.turn_id IS NULL, t.ordinal, a.start_offset, a.id"_s;

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : isoNow();
}

QVariant turnValue(qint64 turnId)
{
    return turnId ? QVariant(turnId) : QVariant(QMetaType(QMetaType::LongLong));
}

bool removeUnusedTags(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)"_s);
    return execPrepared(query, error);
}

} // namespace

AnnotationRepository::AnnotationRepository(LibraryStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{}

QList<Annotation> AnnotationRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Annotation> result;
    const QSqlDatabase db = m_store->database();
    QSqlQuery query(db);
    query.prepare(kSelect + where + kOrder);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return result;
    QHash<qint64, int> rowOf;
    while (query.next()) {
        Annotation a;
        a.id = query.value(0).toLongLong();
        a.uid = query.value(1).toString();
        a.callId = query.value(2).toLongLong();
        a.turnId = query.value(3).toLongLong();
        a.start = query.value(4).toInt();
        a.end = query.value(5).toInt();
        a.quote = query.value(6).toString();
        a.colour = query.value(7).toString();
        a.note = query.value(8).toString();
        a.created = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        a.callTitle = query.value(11).toString();
        a.speaker = query.value(12).toString();
        a.question = query.value(13).toInt();
        a.turnOrdinal = query.value(14).toInt();
        rowOf.insert(a.id, int(result.size()));
        result.append(a);
    }
    if (result.isEmpty())
        return result;

    // Tags and links of the selected rows; the id list is bound through json_each so that
    // the statement stays prepared whatever the number of rows.
    QStringList ids;
    ids.reserve(result.size());
    for (const Annotation &a : std::as_const(result))
        ids.append(QString::number(a.id));
    const QString idArray = u"["_s + ids.join(u',') + u"]"_s;

    QSqlQuery tags(db);
    tags.prepare(u"SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id"
                 " WHERE at.annotation_id IN (SELECT value FROM json_each(?))"
                 " ORDER BY at.annotation_id, at.ordinal"_s);
    tags.addBindValue(idArray);
    if (tags.exec()) {
        while (tags.next())
            result[rowOf.value(tags.value(0).toLongLong())].tags.append(tags.value(1).toString());
    }
    QSqlQuery figures(db);
    figures.prepare(u"SELECT annotation_id, ticker, fiscal_quarter, metric FROM annotation_figures"
                    " WHERE annotation_id IN (SELECT value FROM json_each(?))"
                    " ORDER BY annotation_id, rowid"_s);
    figures.addBindValue(idArray);
    if (figures.exec()) {
        while (figures.next()) {
            result[rowOf.value(figures.value(0).toLongLong())].figures.append(
                {figures.value(1).toString(), figures.value(2).toString(), figures.value(3).toString()});
        }
    }
    return result;
}

std::optional<Annotation> AnnotationRepository::annotation(qint64 id) const
{
    const QList<Annotation> list = select(u" WHERE a.id = ?"_s, {id});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<Annotation> AnnotationRepository::annotationByUid(const QString &uid) const
{
    const QList<Annotation> list = select(u" WHERE a.uid = ?"_s, {uid});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<Annotation> AnnotationRepository::annotations(qint64 callId) const
{
    return callId ? select(u" WHERE a.call_id = ?"_s, {callId}) : select({}, {});
}

QList<Annotation> AnnotationRepository::unplacedAnnotations(qint64 callId) const
{
    return callId ? select(u" WHERE a.call_id = ? AND a.turn_id IS NULL"_s, {callId})
                  : select(u" WHERE a.turn_id IS NULL"_s, {});
}

QStringList AnnotationRepository::tags() const
{
    QStringList result;
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT name FROM tags ORDER BY name COLLATE NOCASE"_s);
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

QList<Annotation> AnnotationRepository::linkedTo(const QString &ticker, const QString &quarter,
                                                 const QString &metric) const
{
    return select(u" WHERE a.id IN (SELECT annotation_id FROM annotation_figures"
                  " WHERE ticker = ? AND fiscal_quarter = ? AND (? = '' OR metric = ?))"_s,
                  {ticker, quarter, notNull(metric), notNull(metric)});
}

QList<FigureLink> AnnotationRepository::figureLinks(const QString &ticker) const
{
    QList<FigureLink> result;
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT DISTINCT ticker, fiscal_quarter, metric FROM annotation_figures"
                  " WHERE ? = '' OR ticker = ? ORDER BY ticker, fiscal_quarter, metric"_s);
    query.addBindValue(notNull(ticker));
    query.addBindValue(notNull(ticker));
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

bool AnnotationRepository::checkSpan(Annotation &a, QString *error) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT call_id, text FROM turns WHERE id = ?"_s);
    query.addBindValue(a.turnId);
    if (!execPrepared(query, error))
        return false;
    if (!query.next()) {
        *error = tr("turn %1 does not exist").arg(a.turnId);
        return false;
    }
    const qint64 callId = query.value(0).toLongLong();
    const QString text = query.value(1).toString();
    if (a.callId && a.callId != callId) {
        *error = tr("turn %1 belongs to call %2, not to call %3").arg(a.turnId).arg(callId).arg(a.callId);
        return false;
    }
    a.callId = callId;
    if (a.start < 0 || a.end <= a.start || a.end > text.size()) {
        *error = tr("the span %1..%2 is outside turn %3, whose text has %4 characters (offsets run from 0 "
                    "to %4, and the end must be after the start)")
                     .arg(a.start)
                     .arg(a.end)
                     .arg(a.turnId)
                     .arg(text.size());
        return false;
    }
    if (text.at(a.start).isLowSurrogate() || (a.end < text.size() && text.at(a.end).isLowSurrogate())) {
        *error =
            tr("the span %1..%2 cuts a character of turn %3 in half").arg(a.start).arg(a.end).arg(a.turnId);
        return false;
    }
    const QString quote = text.mid(a.start, a.end - a.start);
    if (!a.quote.isEmpty() && a.quote != quote) {
        *error = tr("the quote does not match the text of turn %1 at %2..%3")
                     .arg(a.turnId)
                     .arg(a.start)
                     .arg(a.end);
        return false;
    }
    a.quote = quote;
    return true;
}

bool AnnotationRepository::insertRow(const Annotation &a, qint64 *id, QString *error)
{
    QSqlQuery query(m_store->database());
    query.prepare(
        u"INSERT INTO annotations (id, uid, call_id, turn_id, start_offset, end_offset, quote, colour,"
        " note, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(a.id ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(a.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : a.uid);
    query.addBindValue(a.callId);
    query.addBindValue(turnValue(a.turnId));
    query.addBindValue(a.start);
    query.addBindValue(a.end);
    query.addBindValue(notNull(a.quote));
    query.addBindValue(AnnotationColour::isKnown(a.colour) ? a.colour
                                                           : QString::fromLatin1(AnnotationColour::Yellow));
    query.addBindValue(notNull(a.note));
    query.addBindValue(iso(a.created));
    query.addBindValue(iso(a.modified.isValid() ? a.modified : a.created));
    if (!execPrepared(query, error))
        return false;
    *id = query.lastInsertId().toLongLong();
    return writeTagsAndFigures(*id, a, error);
}

bool AnnotationRepository::writeTagsAndFigures(qint64 id, const Annotation &a, QString *error)
{
    const QSqlDatabase db = m_store->database();
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s);
    clear.addBindValue(id);
    if (!execPrepared(clear, error))
        return false;
    clear.prepare(u"DELETE FROM annotation_figures WHERE annotation_id = ?"_s);
    clear.addBindValue(id);
    if (!execPrepared(clear, error))
        return false;

    QSqlQuery tag(db);
    tag.prepare(u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = tags.name"
                " RETURNING id"_s);
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO annotation_tags (annotation_id, tag_id, ordinal) VALUES (?, ?, ?)"_s);
    const QStringList tags = Annotation::normalisedTags(a.tags);
    for (int i = 0; i < tags.size(); ++i) {
        tag.bindValue(0, tags.at(i));
        if (!execPrepared(tag, error) || !tag.next())
            return false;
        const qint64 tagId = tag.value(0).toLongLong();
        tag.finish();
        link.bindValue(0, id);
        link.bindValue(1, tagId);
        link.bindValue(2, i);
        if (!execPrepared(link, error))
            return false;
    }
    QSqlQuery figure(db);
    figure.prepare(u"INSERT OR IGNORE INTO annotation_figures (annotation_id, ticker, fiscal_quarter, metric)"
                   " VALUES (?, ?, ?, ?)"_s);
    for (const FigureLink &f : a.figures) {
        if (f.ticker.isEmpty() || f.quarter.isEmpty() || f.metric.isEmpty()) {
            *error = tr("a figure link needs a company, a quarter and a metric");
            return false;
        }
        figure.bindValue(0, id);
        figure.bindValue(1, f.ticker.trimmed().toUpper());
        figure.bindValue(2, f.quarter.trimmed().toUpper());
        figure.bindValue(3, f.metric.trimmed());
        if (!execPrepared(figure, error))
            return false;
    }
    return removeUnusedTags(db, error);
}

std::optional<Annotation> AnnotationRepository::add(const Annotation &annotation, QString *error)
{
    Annotation a = annotation;
    qint64 id = 0;
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            if (!checkSpan(a, why))
                return false;
            if (!a.created.isValid())
                a.created = QDateTime::currentDateTimeUtc();
            return insertRow(a, &id, why);
        },
        error);
    if (!ok) {
        emit writeFailed(*error);
        return std::nullopt;
    }
    const auto stored = this->annotation(id);
    if (stored)
        emit annotationAdded(id, stored->callId);
    return stored;
}

std::optional<QList<qint64>> AnnotationRepository::addImported(const QList<Annotation> &annotations,
                                                               QString *error)
{
    QList<qint64> ids;
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            for (const Annotation &a : annotations) {
                qint64 id = 0;
                if (!insertRow(a, &id, why))
                    return false;
                ids.append(id);
            }
            return true;
        },
        error);
    if (!ok) {
        emit writeFailed(*error);
        return std::nullopt;
    }
    if (!ids.isEmpty())
        emit annotationsReset();
    return ids;
}

bool AnnotationRepository::update(const Annotation &annotation, QString *error)
{
    Annotation a = annotation;
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery current(m_store->database());
            current.prepare(u"SELECT call_id FROM annotations WHERE id = ?"_s);
            current.addBindValue(a.id);
            if (!execPrepared(current, why))
                return false;
            if (!current.next()) {
                *why = tr("annotation %1 does not exist").arg(a.id);
                return false;
            }
            const qint64 callId = current.value(0).toLongLong();
            current.finish();
            if (a.callId && a.callId != callId) {
                *why = tr("annotation %1 belongs to call %2").arg(a.id).arg(callId);
                return false;
            }
            a.callId = callId;
            if (a.turnId && !checkSpan(a, why))
                return false;
            QSqlQuery query(m_store->database());
            query.prepare(u"UPDATE annotations SET turn_id = ?, start_offset = ?, end_offset = ?, quote = ?,"
                          " colour = ?, note = ?, modified_at = ? WHERE id = ?"_s);
            query.addBindValue(turnValue(a.turnId));
            query.addBindValue(a.start);
            query.addBindValue(a.end);
            query.addBindValue(notNull(a.quote));
            query.addBindValue(AnnotationColour::isKnown(a.colour)
                                   ? a.colour
                                   : QString::fromLatin1(AnnotationColour::Yellow));
            query.addBindValue(notNull(a.note));
            query.addBindValue(iso(a.modified));
            query.addBindValue(a.id);
            return execPrepared(query, why) && writeTagsAndFigures(a.id, a, why);
        },
        error);
    if (ok)
        emit annotationChanged(a.id, a.callId);
    else
        emit writeFailed(*error);
    return ok;
}

bool AnnotationRepository::remove(qint64 id, QString *error)
{
    qint64 callId = 0;
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery query(m_store->database());
            query.prepare(u"DELETE FROM annotations WHERE id = ? RETURNING call_id"_s);
            query.addBindValue(id);
            if (!execPrepared(query, why))
                return false;
            if (!query.next()) {
                *why = tr("annotation %1 does not exist").arg(id);
                return false;
            }
            callId = query.value(0).toLongLong();
            query.finish();
            return removeUnusedTags(m_store->database(), why);
        },
        error);
    if (ok)
        emit annotationRemoved(id, callId);
    else
        emit writeFailed(*error);
    return ok;
}

bool AnnotationRepository::writePlacement(qint64 id, qint64 turnId, int start, int end, const QString &quote,
                                          QString *error)
{
    QSqlQuery query(m_store->database());
    query.prepare(
        u"UPDATE annotations SET turn_id = ?, start_offset = ?, end_offset = ?, quote = ? WHERE id = ?"_s);
    query.addBindValue(turnValue(turnId));
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(notNull(quote));
    query.addBindValue(id);
    return execPrepared(query, error);
}

void AnnotationRepository::notifyCallReanchored(qint64)
{
    emit annotationsReset();
}

QuestionMark AnnotationRepository::questionMark(qint64 callId, int question) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT label, rating FROM question_marks WHERE call_id = ? AND question = ?"_s);
    query.addBindValue(callId);
    query.addBindValue(question);
    QuestionMark mark{callId, question, {}, 0};
    if (query.exec() && query.next()) {
        mark.label = query.value(0).toString();
        mark.rating = query.value(1).toInt();
    }
    return mark;
}

QList<QuestionMark> AnnotationRepository::questionMarks(qint64 callId) const
{
    QList<QuestionMark> result;
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT call_id, question, label, rating FROM question_marks WHERE ? = 0 OR call_id = ?"
                  " ORDER BY call_id, question"_s);
    query.addBindValue(callId);
    query.addBindValue(callId);
    if (query.exec()) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(),
                           query.value(3).toInt()});
        }
    }
    return result;
}

bool AnnotationRepository::setQuestionMark(const QuestionMark &mark, QString *error)
{
    if (mark.question <= 0 || mark.rating < 0 || mark.rating > 5) {
        *error = tr("question %1 with rating %2: questions count from 1 and ratings run from 0 to 5")
                     .arg(mark.question)
                     .arg(mark.rating);
        emit writeFailed(*error);
        return false;
    }
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery query(m_store->database());
            if (mark.isEmpty()) {
                query.prepare(u"DELETE FROM question_marks WHERE call_id = ? AND question = ?"_s);
                query.addBindValue(mark.callId);
                query.addBindValue(mark.question);
                return execPrepared(query, why);
            }
            query.prepare(
                u"INSERT INTO question_marks (call_id, question, label, rating, modified_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (call_id, question) DO UPDATE SET"
                " label = excluded.label, rating = excluded.rating, modified_at = excluded.modified_at"_s);
            query.addBindValue(mark.callId);
            query.addBindValue(mark.question);
            query.addBindValue(notNull(mark.label.simplified()));
            query.addBindValue(mark.rating);
            query.addBindValue(isoNow());
            return execPrepared(query, why);
        },
        error);
    if (ok)
        emit questionMarkChanged(mark.callId, mark.question);
    else
        emit writeFailed(*error);
    return ok;
}
