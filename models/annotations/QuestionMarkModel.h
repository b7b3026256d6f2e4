#pragma once

#include "annotations/Annotation.h"
#include "store/LibraryRecords.h"

#include <QAbstractTableModel>

#include <optional>

class AnnotationRepository;
class QUndoStack;

// The analyst questions of one call with the reader's mark on each: a label ("answered",
// "deflected", "guidance" or the reader's own word) and a rating from 0 to 5. Label and
// rating are editable; edits go through the undo stack.
class QuestionMarkModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuestionColumn, AskerColumn, LabelColumn, RatingColumn, ColumnCount };
    enum Roles {
        QuestionRole = Qt::UserRole + 1,
        TurnIdRole, // the question's opening turn, to scroll to
        LabelRole,
        RatingRole,
    };

    QuestionMarkModel(AnnotationRepository *repository, QUndoStack *undoStack, QObject *parent = nullptr);

    void setCall(const std::optional<CallRecord> &call);
    qint64 callId() const { return m_call ? m_call->summary.id : 0; }
    QuestionMark mark(int question) const;
    // Through the undo stack; false if nothing changed or the library refused.
    bool setMark(const QuestionMark &mark);
    QModelIndex indexForQuestion(int question, int column = QuestionColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onMarkChanged(qint64 callId, int question);

    AnnotationRepository *m_repository;
    QUndoStack *m_undoStack;
    std::optional<CallRecord> m_call;
    QList<int> m_questions;
    QHash<int, QuestionMark> m_marks;
};
