#include "main/ImportMetadataDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportMetadataDialog::ImportMetadataDialog(const QString &fileName, const CallMetadata &found,
                                           QWidget *parent)
    : QDialog(parent), m_ticker(new QLineEdit(found.companyTicker, this)),
      m_company(new QLineEdit(found.companyName, this)), m_period(new QLineEdit(found.fiscalPeriod, this)),
      m_date(new QLineEdit(found.callDate.toString(Qt::ISODate), this)),
      m_title(new QLineEdit(found.title, this))
{
    setObjectName(u"importMetadataDialog"_s);
    setWindowTitle(tr("Import Transcript"));
    m_ticker->setObjectName(u"importTicker"_s);
    m_company->setObjectName(u"importCompany"_s);
    m_period->setObjectName(u"importPeriod"_s);
    m_date->setObjectName(u"importDate"_s);
    m_title->setObjectName(u"importTitle"_s);
    m_ticker->setPlaceholderText(tr("e.g. NVDA"));
    m_period->setPlaceholderText(tr("e.g. FY2025Q4"));
    m_date->setPlaceholderText(tr("yyyy-mm-dd"));
    m_title->setMinimumWidth(360);

    auto *intro = new QLabel(tr("Found in %1. Correct anything before the call is added to the library.")
                                 .arg(QFileInfo(fileName).fileName()),
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
    m_ok->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &ImportMetadataDialog::updateOk);
    connect(m_title, &QLineEdit::textChanged, this, &ImportMetadataDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

void ImportMetadataDialog::updateOk()
{
    const QString date = m_date->text().trimmed();
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty() &&
                     (date.isEmpty() || QDate::fromString(date, Qt::ISODate).isValid()));
}

CallMetadata ImportMetadataDialog::metadata() const
{
    CallMetadata meta;
    meta.companyTicker = m_ticker->text().trimmed().toUpper();
    meta.companyName = m_company->text().trimmed();
    meta.fiscalPeriod = m_period->text().trimmed().toUpper();
    meta.callDate = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    meta.title = m_title->text().trimmed();
    return meta;
}
