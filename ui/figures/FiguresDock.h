#pragma once

#include <QDockWidget>

class FigureTableModel;
class MetricRepository;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QUndoStack;

// The figures of the open call's company in a table: quarter, metric, kind, value, status,
// source, note and origin. Values, statuses, sources and notes are edited in place (undoable),
// estimates and a product's disclosures are added by hand, and figures are imported from CSV or SEC company
// facts and exported to CSV.
class FiguresDock : public QDockWidget
{
    Q_OBJECT
public:
    FiguresDock(MetricRepository *repository, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setCompany(const QString &ticker);
    FigureTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Without dialogs: the number of figures imported, or -1 (the errors were reported).
    // CSV or SEC company facts, told apart by content; company facts are filed under ticker.
    int importFile(const QString &path, const QString &ticker = {});

public slots:
    void importFinancials();
    void exportFinancials();
    void addEstimate();
    // A product's revenue, share, growth or statement, disclosed or estimated, with its
    // source; one undo command.
    void addDisclosure();
    void removeSelected();

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void sizeColumns();

    MetricRepository *m_repository;
    FigureTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QToolButton *m_addButton;
    QToolButton *m_disclosureButton;
    QToolButton *m_removeButton;
    QToolButton *m_importButton;
    QToolButton *m_exportButton;
    bool m_columnsNeedSizing = false;
};
