#include "guidance/GuidanceEditDialog.h"

#include "guidance/GuidanceMetrics.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

GuidanceEditDialog::GuidanceEditDialog(const GuidanceEntry &entry, QWidget *parent)
    : QDialog(parent), m_low(new QDoubleSpinBox(this)), m_high(new QDoubleSpinBox(this)),
      m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_wholeYear(new QCheckBox(tr("The whole fiscal year"), this)),
      m_late(new QCheckBox(tr("Late in the year"), this))
{
    setWindowTitle(tr("Edit Guidance"));
    const QString unit = entry.unit == Unit::Percent       ? u" %"_s
                         : entry.unit == Unit::MillionsUsd ? tr(" $M")
                                                           : tr(" bp");
    for (QDoubleSpinBox *field : {m_low, m_high}) {
        field->setDecimals(2);
        field->setRange(-1e9, 1e9);
        field->setSuffix(unit);
    }
    m_low->setObjectName(u"guidanceLow"_s);
    m_high->setObjectName(u"guidanceHigh"_s);
    m_from->setObjectName(u"guidanceFrom"_s);
    m_to->setObjectName(u"guidanceTo"_s);
    m_low->setValue(entry.low);
    m_high->setValue(entry.high);
    auto *validator = new QRegularExpressionValidator(QRegularExpression(u"FY\\d{4}Q[1-4]"_s), this);
    for (QLineEdit *field : {m_from, m_to}) {
        field->setValidator(validator);
        field->setPlaceholderText(u"FY2026Q1"_s);
    }
    m_from->setText(entry.target.from.toString());
    m_to->setText(entry.target.to.toString());
    m_wholeYear->setChecked(entry.target.wholeYear);
    m_late->setChecked(entry.target.late);

    auto *quote = new QLabel(entry.quote, this);
    quote->setWordWrap(true);
    quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->addRow(
        new QLabel(u"<b>%1</b>"_s.arg(GuidanceMetrics::displayName(entry.metric).toHtmlEscaped()), this));
    form->addRow(quote);
    form->addRow(tr("&Low:"), m_low);
    form->addRow(tr("&High:"), m_high);
    form->addRow(tr("&From quarter:"), m_from);
    form->addRow(tr("&To quarter:"), m_to);
    form->addRow(m_wholeYear);
    form->addRow(m_late);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDoubleSpinBox *field : {m_low, m_high})
        connect(field, &QDoubleSpinBox::valueChanged, this, &GuidanceEditDialog::validate);
    for (QLineEdit *field : {m_from, m_to})
        connect(field, &QLineEdit::textChanged, this, &GuidanceEditDialog::validate);
    setMinimumWidth(420);
    validate();
}

std::optional<GuidanceReview> GuidanceEditDialog::review() const
{
    const auto from = FiscalQuarter::parse(m_from->text());
    const auto to = FiscalQuarter::parse(m_to->text());
    if (!from || !to || *to < *from || m_high->value() < m_low->value())
        return std::nullopt;
    GuidanceReview review;
    review.status = GuidanceStatus::Edited;
    review.low = m_low->value();
    review.high = m_high->value();
    review.target.from = *from;
    review.target.to = *to;
    review.target.wholeYear = m_wholeYear->isChecked();
    review.target.late = m_late->isChecked();
    return review;
}

void GuidanceEditDialog::validate()
{
    m_ok->setEnabled(review().has_value());
}
