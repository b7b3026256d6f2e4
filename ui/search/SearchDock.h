#pragma once

#include "search/SearchIndex.h"
#include "transcript/TranscriptView.h"

#include <QDockWidget>
#include <QTimer>

class LibraryStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class SearchResultModel;

// Search across the library (or the open call) in Chinese of either script and in English:
// a query field, scope and filters, and the hits grouped by call and question. Activating a
// hit asks the window to open its call and show it.
class SearchDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Scope { ThisCall, Library };

    explicit SearchDock(LibraryStore *store, QWidget *parent = nullptr);

    // The call that "This call" means; searches again if that is the scope.
    void setCurrentCall(qint64 callId);
    void setScope(Scope scope);
    // Shows the dock and puts the cursor in the query field, its text selected.
    void focusQuery();
    void search();

    // The hits in one call as highlights for TranscriptView, the activated one stronger.
    QList<TranscriptView::Highlight> highlightsForCall(qint64 callId) const;
    // Hits as highlights in the search colours, the active one stronger (the trend pane's too).
    static QList<TranscriptView::Highlight> highlights(const QList<SearchHit> &hits,
                                                       const TranscriptView::TurnSpan &active);

    QLineEdit *queryField() const { return m_query; }
    QTreeView *resultsView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }

signals:
    // The turn span to show; turnId is 0 for a note on an annotation that is not placed.
    void hitActivated(qint64 callId, qint64 turnId, int offset, int length);
    void resultsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &index);

    LibraryStore *m_store;
    SearchIndex m_index;
    SearchResultModel *m_model;
    QLineEdit *m_query;
    QComboBox *m_scope;
    QComboBox *m_role;
    QComboBox *m_section;
    QTreeView *m_results;
    QLabel *m_status;
    QTimer m_typingPause;
    qint64 m_callId = 0;
    TranscriptView::TurnSpan m_activeHit;
};
