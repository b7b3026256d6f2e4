#include "search/SearchResultModel.h"

#include "calls/NavigatorModel.h"
#include "transcript/RoleStyle.h"

using namespace Qt::StringLiterals;

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractItemModel(parent) {}

void SearchResultModel::clear()
{
    setResults({}, {});
}

void SearchResultModel::setResults(const SearchResults &results, const QList<NoteHit> &noteHits)
{
    beginResetModel();
    m_hits = results.hits;
    m_noteHits = noteHits;
    m_calls.clear();
    m_groups.clear();
    m_groupCall.clear();

    QHash<qint64, int> callRows;
    QHash<qint64, QHash<QPair<int, int>, int>> groupsByCall; // (section, question) -> group
    const auto callRow = [&](qint64 callId, const QString &title) {
        auto it = callRows.constFind(callId);
        if (it == callRows.cend()) {
            it = callRows.insert(callId, int(m_calls.size()));
            m_calls.append({callId, title, {}, {}, 0, {}});
        }
        return *it;
    };
    const auto newGroup = [&](int row, const Group &group) {
        m_calls[row].groups.append(int(m_groups.size()));
        m_groups.append(group);
        m_groupCall.append(row);
        return int(m_groups.size()) - 1;
    };

    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        const int row = callRow(hit.callId, hit.callTitle);
        m_calls[row].ticker = hit.companyTicker;
        m_calls[row].fiscalPeriod = hit.fiscalPeriod;
        ++m_calls[row].hitCount;
        const QPair<int, int> key{int(hit.section), hit.question};
        QHash<QPair<int, int>, int> &groups = groupsByCall[hit.callId];
        auto group = groups.constFind(key);
        if (group == groups.cend())
            group = groups.insert(
                key, newGroup(row, {hit.section, hit.question, hit.asker, hit.askerFirm, false, {}}));
        m_groups[*group].items.append(i);
    }
    QHash<qint64, int> noteGroups;
    for (int i = 0; i < m_noteHits.size(); ++i) {
        const NoteHit &hit = m_noteHits.at(i);
        const int row = callRow(hit.callId, hit.callTitle);
        ++m_calls[row].hitCount;
        auto group = noteGroups.constFind(hit.callId);
        if (group == noteGroups.cend())
            group = noteGroups.insert(hit.callId, newGroup(row, {SectionKind::Article, 0, {}, {}, true, {}}));
        m_groups[*group].items.append(i);
    }
    endResetModel();
}

QList<SearchHit> SearchResultModel::hitsInCall(qint64 callId) const
{
    QList<SearchHit> result;
    for (const SearchHit &hit : m_hits) {
        if (hit.callId == callId)
            result.append(hit);
    }
    return result;
}

QModelIndex SearchResultModel::indexOfHit(int n) const
{
    if (n < 0 || n >= m_hits.size())
        return {};
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        if (group.notes)
            continue;
        const auto row = group.items.indexOf(n);
        if (row >= 0)
            return createIndex(int(row), 0, hitParentId(g));
    }
    return {};
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0) // a call: its groups
        return createIndex(row, column, groupParentId(parent.row()));
    if (parent.internalId() <= quintptr(m_calls.size())) { // a group: its hits
        const int group = m_calls.at(int(parent.internalId()) - 1).groups.at(parent.row());
        return createIndex(row, column, hitParentId(group));
    }
    return {};
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (id <= quintptr(m_calls.size()))
        return createIndex(int(id) - 1, 0, quintptr(0));
    const int group = int(id - quintptr(m_calls.size()) - 1);
    const int callRow = m_groupCall.at(group);
    return createIndex(int(m_calls.at(callRow).groups.indexOf(group)), 0, groupParentId(callRow));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_calls.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_calls.at(parent.row()).groups.size());
    if (id <= quintptr(m_calls.size()))
        return int(m_groups.at(m_calls.at(int(id) - 1).groups.at(parent.row())).items.size());
    return 0;
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    if (id == 0)
        return callData(m_calls.at(index.row()), role);
    if (id <= quintptr(m_calls.size()))
        return groupData(m_groups.at(m_calls.at(int(id) - 1).groups.at(index.row())), role);
    const Group &group = m_groups.at(int(id - quintptr(m_calls.size()) - 1));
    const int item = group.items.at(index.row());
    return group.notes ? noteHitData(m_noteHits.at(item), role) : hitData(m_hits.at(item), role);
}

QVariant SearchResultModel::callData(const CallNode &call, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString prefix = QStringList{call.ticker, call.fiscalPeriod}.join(u' ').trimmed();
        const QString title = prefix.isEmpty() ? call.title : u"%1 · %2"_s.arg(prefix, call.title);
        return tr("%1 (%n hit(s))", nullptr, call.hitCount).arg(title);
    }
    case Qt::ToolTipRole:
        return call.title;
    case NodeKindRole:
        return QVariant::fromValue(NodeKind::Call);
    case CallIdRole:
        return call.callId;
    case HitCountRole:
        return call.hitCount;
    default:
        return {};
    }
}

QVariant SearchResultModel::groupData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (group.notes)
            return tr("Notes");
        if (group.question > 0) {
            if (group.asker.isEmpty())
                return tr("Q%1").arg(group.question);
            const QString who =
                group.askerFirm.isEmpty() ? group.asker : u"%1, %2"_s.arg(group.asker, group.askerFirm);
            return tr("Q%1 · %2").arg(group.question).arg(who);
        }
        return NavigatorModel::sectionTitle(group.section);
    case NodeKindRole:
        return QVariant::fromValue(NodeKind::Group);
    case QuestionRole:
        return group.question;
    case SectionKindRole:
        return group.notes ? QVariant() : QVariant(sectionKindName(group.section));
    case HitCountRole:
        return int(group.items.size());
    default:
        return {};
    }
}

QVariant SearchResultModel::hitData(const SearchHit &hit, int role) const
{
    // Page furniture has no speaker; its hits say what they are, as the window hides it.
    const QString speaker =
        hit.role == QLatin1StringView(Role::Furniture) ? RoleStyle::displayName(hit.role) : hit.speaker;
    switch (role) {
    case Qt::DisplayRole:
        return speaker.isEmpty() ? hit.snippet : u"%1: %2"_s.arg(speaker, hit.snippet);
    case Qt::ToolTipRole:
        return tr("%1\n%2, %3 characters from the start of the turn")
            .arg(hit.callTitle, speaker.isEmpty() ? NavigatorModel::sectionTitle(hit.section) : speaker)
            .arg(hit.offset);
    case NodeKindRole:
        return QVariant::fromValue(NodeKind::Hit);
    case CallIdRole:
        return hit.callId;
    case TurnIdRole:
        return hit.turnId;
    case OffsetRole:
        return hit.offset;
    case LengthRole:
        return hit.length;
    case QuestionRole:
        return hit.question;
    case SectionKindRole:
        return sectionKindName(hit.section);
    case SpeakerRole:
        return speaker;
    case SpeakerKindRole:
        return hit.role;
    case SnippetRole:
        return hit.snippet;
    case SnippetHitOffsetRole:
        return hit.snippetOffset;
    case SnippetHitLengthRole:
        return hit.length;
    default:
        return {};
    }
}

QVariant SearchResultModel::noteHitData(const NoteHit &hit, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return hit.snippet;
    case Qt::ToolTipRole:
        return tr("Note on “%1”").arg(hit.quote);
    case NodeKindRole:
        return QVariant::fromValue(NodeKind::NoteHit);
    case CallIdRole:
        return hit.callId;
    case TurnIdRole:
        return hit.turnId;
    case OffsetRole:
        return hit.annotationStart;
    case LengthRole:
        return hit.annotationLength;
    case SnippetRole:
        return hit.snippet;
    case SnippetHitOffsetRole:
        return hit.snippetOffset;
    case SnippetHitLengthRole:
        return hit.length;
    case AnnotationIdRole:
        return hit.annotationId;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(CallIdRole, "callId");
    names.insert(TurnIdRole, "turnId");
    names.insert(OffsetRole, "offset");
    names.insert(LengthRole, "length");
    names.insert(QuestionRole, "question");
    names.insert(SectionKindRole, "section");
    names.insert(SpeakerRole, "speaker");
    names.insert(SpeakerKindRole, "speakerRole");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHitOffsetRole, "snippetHitOffset");
    names.insert(SnippetHitLengthRole, "snippetHitLength");
    names.insert(HitCountRole, "hitCount");
    names.insert(AnnotationIdRole, "annotationId");
    return names;
}
