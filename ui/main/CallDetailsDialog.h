#pragma once

#include "store/LibraryRecords.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// A call's company, fiscal period, date and title, editable: before an import writes
// anything (what the transcript's header says, for the user to correct), or later, to
// correct a call in the library (Edit > Call Details).
class CallDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Import, Edit };
    // fileName: the transcript's, named in the dialog's introduction.
    CallDetailsDialog(Purpose purpose, const QString &fileName, const CallMetadata &found,
                      QWidget *parent = nullptr);

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
