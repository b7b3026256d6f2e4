#include "calls/NavigatorModel.h"

#include "calls/EditSpeakerCommand.h"
#include "calls/TranscriptDocument.h"
#include "store/LibraryStore.h"
#include "util/UndoHistory.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
constexpr int kOpeningChars = 28;

QString openingWords(const QString &text)
{
    const QString firstLine = text.section(u'\n', 0, 0).simplified();
    return firstLine.size() <= kOpeningChars ? firstLine : firstLine.left(kOpeningChars) + u'…';
}

} // namespace

QString NavigatorModel::sectionTitle(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Article:
        return tr("Article");
    case SectionKind::Commentary:
        return tr("Commentary");
    case SectionKind::Prepared:
        return tr("Prepared remarks");
    case SectionKind::QA:
        return tr("Q&A");
    }
    return {};
}

NavigatorModel::NavigatorModel(LibraryStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(m_store, &LibraryStore::speakerChanged, this, &NavigatorModel::onSpeakerChanged);
    // A split, a merge or a moved question changes the outline's rows: it is read again.
    connect(m_store, &LibraryStore::callStructureChanged, this, [this](qint64 callId) {
        if (m_call && m_call->summary.id == callId)
            setCall(m_store->call(callId));
    });
}

void NavigatorModel::setCall(const std::optional<CallRecord> &call)
{
    beginResetModel();
    m_call = call;
    rebuild();
    endResetModel();
}

void NavigatorModel::rebuild()
{
    m_children.clear();
    if (!m_call)
        return;
    for (int s = 0; s < m_call->sections.size(); ++s) {
        const SectionRecord &section = m_call->sections.at(s);
        QList<Entry> entries;
        int lastQuestion = 0;
        for (int t = 0; t < section.turns.size(); ++t) {
            const TurnRecord &turn = section.turns.at(t);
            if (TranscriptDocument::isFurniture(turn))
                continue;
            if (section.kind == SectionKind::QA) {
                if (turn.question > 0 && turn.question != lastQuestion) {
                    entries.append({EntryKind::Question, s, t});
                    lastQuestion = turn.question;
                }
            } else if (section.kind != SectionKind::Article && turn.speakerId != 0) {
                entries.append({EntryKind::Turn, s, t});
            }
        }
        m_children.append(entries);
    }
}

const NavigatorModel::Entry *NavigatorModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return &m_children.at(int(index.internalId() - 1)).at(index.row());
}

const TurnRecord &NavigatorModel::turnOf(const Entry &e) const
{
    return m_call->sections.at(e.section).turns.at(e.turn);
}

const SpeakerRecord *NavigatorModel::speakerOf(const Entry &e) const
{
    return m_call->speaker(turnOf(e).speakerId);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!m_call || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_call->sections.size());
    if (parent.internalId() != 0)
        return 0;
    return int(m_children.at(parent.row()).size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry *e = entry(index);
    if (!e) {
        const SectionRecord &section = m_call->sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == LabelColumn ? sectionTitle(section.kind) : QVariant();
        case EntryKindRole:
            return QVariant::fromValue(EntryKind::Section);
        case TurnIdRole:
            return section.turns.isEmpty() ? QVariant() : QVariant(section.turns.first().id);
        case SectionKindRole:
            return sectionKindName(section.kind);
        default:
            return {};
        }
    }

    const SpeakerRecord *speaker = speakerOf(*e);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case LabelColumn:
            if (role == Qt::EditRole)
                return {};
            return e->kind == EntryKind::Question
                       ? u"Q%1  %2"_s.arg(turnOf(*e).question).arg(openingWords(turnOf(*e).text))
                       : openingWords(turnOf(*e).text);
        case SpeakerColumn:
            return speaker ? speaker->name : QString();
        case FirmColumn:
            return speaker ? speaker->firm : QString();
        }
        return {};
    case Qt::ToolTipRole: {
        const QString who =
            speaker && !speaker->name.isEmpty()
                ? (speaker->firm.isEmpty() ? speaker->name : u"%1 (%2)"_s.arg(speaker->name, speaker->firm))
                : tr("analyst not named");
        return e->kind == EntryKind::Question
                   ? tr("Question %1, asked by %2").arg(turnOf(*e).question).arg(who)
                   : who;
    }
    case EntryKindRole:
        return QVariant::fromValue(e->kind);
    case TurnIdRole:
        return turnOf(*e).id;
    case QuestionRole:
        return turnOf(*e).question;
    case SpeakerIdRole:
        return turnOf(*e).speakerId;
    case SectionKindRole:
        return sectionKindName(m_call->sections.at(int(index.internalId() - 1)).kind);
    default:
        return {};
    }
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Entry *e = entry(index);
    if (e && e->kind == EntryKind::Question && index.column() != LabelColumn && speakerOf(*e) &&
        !m_store->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool NavigatorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const SpeakerRecord before = *speakerOf(*entry(index));
    SpeakerRecord after = before;
    const QString text = value.toString().simplified();
    (index.column() == SpeakerColumn ? after.name : after.firm) = text;
    if (after.name == before.name && after.firm == before.firm)
        return false;
    // A failed write is reported through the stack's UndoHistory, like every command's.
    UndoHistory *history = UndoHistory::of(m_undoStack);
    return history->push(
        new EditSpeakerCommand(m_store, m_call ? m_call->summary.id : 0, before, after, history));
}

void NavigatorModel::onSpeakerChanged(qint64 callId, qint64 speakerId)
{
    if (!m_call || m_call->summary.id != callId)
        return;
    const auto fresh = m_store->speaker(speakerId);
    if (!fresh)
        return;
    for (SpeakerRecord &s : m_call->speakers) {
        if (s.id == speakerId)
            s = *fresh;
    }
    for (SectionRecord &section : m_call->sections) {
        for (TurnRecord &turn : section.turns) {
            if (turn.speakerId == speakerId)
                turn.speaker = fresh->name;
        }
    }
    for (int s = 0; s < m_children.size(); ++s) {
        for (int row = 0; row < m_children.at(s).size(); ++row) {
            if (turnOf(m_children.at(s).at(row)).speakerId == speakerId) {
                const QModelIndex parentIndex = index(s, 0);
                emit dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
            }
        }
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Question");
    case SpeakerColumn:
        return tr("Speaker");
    case FirmColumn:
        return tr("Firm");
    }
    return {};
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EntryKindRole, "entryKind");
    names.insert(TurnIdRole, "turnId");
    names.insert(QuestionRole, "question");
    names.insert(SpeakerIdRole, "speakerId");
    names.insert(SectionKindRole, "sectionKind");
    return names;
}

QModelIndex NavigatorModel::indexForQuestion(int question) const
{
    for (int s = 0; s < m_children.size(); ++s) {
        for (int row = 0; row < m_children.at(s).size(); ++row) {
            const Entry &e = m_children.at(s).at(row);
            if (e.kind == EntryKind::Question && turnOf(e).question == question)
                return index(row, 0, index(s, 0));
        }
    }
    return {};
}

QModelIndex NavigatorModel::indexForTurn(qint64 turnId) const
{
    for (int s = 0; s < m_children.size(); ++s) {
        for (int row = 0; row < m_children.at(s).size(); ++row) {
            if (turnOf(m_children.at(s).at(row)).id == turnId)
                return index(row, 0, index(s, 0));
        }
    }
    return {};
}

QModelIndex NavigatorModel::indexContaining(qint64 turnId) const
{
    const TurnRecord *turn = m_call ? m_call->turn(turnId) : nullptr;
    if (!turn)
        return {};
    if (turn->question > 0) {
        if (const QModelIndex question = indexForQuestion(turn->question); question.isValid())
            return question;
    }
    return indexForTurn(turnId);
}
