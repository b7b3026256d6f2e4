#pragma once

#include "transcript/TranscriptView.h"

#include <QDockWidget>

class GuidanceReviews;
class GuidanceTableModel;
class LibraryStore;
class MetricRepository;
class NumberClaimModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QUndoStack;

// The guidance ledger of the open call's company (what management guided, for which period,
// and how it turned out) and the numbers of the open call checked against the figures.
// Entries are confirmed, edited or dismissed through the undo stack; activating a row opens
// its passage.
class GuidanceDock : public QDockWidget
{
    Q_OBJECT
public:
    GuidanceDock(LibraryStore *store, MetricRepository *metrics, QUndoStack *undoStack,
                 QWidget *parent = nullptr);

    void setCall(qint64 callId);
    // The guidance sentences of a call, for the transcript to mark.
    QList<TranscriptView::Highlight> highlightsForCall(qint64 callId) const;

    GuidanceTableModel *ledger() const { return m_ledger; }
    NumberClaimModel *numbers() const { return m_numbers; }
    QTableView *ledgerView() const { return m_ledgerView; }
    QTableView *numbersView() const { return m_numbersView; }
    QComboBox *metricFilter() const { return m_metricFilter; }
    QComboBox *periodFilter() const { return m_periodFilter; }
    QCheckBox *dismissedFilter() const { return m_showDismissed; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *restoreButton() const { return m_restore; }

signals:
    void passageRequested(qint64 callId, qint64 turnId, int start, int end);
    // The guidance of the open call changed (a review, a re-import): its marks are stale.
    void guidanceChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refillFilters();
    void applyFilter();
    void updateButtons();
    void review(int statusOrRestore);
    void editCurrent();

    LibraryStore *m_store;
    MetricRepository *m_metrics;
    QUndoStack *m_undoStack;
    GuidanceReviews *m_reviews;
    GuidanceTableModel *m_ledger;
    NumberClaimModel *m_numbers;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QComboBox *m_metricFilter;
    QComboBox *m_periodFilter;
    QCheckBox *m_showDismissed;
    QTableView *m_ledgerView;
    QTableView *m_numbersView;
    QLabel *m_numbersSummary;
    QPushButton *m_confirm;
    QPushButton *m_edit;
    QPushButton *m_dismiss;
    QPushButton *m_restore;
    qint64 m_callId = 0;
    bool m_stale = true;
};
