#include "main/CallDetailsDialog.h"

#include "util/UntrustedText.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CallDetailsDialog::CallDetailsDialog(Purpose purpose, const QString &fileName, const CallMetadata &found,
                                     QWidget *parent)
    : QDialog(parent), m_ticker(new QLineEdit(found.companyTicker, this)),
      m_company(new QLineEdit(found.companyName, this)), m_period(new QLineEdit(found.fiscalPeriod, this)),
      m_date(new QLineEdit(found.callDate.toString(Qt::ISODate), this)),
      m_title(new QLineEdit(found.title, this))
{
    const bool importing = purpose == Purpose::Import;
    setObjectName(importing ? u"importMetadataDialog"_s : u"callDetailsDialog"_s);
    setWindowTitle(importing ? tr("Import Transcript") : tr("Call Details"));
    m_ticker->setObjectName(u"importTicker"_s);
    m_company->setObjectName(u"importCompany"_s);
    m_period->setObjectName(u"importPeriod"_s);
    m_date->setObjectName(u"importDate"_s);
    m_title->setObjectName(u"importTitle"_s);
    m_ticker->setPlaceholderText(tr("e.g. NVDA"));
    m_period->setPlaceholderText(tr("e.g. FY2025Q4"));
    m_date->setPlaceholderText(tr("yyyy-mm-dd"));
    m_title->setMinimumWidth(360);

    const QString name = QFileInfo(fileName).fileName();
    auto *intro = new QLabel(
        importing ? tr("Found in %1. Correct anything before the call is added to the library.").arg(name)
                  : tr("Imported from %1. A change can be undone with Edit > Undo.").arg(name),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Ticker:"), m_ticker);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("Fiscal &period:"), m_period);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&itle:"), m_title);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (importing)
        m_ok->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &CallDetailsDialog::updateOk);
    connect(m_title, &QLineEdit::textChanged, this, &CallDetailsDialog::updateOk);
    connect(m_ticker, &QLineEdit::textChanged, this, &CallDetailsDialog::updateOk);
    connect(m_period, &QLineEdit::textChanged, this, &CallDetailsDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

void CallDetailsDialog::updateOk()
{
    const QString date = m_date->text().trimmed();
    const QString ticker = m_ticker->text().trimmed().toUpper();
    const QString period = m_period->text().trimmed().toUpper();
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty() &&
                     (date.isEmpty() || QDate::fromString(date, Qt::ISODate).isValid()) &&
                     (ticker.isEmpty() || UntrustedText::isTicker(ticker)) &&
                     (period.isEmpty() || UntrustedText::isFiscalQuarter(period)));
}

CallMetadata CallDetailsDialog::metadata() const
{
    CallMetadata meta;
    meta.companyTicker = m_ticker->text().trimmed().toUpper();
    meta.companyName = m_company->text().trimmed();
    meta.fiscalPeriod = m_period->text().trimmed().toUpper();
    meta.callDate = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    meta.title = m_title->text().trimmed();
    return meta;
}
