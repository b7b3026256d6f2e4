#pragma once

#include <QDockWidget>

class CallChangesModel;
class LibraryStore;
class QLabel;
class QTableView;

// What changed since the last call, for the open call: the terms that rose or fell most
// against the company's previous call (CallChanges). Activating a term asks for its trend.
class ChangesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ChangesDock(LibraryStore *store, QWidget *parent = nullptr);

    // Compared when the dock is shown: reading two calls whole is not free.
    void setCall(qint64 callId);
    CallChangesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }

signals:
    void trendRequested(const QString &term, const QString &companyTicker);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void retranslate();

    LibraryStore *m_store;
    CallChangesModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    qint64 m_callId = 0;
    qint64 m_shownCallId = -1;
};
