#pragma once

#include "search/SearchIndex.h"

#include <QAbstractItemModel>

// Search results as a tree: each call with hits, under it one group per question (or per
// section outside the Q&A, and one for annotation notes), under each group its hits with
// the speaker and a snippet. Calls and groups come in the order of their first hit.
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Call, Group, Hit, NoteHit };
    Q_ENUM(NodeKind)
    enum Roles {
        NodeKindRole = Qt::UserRole + 1,
        CallIdRole,
        TurnIdRole, // hits; for a note hit, the annotated turn
        OffsetRole, // hits: into the turn's stored text; note hits: the annotation's start
        LengthRole,
        QuestionRole,
        SectionKindRole, // sectionKindName()
        SpeakerRole,
        SpeakerKindRole, // Role::* of the speaker
        SnippetRole,
        SnippetHitOffsetRole,
        SnippetHitLengthRole,
        HitCountRole, // calls and groups
        AnnotationIdRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const SearchResults &results, const QList<NoteHit> &noteHits = {});
    void clear();

    int hitCount() const { return int(m_hits.size()); }
    int noteHitCount() const { return int(m_noteHits.size()); }
    int callCount() const { return int(m_calls.size()); }
    QList<SearchHit> hitsInCall(qint64 callId) const;
    // The index of the n-th turn hit (0-based) in reading order.
    QModelIndex indexOfHit(int n) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        SectionKind section = SectionKind::Article;
        int question = 0;
        QString asker;
        QString askerFirm;
        bool notes = false;
        QList<int> items; // into m_hits, or m_noteHits for the notes group
    };
    struct CallNode
    {
        qint64 callId = 0;
        QString title;
        QString ticker;
        QString fiscalPeriod;
        int hitCount = 0;
        QList<int> groups; // into m_groups
    };
    // Internal ids: 0 for calls, 1 + call row for groups, 1 + calls + group for hits.
    quintptr groupParentId(int callRow) const { return quintptr(callRow) + 1; }
    quintptr hitParentId(int group) const { return quintptr(m_calls.size()) + 1 + quintptr(group); }
    QVariant callData(const CallNode &call, int role) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant hitData(const SearchHit &hit, int role) const;
    QVariant noteHitData(const NoteHit &hit, int role) const;

    QList<SearchHit> m_hits;
    QList<NoteHit> m_noteHits;
    QList<CallNode> m_calls;
    QList<Group> m_groups;
    QList<int> m_groupCall; // group -> call row
};
