#pragma once

#include "store/LibraryRecords.h"
#include "util/LibraryCommand.h"

class LibraryStore;

// Corrects a call's company, fiscal period, date or title after its import (the import dialog
// shows them first; this is for what was noticed later). Each direction is one store write; a
// failure is reported as LibraryCommand does. A re-import keeps the call's details, so it does
// not retire this command.
class EditCallDetailsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCallDetailsCommand)

public:
    EditCallDetailsCommand(LibraryStore *store, const CallSummary &before, const CallSummary &after,
                           UndoHistory *history);

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    LibraryStore *m_store;
    CallSummary m_before;
    CallSummary m_after;
};
