#pragma once

#include "util/LibraryCommand.h"

#include <optional>
#include <utility>

class PairRepository;

// Re-pairing one question by hand, undoable: redo stores the new counterpart (0: none;
// nullopt: back to the aligner's choice), undo the one it had before. A failure is
// reported as LibraryCommand does. It names questions by number, which a re-import of
// either call may renumber, so such a re-import retires it.
class RepairQuestionCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RepairQuestionCommand)

public:
    RepairQuestionCommand(PairRepository *repository, qint64 pairId, int aQuestion,
                          std::optional<int> bQuestion, UndoHistory *history);

    bool refersToCall(qint64 callId) const override;

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    PairRepository *m_repository;
    qint64 m_pairId;
    int m_aQuestion;
    std::optional<std::pair<qint64, qint64>> m_calls;
    std::optional<int> m_before;
    std::optional<int> m_after;
};
