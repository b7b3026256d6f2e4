#pragma once

#include "options/PutCalculator.h"

#include <QGroupBox>

class PutScenarioRepository;
class QComboBox;
class QLineEdit;
class QPushButton;
class QUndoStack;

// The scenarios saved with the open call: a list to bring one back, a name and Save, and
// Delete. Saving and deleting go through the window's undo stack; without a repository or
// an open call the bar is disabled and the pane only calculates.
class PutScenarioBar : public QGroupBox
{
    Q_OBJECT
public:
    explicit PutScenarioBar(QWidget *parent = nullptr);

    void setStore(PutScenarioRepository *repository, QUndoStack *undoStack);
    void setCurrentCall(qint64 callId);
    // What Save stores; refused inputs cannot be saved.
    void setCurrentInputs(const PutInputs &inputs, bool valid);

    // Saves the current inputs with the open call; an empty name gets one made from the trade.
    void save();
    void deleteSelected();
    QComboBox *list() const { return m_list; }

signals:
    void scenarioChosen(const PutInputs &inputs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void choose();
    void retranslate();

    QComboBox *m_list;
    QPushButton *m_delete;
    QLineEdit *m_name;
    QPushButton *m_save;
    PutScenarioRepository *m_repository = nullptr;
    QUndoStack *m_undoStack = nullptr;
    qint64 m_callId = 0;
    PutInputs m_inputs;
    bool m_inputsValid = false;
};
