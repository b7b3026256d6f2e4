#include "annotations/AnnotationModel.h"

#include "annotations/AnnotationCommands.h"
#include "annotations/AnnotationRepository.h"
#include "text/LocaleFormat.h"
#include "util/UndoHistory.h"

#include <QLocale>
#include <QUndoStack>

#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// Reading order, the same as the repository's: call, placed before unplaced, turn, offset.
auto orderKey(const Annotation &a)
{
    return std::make_tuple(a.callId, !a.isPlaced(), a.turnOrdinal, a.start, a.id);
}

bool before(const Annotation &a, const Annotation &b)
{
    return orderKey(a) < orderKey(b);
}

QStringList figureTexts(const QList<FigureLink> &figures)
{
    QStringList texts;
    for (const FigureLink &f : figures)
        texts.append(f.displayText());
    return texts;
}

} // namespace

AnnotationModel::AnnotationModel(AnnotationRepository *repository, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_undoStack(undoStack)
{
    connect(repository, &AnnotationRepository::annotationAdded, this, &AnnotationModel::onAdded);
    connect(repository, &AnnotationRepository::annotationChanged, this, &AnnotationModel::onChanged);
    connect(repository, &AnnotationRepository::annotationRemoved, this,
            [this](qint64 id, qint64) { onRemoved(id); });
    connect(repository, &AnnotationRepository::annotationsReset, this, &AnnotationModel::reload);
}

void AnnotationModel::showCall(qint64 callId)
{
    if (!m_libraryScope && m_callId == callId)
        return;
    m_libraryScope = false;
    m_callId = callId;
    reload();
}

void AnnotationModel::showLibrary()
{
    if (m_libraryScope)
        return;
    m_libraryScope = true;
    reload();
}

void AnnotationModel::setFilter(const AnnotationFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    for (const Annotation &a : std::as_const(m_all)) {
        if (m_filter.matches(a))
            m_rows.append(a);
    }
    endResetModel();
}

bool AnnotationModel::inScope(qint64 callId) const
{
    return m_libraryScope || (m_callId != 0 && callId == m_callId);
}

void AnnotationModel::reload()
{
    beginResetModel();
    m_all.clear();
    m_rows.clear();
    if (m_libraryScope || m_callId)
        m_all = m_repository->annotations(m_libraryScope ? 0 : m_callId);
    for (const Annotation &a : std::as_const(m_all)) {
        if (m_filter.matches(a))
            m_rows.append(a);
    }
    endResetModel();
}

int AnnotationModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void AnnotationModel::insertVisible(const Annotation &annotation)
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), annotation, before);
    const int row = int(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, annotation);
    endInsertRows();
}

void AnnotationModel::removeVisible(qint64 id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnnotationModel::onAdded(qint64 id, qint64 callId)
{
    if (!inScope(callId))
        return;
    const auto annotation = m_repository->annotation(id);
    if (!annotation)
        return;
    m_all.insert(std::upper_bound(m_all.cbegin(), m_all.cend(), *annotation, before), *annotation);
    if (m_filter.matches(*annotation))
        insertVisible(*annotation);
}

void AnnotationModel::onChanged(qint64 id, qint64 callId)
{
    if (!inScope(callId))
        return;
    const auto annotation = m_repository->annotation(id);
    m_all.removeIf([id](const Annotation &a) { return a.id == id; });
    if (annotation)
        m_all.insert(std::upper_bound(m_all.cbegin(), m_all.cend(), *annotation, before), *annotation);

    const int row = rowForId(id);
    const bool show = annotation && m_filter.matches(*annotation);
    if (row >= 0 && show && orderKey(m_rows.at(row)) == orderKey(*annotation)) {
        m_rows[row] = *annotation;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0)
        removeVisible(id);
    if (show)
        insertVisible(*annotation);
}

void AnnotationModel::onRemoved(qint64 id)
{
    m_all.removeIf([id](const Annotation &a) { return a.id == id; });
    removeVisible(id);
}

bool AnnotationModel::push(AnnotationCommand *command)
{
    // The command reports a refused write to the stack's UndoHistory, which the window
    // shows; editFailed repeats it for whoever asked this model for the edit.
    UndoHistory *history = UndoHistory::of(m_undoStack);
    QString failure;
    const auto watch =
        connect(history, &UndoHistory::commandFailed, this, [&failure](const QString &m) { failure = m; });
    const bool ok = history->push(command);
    disconnect(watch);
    if (!ok)
        emit editFailed(failure);
    return ok;
}

void AnnotationModel::refuse(const QString &message)
{
    UndoHistory::of(m_undoStack)->report(message);
    emit editFailed(message);
}

bool AnnotationModel::addAnnotation(const Annotation &annotation)
{
    return push(new AddAnnotationCommand(m_repository, annotation, UndoHistory::of(m_undoStack)));
}

bool AnnotationModel::editAnnotation(const Annotation &after)
{
    const auto current = m_repository->annotation(after.id);
    if (!current) {
        refuse(tr("Annotation %1 no longer exists.").arg(after.id));
        return false;
    }
    return push(new EditAnnotationCommand(m_repository, *current, after, UndoHistory::of(m_undoStack)));
}

bool AnnotationModel::removeAnnotation(qint64 id)
{
    const auto current = m_repository->annotation(id);
    if (!current) {
        refuse(tr("Annotation %1 no longer exists.").arg(id));
        return false;
    }
    return push(new DeleteAnnotationCommand(m_repository, *current, UndoHistory::of(m_undoStack)));
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case QuoteColumn:
            return role == Qt::DisplayRole ? a.quote.simplified() : a.quote;
        case NoteColumn:
            return role == Qt::DisplayRole ? a.note.simplified() : a.note;
        case TagsColumn:
            return a.tags.join(u", "_s);
        case SpeakerColumn:
            return a.speaker;
        case QuestionColumn:
            if (!a.isPlaced())
                return tr("not placed");
            return a.question > 0 ? QVariant(u"Q%1"_s.arg(a.question)) : QVariant(QString());
        case CallColumn:
            return a.callTitle;
        case DateColumn:
            return role == Qt::DisplayRole ? LocaleFormat::dateTime(a.created.toLocalTime())
                                           : QVariant(a.created);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = a.quote;
        if (!a.note.isEmpty())
            tip += u"\n\n"_s + a.note;
        if (!a.isPlaced())
            tip += u"\n\n"_s + tr("Not placed: the call's text changed and this quote was not found in it.");
        return tip;
    }
    case AnnotationIdRole:
        return a.id;
    case UidRole:
        return a.uid;
    case CallIdRole:
        return a.callId;
    case TurnIdRole:
        return a.turnId;
    case StartRole:
        return a.start;
    case EndRole:
        return a.end;
    case QuoteRole:
        return a.quote;
    case NoteRole:
        return a.note;
    case TagsRole:
        return a.tags;
    case ColourRole:
        return a.colour;
    case SpeakerRole:
        return a.speaker;
    case QuestionRole:
        return a.question;
    case CreatedRole:
        return a.created;
    case ModifiedRole:
        return a.modified;
    case PlacedRole:
        return a.isPlaced();
    case FigureLinksRole:
        return figureTexts(a.figures);
    default:
        return {};
    }
}

bool AnnotationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Annotation after = m_rows.at(index.row());
    if (index.column() == NoteColumn) {
        if (value.toString() == after.note)
            return false;
        after.note = value.toString();
    } else if (index.column() == TagsColumn) {
        const QStringList tags = Annotation::parseTags(value.toString());
        if (tags == after.tags)
            return false;
        after.tags = tags;
    } else {
        return false;
    }
    return editAnnotation(after);
}

Qt::ItemFlags AnnotationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == NoteColumn || index.column() == TagsColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case SpeakerColumn:
        return tr("Speaker");
    case QuestionColumn:
        return tr("Question");
    case CallColumn:
        return tr("Call");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{AnnotationIdRole, "annotationId"},
                  {UidRole, "uid"},
                  {CallIdRole, "callId"},
                  {TurnIdRole, "turnId"},
                  {StartRole, "start"},
                  {EndRole, "end"},
                  {QuoteRole, "quote"},
                  {NoteRole, "note"},
                  {TagsRole, "tags"},
                  {ColourRole, "colour"},
                  {SpeakerRole, "speaker"},
                  {QuestionRole, "question"},
                  {CreatedRole, "created"},
                  {ModifiedRole, "modified"},
                  {PlacedRole, "placed"},
                  {FigureLinksRole, "figureLinks"}});
    return names;
}
