#pragma once

#include "pairing/CallEvidence.h"

#include <QDialog>

class QLabel;
class QListWidget;

// Chooses the call to read beside the open one: the suggested versions of the same event
// first (same company and period, or dates within a week), each with why, then every other
// call of the library; calls already paired with it are marked.
class PairChooserDialog : public QDialog
{
    Q_OBJECT
public:
    PairChooserDialog(const CallSummary &call, const QList<PairSuggestion> &suggestions,
                      const QList<qint64> &pairedWith, QWidget *parent = nullptr);

    qint64 chosenCall() const;
    QListWidget *list() const { return m_list; }

    static QString reasons(const QList<PairEvidence> &evidence);

private:
    QListWidget *m_list;
};
