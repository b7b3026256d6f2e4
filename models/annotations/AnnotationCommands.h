#pragma once

#include "annotations/Annotation.h"

#include <QCoreApplication>
#include <QUndoCommand>

class AnnotationRepository;

// One undo command per kind of change to annotations. Each direction is one write to the
// library; a write that fails makes the command obsolete so the stack drops it, and the
// reason is kept for the caller to show.
class AnnotationCommand : public QUndoCommand
{
public:
    QString lastError() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

protected:
    AnnotationCommand(AnnotationRepository *repository, QUndoCommand *parent);
    void fail(const QString &error);

    AnnotationRepository *m_repository;
    QString m_error;
};

// Adds a highlight. Undo deletes it; redo brings it back with the same id and uid, so later
// commands on the stack still refer to it.
class AddAnnotationCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)

public:
    AddAnnotationCommand(AnnotationRepository *repository, const Annotation &annotation,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // The stored annotation after the first redo (id, uid, quote filled in).
    const Annotation &annotation() const { return m_annotation; }

private:
    Annotation m_annotation;
};

// Changes note, tags, colour or figure links; undo and redo swap the two versions.
class EditAnnotationCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)

public:
    EditAnnotationCommand(AnnotationRepository *repository, const Annotation &before, const Annotation &after,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const Annotation &annotation);
    Annotation m_before;
    Annotation m_after;
};

class DeleteAnnotationCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteAnnotationCommand)

public:
    DeleteAnnotationCommand(AnnotationRepository *repository, const Annotation &annotation,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Annotation m_annotation;
};

// Sets or clears the label and rating of a whole question.
class MarkQuestionCommand : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkQuestionCommand)

public:
    MarkQuestionCommand(AnnotationRepository *repository, const QuestionMark &before,
                        const QuestionMark &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QuestionMark &mark);
    QuestionMark m_before;
    QuestionMark m_after;
};
