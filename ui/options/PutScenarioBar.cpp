#include "options/PutScenarioBar.h"

#include "options/PutScenarioCommands.h"
#include "options/PutScenarioRepository.h"
#include "util/UndoHistory.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

PutScenarioBar::PutScenarioBar(QWidget *parent)
    : QGroupBox(parent), m_list(new QComboBox(this)), m_delete(new QPushButton(this)),
      m_name(new QLineEdit(this)), m_save(new QPushButton(this))
{
    setObjectName(u"putScenarioBar"_s);
    m_list->setObjectName(u"putScenarios"_s);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_list->setMinimumContentsLength(12);
    m_delete->setObjectName(u"putDeleteScenario"_s);
    m_name->setObjectName(u"putScenarioName"_s);
    m_save->setObjectName(u"putSaveScenario"_s);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_list, 0, 0);
    grid->addWidget(m_delete, 0, 1);
    grid->addWidget(m_name, 1, 0);
    grid->addWidget(m_save, 1, 1);
    grid->setColumnStretch(0, 1);
    connect(m_list, &QComboBox::activated, this, &PutScenarioBar::choose);
    connect(m_save, &QPushButton::clicked, this, &PutScenarioBar::save);
    connect(m_name, &QLineEdit::returnPressed, this, &PutScenarioBar::save);
    connect(m_delete, &QPushButton::clicked, this, &PutScenarioBar::deleteSelected);
    retranslate();
}

void PutScenarioBar::setStore(PutScenarioRepository *repository, QUndoStack *undoStack)
{
    m_repository = repository;
    m_undoStack = undoStack;
    // Undo and redo from the Edit menu change the list too.
    connect(repository, &PutScenarioRepository::scenarioAdded, this, [this](qint64, qint64 callId) {
        if (callId == m_callId)
            refresh();
    });
    connect(repository, &PutScenarioRepository::scenarioRemoved, this, [this](qint64, qint64 callId) {
        if (callId == m_callId)
            refresh();
    });
    refresh();
}

void PutScenarioBar::setCurrentCall(qint64 callId)
{
    m_callId = callId;
    refresh();
}

void PutScenarioBar::setCurrentInputs(const PutInputs &inputs, bool valid)
{
    m_inputs = inputs;
    m_inputsValid = valid;
    m_save->setEnabled(valid);
}

void PutScenarioBar::save()
{
    if (!m_repository || m_callId <= 0 || !m_inputsValid)
        return;
    PutScenario scenario;
    scenario.callId = m_callId;
    scenario.inputs = m_inputs;
    scenario.name = m_name->text().trimmed();
    if (scenario.name.isEmpty())
        scenario.name =
            tr("%1 put, %2 premium, expiring %3")
                .arg(PutCalculator::money(m_inputs.strike), PutCalculator::perShare(m_inputs.premium),
                     m_inputs.expiry.toString(Qt::ISODate));
    UndoHistory *history = UndoHistory::of(m_undoStack);
    auto *command = new SavePutScenarioCommand(m_repository, scenario, history);
    // A refused save is reported to the history, and the stack has deleted the command.
    if (!history->push(command))
        return;
    m_list->setCurrentIndex(m_list->findData(command->scenarioId()));
    m_name->clear();
}

void PutScenarioBar::deleteSelected()
{
    if (!m_repository || m_list->currentData().isNull())
        return;
    if (const auto scenario = m_repository->scenario(m_list->currentData().toLongLong()))
        UndoHistory::of(m_undoStack)
            ->push(new DeletePutScenarioCommand(m_repository, *scenario, UndoHistory::of(m_undoStack)));
}

void PutScenarioBar::refresh()
{
    const QVariant selected = m_list->currentData();
    m_list->clear();
    const bool available = m_repository && m_callId > 0;
    setEnabled(available);
    if (available) {
        for (const PutScenario &scenario : m_repository->scenarios(m_callId))
            m_list->addItem(scenario.name, scenario.id);
    }
    const int index = m_list->findData(selected);
    m_list->setCurrentIndex(index >= 0 ? index : m_list->count() - 1);
    m_delete->setEnabled(m_list->count() > 0);
    // Short: a combo box is as wide as its placeholder, and the dock is narrow.
    m_list->setPlaceholderText(available ? tr("None saved yet") : tr("Open a call first"));
}

void PutScenarioBar::choose()
{
    if (!m_repository || m_list->currentData().isNull())
        return;
    if (const auto scenario = m_repository->scenario(m_list->currentData().toLongLong()))
        emit scenarioChosen(scenario->inputs);
}

void PutScenarioBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PutScenarioBar::retranslate()
{
    setTitle(tr("Saved with this call"));
    m_name->setPlaceholderText(tr("Name of the scenario (optional)"));
    m_name->setAccessibleName(tr("Name of the scenario to save"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save these inputs with the open call; Undo takes it back"));
    m_delete->setText(tr("Delete"));
    m_list->setAccessibleName(tr("Saved scenarios"));
    m_list->setToolTip(tr("Scenarios saved with the open call; choose one to bring its inputs back"));
    refresh();
}
