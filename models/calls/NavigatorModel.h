#pragma once

#include "store/LibraryRecords.h"

#include <QAbstractItemModel>

class LibraryStore;
class QUndoStack;

// The outline of one call: its sections at the top level, and under the Q&A one row per
// question (opening words, analyst, firm); under commentary and prepared remarks one row
// per speaker turn. Analyst and firm are editable; edits go through the undo stack.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, SpeakerColumn, FirmColumn, ColumnCount };
    enum class EntryKind { Section, Question, Turn };
    Q_ENUM(EntryKind)
    enum Roles {
        EntryKindRole = Qt::UserRole + 1,
        TurnIdRole, // the turn to scroll to
        QuestionRole,
        SpeakerIdRole,
        SectionKindRole,
    };

    NavigatorModel(LibraryStore *store, QUndoStack *undoStack, QObject *parent = nullptr);

    static QString sectionTitle(SectionKind kind);

    void setCall(const std::optional<CallRecord> &call);
    const std::optional<CallRecord> &call() const { return m_call; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForQuestion(int question) const;
    QModelIndex indexForTurn(qint64 turnId) const;
    // The row a turn is read under: its question's in the Q&A (an answer or follow-up too),
    // else its own; invalid if the navigator does not list it (page furniture).
    QModelIndex indexContaining(qint64 turnId) const;

private:
    // Indexes, not pointers: the call's lists are implicitly shared and may detach.
    struct Entry
    {
        EntryKind kind;
        int section;
        int turn; // first turn of the entry
    };
    const TurnRecord &turnOf(const Entry &e) const;
    void rebuild();
    void onSpeakerChanged(qint64 callId, qint64 speakerId);
    const Entry *entry(const QModelIndex &index) const;
    const SpeakerRecord *speakerOf(const Entry &e) const;

    LibraryStore *m_store;
    QUndoStack *m_undoStack;
    std::optional<CallRecord> m_call;
    QList<QList<Entry>> m_children; // per section
};
