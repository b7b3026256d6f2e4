#include "figures/ProductDisclosureDialog.h"

#include "figures/FigureTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProductDisclosureDialog::ProductDisclosureDialog(const QString &company, const QStringList &products,
                                                 const QList<FiscalQuarter> &quarters, QWidget *parent)
    : QDialog(parent), m_company(company), m_product(new QComboBox(this)), m_quarter(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_value(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_source(new QLineEdit(this))
{
    setObjectName(u"productDisclosureDialog"_s);
    setWindowTitle(tr("Add Product Disclosure for %1").arg(company));
    m_product->setObjectName(u"product"_s);
    m_product->setEditable(true);
    m_product->addItems(products);
    m_product->lineEdit()->setPlaceholderText(tr("a product's name, e.g. Rubin"));
    m_product->lineEdit()->setMaxLength(ProductRamp::MaxNameLength);
    m_quarter->setObjectName(u"quarter"_s);
    m_quarter->setEditable(true);
    for (const FiscalQuarter &q : quarters)
        m_quarter->addItem(q.toString());
    if (!quarters.isEmpty())
        m_quarter->addItem(quarters.last().next().toString());
    m_quarter->setCurrentIndex(std::max(0, int(quarters.size()) - 1));
    m_kind->setObjectName(u"kind"_s);
    for (ProductRamp::Kind kind : ProductRamp::kinds())
        m_kind->addItem(ProductRamp::kindLabel(kind), ProductRamp::kindName(kind));
    m_value->setObjectName(u"value"_s);
    m_status->setObjectName(u"status"_s);
    m_status->addItem(tr("Disclosed by the company"), false);
    m_status->addItem(tr("Estimate (not disclosed)"), true);
    m_text->setObjectName(u"text"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("what was said, in the company's words"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4);
    m_source->setObjectName(u"source"_s);
    m_source->setPlaceholderText(tr("the call, release or filing; for an estimate, what it is based on"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&What was said:"), m_text);
    form->addRow(tr("&Source:"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProductDisclosureDialog::updateValueField);
    updateValueField();
    setMinimumWidth(440);
}

void ProductDisclosureDialog::updateValueField()
{
    const auto kind = ProductRamp::kindFromName(m_kind->currentData().toString());
    const bool statement = kind == ProductRamp::Kind::Statement;
    m_value->setEnabled(!statement);
    m_value->setPlaceholderText(statement                            ? tr("a statement has no value")
                                : kind == ProductRamp::Kind::Revenue ? tr("US$ millions, e.g. 11000")
                                                                     : tr("percent, e.g. 17"));
}

ProductRamp::Entry ProductDisclosureDialog::entry(bool *badValue) const
{
    ProductRamp::Entry entry;
    entry.company = m_company;
    entry.product = m_product->currentText();
    entry.quarter = FiscalQuarter::parse(m_quarter->currentText()).value_or(FiscalQuarter{});
    entry.kind =
        ProductRamp::kindFromName(m_kind->currentData().toString()).value_or(ProductRamp::Kind::Revenue);
    entry.estimate = m_status->currentData().toBool();
    *badValue = false;
    if (entry.kind != ProductRamp::Kind::Statement && !m_value->text().trimmed().isEmpty()) {
        entry.value = FigureTableModel::parseValue(m_value->text());
        *badValue = !entry.value;
    }
    entry.text = m_text->toPlainText();
    entry.source = m_source->text();
    return entry;
}
