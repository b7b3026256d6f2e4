#include "figures/FigureTableModel.h"

#include "figures/EditFigureCommand.h"
#include "figures/FigureSource.h"
#include "figures/MetricRepository.h"
#include "store/LibraryStore.h"
#include "util/UndoHistory.h"

#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

FigureTableModel::FigureTableModel(MetricRepository *repository, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_undoStack(undoStack)
{
    connect(m_repository, &MetricRepository::figuresChanged, this, &FigureTableModel::onFiguresChanged);
}

void FigureTableModel::setCompany(const QString &company)
{
    if (company == m_company && !m_figures.isEmpty())
        return;
    m_company = company;
    reload();
}

void FigureTableModel::reload()
{
    beginResetModel();
    m_figures = m_company.isEmpty() ? QList<Figure>{} : m_repository->figures(m_company);
    endResetModel();
}

void FigureTableModel::onFiguresChanged(const QString &company)
{
    if (company != m_company)
        return;
    const QList<Figure> fresh = m_repository->figures(m_company);
    bool sameRows = fresh.size() == m_figures.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).key() == m_figures.at(i).key();
    if (!sameRows) {
        beginResetModel();
        m_figures = fresh;
        endResetModel();
        return;
    }
    // An edit in place keeps the view's selection and scroll position.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i) == m_figures.at(i))
            continue;
        m_figures[i] = fresh.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int FigureTableModel::rowFor(const FigureKey &key) const
{
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        if (m_figures.at(i).key() == key)
            return int(i);
    }
    return -1;
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> FigureTableModel::parseValue(const QString &text)
{
    QString cleaned = text.trimmed();
    if (cleaned.startsWith(u'$'))
        cleaned.remove(0, 1);
    if (cleaned.endsWith(u'%') || cleaned.endsWith(u'M', Qt::CaseInsensitive))
        cleaned.chop(1);
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(cleaned, &ok);
    if (!ok)
        value = QLocale::c().toDouble(cleaned, &ok);
    if (!ok) // "39,331" typed in a session whose locale groups differently
        value = QLocale(QLocale::English, QLocale::UnitedStates).toDouble(cleaned, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString FigureTableModel::tooltip(const Figure &figure) const
{
    QStringList lines;
    lines << tr("%1, %2 (%3)")
                 .arg(MetricCatalog::displayName(figure.metric), figure.quarter.toString(),
                      FigureFormat::kindName(figure.kind));
    if (figure.value)
        lines << tr("Value: %1 (stored as %2)")
                     .arg(FigureFormat::value(figure), FigureFormat::exact(*figure.value));
    if (!figure.note.isEmpty())
        lines << figure.note;
    if (figure.periodEnd.isValid())
        lines << tr("Quarter ended %1").arg(figure.periodEnd.toString(Qt::ISODate));
    lines << tr("Status: %1").arg(figure.status.isEmpty() ? tr("not given") : figure.status);
    lines << tr("Source: %1").arg(FigureSource::readable(figure));
    if (!figure.source.isEmpty() && figure.source != FigureSource::readable(figure))
        lines << tr("Recorded as: %1").arg(figure.source);
    if (figure.userEntered)
        lines << tr("Entered or changed by you, not taken from the source.");
    return lines.join(u'\n');
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &figure = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case QuarterColumn:
            return figure.quarter.toString();
        case MetricColumn:
            return MetricCatalog::displayName(figure.metric);
        case KindColumn:
            return FigureFormat::kindName(figure.kind);
        case ValueColumn:
            if (!figure.value)
                return role == Qt::EditRole ? QString() : tr("(statement)");
            return role == Qt::EditRole
                       ? QLocale().toString(*figure.value, 'g', QLocale::FloatingPointShortest)
                       : FigureFormat::value(figure);
        case StatusColumn:
            return figure.status;
        case SourceColumn:
            return role == Qt::EditRole ? figure.source : FigureSource::readable(figure);
        case NoteColumn:
            return figure.note;
        case OriginColumn:
            return figure.userEntered ? tr("user-entered") : tr("imported");
        }
        return {};
    case Qt::ToolTipRole:
        return tooltip(figure);
    case Qt::FontRole:
        if (figure.userEntered) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case QuarterRole:
        return figure.quarter.toString();
    case MetricRole:
        return figure.metric;
    case KindRole:
        return figureKindName(figure.kind);
    case ValueRole:
        return figure.value ? QVariant(*figure.value) : QVariant();
    case UnitRole:
        return figure.unit;
    case UserEnteredRole:
        return figure.userEntered;
    case SortRole:
        switch (index.column()) {
        case QuarterColumn:
            return figure.quarter.ordinal();
        case MetricColumn:
            return MetricCatalog::order(figure.metric);
        case ValueColumn:
            return figure.value ? *figure.value : -std::numeric_limits<double>::infinity();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

Qt::ItemFlags FigureTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_repository->store()->isReadOnly())
        return f;
    const Figure &figure = m_figures.at(index.row());
    const std::optional<QString> unit = MetricCatalog::unitOf(figure.metric);
    switch (index.column()) {
    case ValueColumn:
        if (unit && !unit->isEmpty())
            f |= Qt::ItemIsEditable;
        break;
    case StatusColumn:
    case SourceColumn:
    case NoteColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool FigureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Figure before = m_figures.at(index.row());
    Figure after = before;
    const QString text = value.toString();
    switch (index.column()) {
    case ValueColumn: {
        const auto number =
            value.typeId() == QMetaType::Double ? std::optional<double>(value.toDouble()) : parseValue(text);
        if (!number || !std::isfinite(*number)) {
            emit editFailed(
                tr("“%1” is not a number; %2 %3 was not changed.")
                    .arg(text, MetricCatalog::displayName(before.metric), before.quarter.toString()));
            return false;
        }
        after.value = number;
        // The value no longer comes from the cited source.
        after.userEntered = true;
        break;
    }
    case StatusColumn:
        after.status = text.simplified();
        break;
    case SourceColumn:
        after.source = text.simplified();
        break;
    case NoteColumn:
        after.note = text.trimmed();
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    const QString problem = MetricCatalog::problemWith(after);
    if (!problem.isEmpty()) {
        emit editFailed(
            tr("%1 %2 was not changed: %3").arg(before.metric, before.quarter.toString(), problem));
        return false;
    }
    return push(before, after);
}

bool FigureTableModel::addFigure(Figure figure)
{
    figure.userEntered = true;
    if (figure.unit.isEmpty())
        figure.unit = MetricCatalog::unitOf(figure.metric).value_or(QString());
    const QString problem = MetricCatalog::problemWith(figure);
    if (!problem.isEmpty()) {
        emit editFailed(tr("The figure was not added: %1").arg(problem));
        return false;
    }
    if (m_repository->figure(figure.key())) {
        emit editFailed(
            tr("There is already a %1 figure for %2 in %3; edit it instead.")
                .arg(FigureFormat::kindName(figure.kind), figure.metric, figure.quarter.toString()));
        return false;
    }
    return push(std::nullopt, figure);
}

bool FigureTableModel::removeFigure(int row)
{
    if (row < 0 || row >= m_figures.size())
        return false;
    const Figure figure = m_figures.at(row);
    if (!figure.userEntered) {
        emit editFailed(tr("%1 %2 came from %3 and cannot be removed; edit its value instead.")
                            .arg(figure.metric, figure.quarter.toString(), figure.source));
        return false;
    }
    return push(figure, std::nullopt);
}

bool FigureTableModel::push(const std::optional<Figure> &before, const std::optional<Figure> &after)
{
    // A failed write is reported through the stack's UndoHistory, like every command's.
    UndoHistory *history = UndoHistory::of(m_undoStack);
    return history->push(new EditFigureCommand(m_repository, before, after, history));
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuarterColumn:
        return tr("Quarter");
    case MetricColumn:
        return tr("Metric");
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

QHash<int, QByteArray> FigureTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(QuarterRole, "quarter");
    names.insert(MetricRole, "metric");
    names.insert(KindRole, "kind");
    names.insert(ValueRole, "value");
    names.insert(UnitRole, "unit");
    names.insert(UserEnteredRole, "userEntered");
    names.insert(SortRole, "sortKey");
    return names;
}
