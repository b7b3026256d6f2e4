#include "trends/ChangesDock.h"

#include "store/LibraryStore.h"
#include "trends/CallChangesModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChangesDock::ChangesDock(LibraryStore *store, QWidget *parent)
    : QDockWidget(parent), m_store(store), m_model(new CallChangesModel(this)), m_summary(new QLabel(this)),
      m_view(new QTableView(this))
{
    setObjectName(u"changesDock"_s);
    m_summary->setObjectName(u"changesSummary"_s);
    m_view->setObjectName(u"changesTable"_s);
    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CallChangesModel::TermColumn, QHeaderView::Stretch);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit trendRequested(index.data(CallChangesModel::TermRole).toString(),
                            m_model->result().call.companyTicker);
    });
    connect(m_store, &LibraryStore::callsChanged, this, [this] {
        m_shownCallId = -1;
        if (isVisible())
            refresh();
    });
    retranslate();
}

void ChangesDock::setCall(qint64 callId)
{
    m_callId = callId;
    if (isVisible())
        refresh();
}

void ChangesDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    refresh();
}

void ChangesDock::refresh()
{
    if (m_callId == m_shownCallId)
        return;
    m_shownCallId = m_callId;
    if (!m_callId) {
        m_model->setResult({});
        m_summary->setText(tr("No call is open."));
        return;
    }
    const CallChangesResult result = CallChanges(*m_store).compute(m_callId);
    m_model->setResult(result);
    if (!result.error.isEmpty()) {
        m_summary->setText(result.error);
    } else if (!result.previous) {
        m_summary->setText(tr("%1 %2 is the company's first call in the library: nothing to compare with.")
                               .arg(result.call.companyTicker, result.call.fiscalPeriod));
    } else {
        m_summary->setText(tr("%1 %2 against %3 (%4 and %5 words). Activate a term to see its trend.")
                               .arg(result.call.companyTicker, result.call.fiscalPeriod,
                                    result.previous->fiscalPeriod, QLocale().toString(result.words),
                                    QLocale().toString(result.previousWords)));
    }
}

void ChangesDock::retranslate()
{
    setWindowTitle(tr("Changes Since the Last Call"));
    m_view->setAccessibleName(tr("Terms that rose or fell since the last call"));
    m_shownCallId = -1;
    if (isVisible())
        refresh();
}

void ChangesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}
