#pragma once

#include "store/LibraryRecords.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// Shows what a transcript's header says about its call (company, fiscal period, date,
// title) before the import writes anything, so the user can correct it.
class ImportMetadataDialog : public QDialog
{
    Q_OBJECT
public:
    ImportMetadataDialog(const QString &fileName, const CallMetadata &found, QWidget *parent = nullptr);

    // The fields as edited; a date that is not yyyy-mm-dd is left out (invalid).
    CallMetadata metadata() const;

private:
    void updateOk();

    QLineEdit *m_ticker;
    QLineEdit *m_company;
    QLineEdit *m_period;
    QLineEdit *m_date;
    QLineEdit *m_title;
    QPushButton *m_ok;
};
