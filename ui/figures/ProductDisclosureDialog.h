#pragma once

#include "figures/ProductRamp.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// What a reader knows about one of a company's products in one quarter: the product (one
// already disclosed, or a new name), the quarter, what kind of figure it is, its value or
// words, whether the company disclosed it or it is an estimate, and where it comes from.
// The fields are read into a ProductRamp::Entry; ProductRamp says whether it can be stored.
class ProductDisclosureDialog : public QDialog
{
    Q_OBJECT
public:
    ProductDisclosureDialog(const QString &company, const QStringList &products,
                            const QList<FiscalQuarter> &quarters, QWidget *parent = nullptr);

    // Empty value text is no value; text that is not a number sets *badValue.
    ProductRamp::Entry entry(bool *badValue) const;

    QComboBox *productField() const { return m_product; }
    QComboBox *quarterField() const { return m_quarter; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *valueField() const { return m_value; }
    QComboBox *statusField() const { return m_status; }
    QPlainTextEdit *textField() const { return m_text; }
    QLineEdit *sourceField() const { return m_source; }

private:
    void updateValueField();

    QString m_company;
    QComboBox *m_product;
    QComboBox *m_quarter;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QComboBox *m_status;
    QPlainTextEdit *m_text;
    QLineEdit *m_source;
};
