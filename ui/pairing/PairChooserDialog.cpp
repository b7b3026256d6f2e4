#include "pairing/PairChooserDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kCallIdRole = Qt::UserRole + 1;
}

QString PairChooserDialog::reasons(const QList<PairEvidence> &evidence)
{
    QStringList said;
    for (const PairEvidence &e : evidence) {
        if (e.kind == u"company"_s)
            said << tr("same company");
        else if (e.kind == u"period"_s)
            said << tr("same period");
        else if (e.kind == u"date"_s)
            said << tr("%n day(s) apart", nullptr,
                       int(std::abs(
                           QDate::fromString(e.a, Qt::ISODate).daysTo(QDate::fromString(e.b, Qt::ISODate)))));
    }
    return said.join(tr(", "));
}

PairChooserDialog::PairChooserDialog(const CallSummary &call, const QList<PairSuggestion> &suggestions,
                                     const QList<qint64> &pairedWith, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(u"pairChooserDialog"_s);
    setWindowTitle(tr("Read Side by Side"));
    auto *intro = new QLabel(tr("Read “%1” beside:").arg(call.title), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_list->setObjectName(u"pairChooserList"_s);
    m_list->setWordWrap(true);
    bool headedSuggested = false;
    bool headedOthers = false;
    const auto heading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::NoItemFlags);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    };
    for (const PairSuggestion &suggestion : suggestions) {
        if (suggestion.suggested && !headedSuggested) {
            heading(tr("Suggested"));
            headedSuggested = true;
        } else if (!suggestion.suggested && !headedOthers) {
            heading(tr("Other calls"));
            headedOthers = true;
        }
        const CallSummary &other = suggestion.call;
        QStringList details;
        if (!other.companyTicker.isEmpty())
            details << other.companyTicker;
        if (!other.fiscalPeriod.isEmpty())
            details << other.fiscalPeriod;
        if (other.callDate.isValid())
            details << QLocale().toString(other.callDate, QLocale::ShortFormat);
        QString text = other.title + u'\n' + details.join(u" · "_s);
        if (suggestion.suggested)
            text += u" — "_s + reasons(suggestion.evidence);
        if (pairedWith.contains(other.id))
            text += u" — "_s + tr("paired");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kCallIdRole, other.id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Read Side by Side"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenCall() != 0); });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (chosenCall())
            accept();
    });
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kCallIdRole).toLongLong()) {
            m_list->setCurrentRow(row);
            break;
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

qint64 PairChooserDialog::chosenCall() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kCallIdRole).toLongLong() : 0;
}
