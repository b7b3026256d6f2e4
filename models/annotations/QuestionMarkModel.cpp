#include "annotations/QuestionMarkModel.h"

#include "annotations/AnnotationCommands.h"
#include "annotations/AnnotationRepository.h"
#include "util/UndoHistory.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

QuestionMarkModel::QuestionMarkModel(AnnotationRepository *repository, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_undoStack(undoStack)
{
    connect(repository, &AnnotationRepository::questionMarkChanged, this, &QuestionMarkModel::onMarkChanged);
    connect(repository, &AnnotationRepository::annotationsReset, this, [this] { setCall(m_call); });
}

void QuestionMarkModel::setCall(const std::optional<CallRecord> &call)
{
    beginResetModel();
    m_call = call;
    m_questions.clear();
    m_marks.clear();
    if (m_call) {
        for (const SectionRecord &section : m_call->sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.question > 0 && !m_questions.contains(turn.question))
                    m_questions.append(turn.question);
            }
        }
        std::sort(m_questions.begin(), m_questions.end());
        for (const QuestionMark &mark : m_repository->questionMarks(m_call->summary.id))
            m_marks.insert(mark.question, mark);
    }
    endResetModel();
}

QuestionMark QuestionMarkModel::mark(int question) const
{
    return m_marks.value(question, QuestionMark{callId(), question, {}, 0});
}

bool QuestionMarkModel::setMark(const QuestionMark &mark)
{
    const QuestionMark before = this->mark(mark.question);
    if (!m_call || before == mark)
        return false;
    // A refused write is reported to the stack's UndoHistory, as every command's is.
    UndoHistory *history = UndoHistory::of(m_undoStack);
    return history->push(new MarkQuestionCommand(m_repository, before, mark, history));
}

void QuestionMarkModel::onMarkChanged(qint64 callId, int question)
{
    if (!m_call || callId != m_call->summary.id)
        return;
    const QuestionMark mark = m_repository->questionMark(callId, question);
    if (mark.isEmpty())
        m_marks.remove(question);
    else
        m_marks.insert(question, mark);
    const int row = int(m_questions.indexOf(question));
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QModelIndex QuestionMarkModel::indexForQuestion(int question, int column) const
{
    const int row = int(m_questions.indexOf(question));
    return row >= 0 ? index(row, column) : QModelIndex();
}

int QuestionMarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

int QuestionMarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionMarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int question = m_questions.at(index.row());
    const QuestionMark m = mark(question);
    const TurnRecord *turn = m_call->questionTurn(question);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case QuestionColumn:
            return u"Q%1"_s.arg(question);
        case AskerColumn: {
            const SpeakerRecord *asker = turn ? m_call->speaker(turn->speakerId) : nullptr;
            if (!asker || asker->name.isEmpty())
                return tr("analyst not named");
            return asker->firm.isEmpty() ? asker->name : u"%1, %2"_s.arg(asker->name, asker->firm);
        }
        case LabelColumn:
            return m.label;
        case RatingColumn:
            if (role == Qt::EditRole)
                return m.rating;
            return m.rating > 0 ? QString(m.rating, QChar(0x2605)) + QString(5 - m.rating, QChar(0x2606))
                                : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == RatingColumn ? tr("Rating from 1 to 5; 0 clears it") : QVariant();
    case QuestionRole:
        return question;
    case TurnIdRole:
        return turn ? turn->id : 0;
    case LabelRole:
        return m.label;
    case RatingRole:
        return m.rating;
    default:
        return {};
    }
}

bool QuestionMarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QuestionMark m = mark(m_questions.at(index.row()));
    if (index.column() == LabelColumn) {
        m.label = value.toString().simplified();
    } else if (index.column() == RatingColumn) {
        bool ok = false;
        const int rating = value.toInt(&ok);
        if (!ok || rating < 0 || rating > 5)
            return false;
        m.rating = rating;
    } else {
        return false;
    }
    return setMark(m);
}

Qt::ItemFlags QuestionMarkModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == LabelColumn || index.column() == RatingColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant QuestionMarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case AskerColumn:
        return tr("Asked by");
    case LabelColumn:
        return tr("Mark");
    case RatingColumn:
        return tr("Rating");
    }
    return {};
}

QHash<int, QByteArray> QuestionMarkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(
        {{QuestionRole, "question"}, {TurnIdRole, "turnId"}, {LabelRole, "label"}, {RatingRole, "rating"}});
    return names;
}
