#pragma once

#include "figures/FinancialFigures.h"

#include <QAbstractTableModel>

class MetricRepository;
class QUndoStack;

// The figures of one company, one row each, with where every value comes from. Value,
// status, source and note are editable; edits go through the undo stack, and a figure
// whose value the user typed is marked user-entered (shown in the Origin column and in
// italics). Follows the repository's figuresChanged signal.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        QuarterColumn,
        MetricColumn,
        KindColumn,
        ValueColumn,
        StatusColumn,
        SourceColumn,
        NoteColumn,
        OriginColumn,
        ColumnCount
    };
    enum Roles {
        QuarterRole = Qt::UserRole + 1, // "FY2025Q4"
        MetricRole,                     // metric key
        KindRole,                       // "actual", "guidance", ...
        ValueRole,                      // double, or invalid for a statement
        UnitRole,
        UserEnteredRole,
        SortRole, // what a proxy sorts each column by
    };

    FigureTableModel(MetricRepository *repository, QUndoStack *undoStack, QObject *parent = nullptr);

    void setCompany(const QString &company);
    QString company() const { return m_company; }
    const Figure &figureAt(int row) const { return m_figures.at(row); }
    int rowFor(const FigureKey &key) const;

    // A figure typed by the user (an estimate, say): validated, stored as user-entered.
    bool addFigure(Figure figure);
    // Only figures the user entered can be removed; imported ones are edited instead.
    bool removeFigure(int row);

    // Reads a value as typed: "39,331", "$39331M", "73.5%"; empty when it is not a number.
    static std::optional<double> parseValue(const QString &text);

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
    void reload();
    void onFiguresChanged(const QString &company);
    bool push(const std::optional<Figure> &before, const std::optional<Figure> &after);
    QString tooltip(const Figure &figure) const;

    MetricRepository *m_repository;
    QUndoStack *m_undoStack;
    QString m_company;
    QList<Figure> m_figures;
};
