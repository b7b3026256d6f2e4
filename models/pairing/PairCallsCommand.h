#pragma once

#include "pairing/PairRepository.h"
#include "util/LibraryCommand.h"

// Pairing two calls as versions of one event, or unpairing them, undoable. Unpairing keeps
// the pair's id and hand-made re-pairings, so undo brings both back and the re-pairing
// commands further down the stack still name the pair; a pair made again on redo keeps the id
// it got the first time for the same reason.
class PairCallsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(PairCallsCommand)

public:
    enum class Action { Pair, Unpair };
    // Pair: callA and callB are the two sides in that order. Unpair: the pair of the two calls,
    // whichever order it was stored in.
    PairCallsCommand(PairRepository *repository, Action action, qint64 callA, qint64 callB,
                     UndoHistory *history);

    // The pair the command makes or removes; 0 until a pair is made.
    qint64 pairId() const { return m_pair.id; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    bool add(QString *error);
    bool remove(QString *error);

    PairRepository *m_repository;
    Action m_action;
    PairRepository::Pair m_pair;
    QHash<int, int> m_repairs;
};
