#pragma once

#include "annotations/Annotation.h"

#include <QAbstractTableModel>

class AnnotationCommand;
class AnnotationRepository;
class QUndoStack;

// The annotations of one call, or of the whole library, in reading order, narrowed by an
// AnnotationFilter. Note and tags are editable in place; every change goes through the
// undo stack. Follows the repository's signals, so edits made anywhere show up here.
class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        QuoteColumn,
        NoteColumn,
        TagsColumn,
        SpeakerColumn,
        QuestionColumn,
        CallColumn,
        DateColumn,
        ColumnCount
    };
    enum Roles {
        AnnotationIdRole = Qt::UserRole + 1,
        UidRole,
        CallIdRole,
        TurnIdRole,
        StartRole,
        EndRole,
        QuoteRole,
        NoteRole,
        TagsRole,   // QStringList
        ColourRole, // colour name
        SpeakerRole,
        QuestionRole,
        CreatedRole,
        ModifiedRole,
        PlacedRole,
        FigureLinksRole, // QStringList of "TICKER FY2025Q4 metric"
    };

    AnnotationModel(AnnotationRepository *repository, QUndoStack *undoStack, QObject *parent = nullptr);

    // Scope: one call (0: none open, so nothing listed) or the whole library.
    void showCall(qint64 callId);
    void showLibrary();
    bool isLibraryScope() const { return m_libraryScope; }
    qint64 callId() const { return m_callId; }

    void setFilter(const AnnotationFilter &filter);
    const AnnotationFilter &filter() const { return m_filter; }

    Annotation annotationAt(int row) const { return m_rows.value(row); }
    int rowForId(qint64 id) const;
    // What is listed, as the exports take it.
    const QList<Annotation> &visibleAnnotations() const { return m_rows; }
    // Everything in scope, ignoring the filter; the panel's filter choices come from these.
    const QList<Annotation> &scopeAnnotations() const { return m_all; }

    // Edits through the undo stack; false if the library refused, reported to the stack's
    // UndoHistory and by editFailed.
    bool addAnnotation(const Annotation &annotation);
    bool editAnnotation(const Annotation &after);
    bool removeAnnotation(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void editFailed(const QString &message);

private:
    bool inScope(qint64 callId) const;
    void reload();
    void onAdded(qint64 id, qint64 callId);
    void onChanged(qint64 id, qint64 callId);
    void onRemoved(qint64 id);
    void insertVisible(const Annotation &annotation);
    void removeVisible(qint64 id);
    bool push(AnnotationCommand *command);
    void refuse(const QString &message);

    AnnotationRepository *m_repository;
    QUndoStack *m_undoStack;
    bool m_libraryScope = false;
    qint64 m_callId = 0;
    AnnotationFilter m_filter;
    QList<Annotation> m_all;
    QList<Annotation> m_rows;
};
