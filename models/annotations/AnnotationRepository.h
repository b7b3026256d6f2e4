#pragma once

#include "annotations/Annotation.h"

#include <QObject>

#include <optional>

class LibraryStore;

// Reads and writes annotations, their tags and figure links, and question marks in the
// library. Each public write is one transaction and is on disk when it returns; the
// signals tell views what changed. Offsets are QString positions (UTF-16 code units: one
// per character for Chinese and English text) into the turn's stored text.
class AnnotationRepository : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationRepository(LibraryStore *store, QObject *parent = nullptr);

    LibraryStore *store() const { return m_store; }

    // Checks the span against the turn's text and fills in the quote. An annotation with
    // an id (an undone delete coming back) keeps it; otherwise the library picks one.
    std::optional<Annotation> add(const Annotation &annotation, QString *error);
    // Colour, note, tags, figure links and the span; the call cannot change.
    bool update(const Annotation &annotation, QString *error);
    bool remove(qint64 id, QString *error);

    // Stores annotations that come from elsewhere (an export) in one transaction. They are
    // taken as they are: the caller has placed them, or left turnId 0 for "not placed"; an
    // id of 0 lets the library pick one. Returns the ids, in order.
    std::optional<QList<qint64>> addImported(const QList<Annotation> &annotations, QString *error);

    std::optional<Annotation> annotation(qint64 id) const;
    std::optional<Annotation> annotationByUid(const QString &uid) const;
    // In reading order; callId 0 lists the whole library.
    QList<Annotation> annotations(qint64 callId = 0) const;
    QList<Annotation> unplacedAnnotations(qint64 callId = 0) const;
    QStringList tags() const;

    // Annotations linked to a figure; an empty metric matches every metric of that quarter.
    QList<Annotation> linkedTo(const QString &ticker, const QString &quarter,
                               const QString &metric = {}) const;
    // Every distinct figure link, optionally of one company.
    QList<FigureLink> figureLinks(const QString &ticker = {}) const;

    QuestionMark questionMark(qint64 callId, int question) const;
    QList<QuestionMark> questionMarks(qint64 callId = 0) const;
    // An empty mark removes it.
    bool setQuestionMark(const QuestionMark &mark, QString *error);

    // For re-anchoring inside a transaction the caller already holds: moves an annotation
    // to a new span (turnId 0: not placed) with the quote found there, without checking it.
    bool writePlacement(qint64 id, qint64 turnId, int start, int end, const QString &quote, QString *error);

    // Tells the views that many annotations of a call changed at once (a re-import).
    void notifyCallReanchored(qint64 callId);

signals:
    void annotationAdded(qint64 id, qint64 callId);
    void annotationChanged(qint64 id, qint64 callId);
    void annotationRemoved(qint64 id, qint64 callId);
    void annotationsReset();
    void questionMarkChanged(qint64 callId, int question);
    // Any write above that the library refused, with the reason; undo and redo from the
    // Edit menu report through this.
    void writeFailed(const QString &message);

private:
    QList<Annotation> select(const QString &where, const QVariantList &values) const;
    bool checkSpan(Annotation &annotation, QString *error) const;
    bool insertRow(const Annotation &annotation, qint64 *id, QString *error);
    bool writeTagsAndFigures(qint64 id, const Annotation &annotation, QString *error);

    LibraryStore *m_store;
};
