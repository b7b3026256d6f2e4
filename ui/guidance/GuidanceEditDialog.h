#pragma once

#include "guidance/GuidanceReviews.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

// Edits an entry's range and target period; the result is an Edited review.
class GuidanceEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuidanceEditDialog(const GuidanceEntry &entry, QWidget *parent = nullptr);

    // nullopt while a field does not hold a valid value.
    std::optional<GuidanceReview> review() const;

    QDoubleSpinBox *lowField() const { return m_low; }
    QDoubleSpinBox *highField() const { return m_high; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }

private:
    void validate();

    QDoubleSpinBox *m_low;
    QDoubleSpinBox *m_high;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QCheckBox *m_wholeYear;
    QCheckBox *m_late;
    class QPushButton *m_ok = nullptr;
};
