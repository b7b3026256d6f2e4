#pragma once

#include "annotations/Annotation.h"
#include "util/LibraryCommand.h"

class AnnotationRepository;

// One undo command per kind of change to annotations. Each direction is one write to the
// library; a failure is reported as LibraryCommand does. All of them refer to one call's
// turns, so a re-import of that call retires them (UndoHistory::retireCall).
class AnnotationCommand : public LibraryCommand
{
protected:
    AnnotationCommand(AnnotationRepository *repository, UndoHistory *history, QUndoCommand *parent);

    AnnotationRepository *m_repository;
};

// Adds a highlight. Undo deletes it; redo brings it back with the same id and uid, so later
// commands on the stack still refer to it.
class AddAnnotationCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)

public:
    AddAnnotationCommand(AnnotationRepository *repository, const Annotation &annotation, UndoHistory *history,
                         QUndoCommand *parent = nullptr);
    bool refersToCall(qint64 callId) const override { return callId == m_annotation.callId; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    Annotation m_annotation;
};

// Changes note, tags, colour or figure links; undo and redo swap the two versions.
class EditAnnotationCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)

public:
    EditAnnotationCommand(AnnotationRepository *repository, const Annotation &before, const Annotation &after,
                          UndoHistory *history, QUndoCommand *parent = nullptr);
    bool refersToCall(qint64 callId) const override { return callId == m_before.callId; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    Annotation m_before;
    Annotation m_after;
};

class DeleteAnnotationCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteAnnotationCommand)

public:
    DeleteAnnotationCommand(AnnotationRepository *repository, const Annotation &annotation,
                            UndoHistory *history, QUndoCommand *parent = nullptr);
    bool refersToCall(qint64 callId) const override { return callId == m_annotation.callId; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    Annotation m_annotation;
};

// Sets or clears the label and rating of a whole question.
class MarkQuestionCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkQuestionCommand)

public:
    MarkQuestionCommand(AnnotationRepository *repository, const QuestionMark &before,
                        const QuestionMark &after, UndoHistory *history, QUndoCommand *parent = nullptr);
    // Question numbers come from the call's text, which a re-import may number anew.
    bool refersToCall(qint64 callId) const override { return callId == m_after.callId; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    QuestionMark m_before;
    QuestionMark m_after;
};
