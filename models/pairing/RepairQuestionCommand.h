#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

class PairRepository;

// Re-pairing one question by hand, undoable: redo stores the new counterpart (0: none;
// nullopt: back to the aligner's choice), undo the one it had before.
class RepairQuestionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RepairQuestionCommand)

public:
    RepairQuestionCommand(PairRepository *repository, qint64 pairId, int aQuestion,
                          std::optional<int> bQuestion);

    void redo() override;
    void undo() override;

private:
    void apply(std::optional<int> bQuestion);

    PairRepository *m_repository;
    qint64 m_pairId;
    int m_aQuestion;
    std::optional<int> m_before;
    std::optional<int> m_after;
};
