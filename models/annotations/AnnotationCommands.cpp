#include "annotations/AnnotationCommands.h"

#include "annotations/AnnotationRepository.h"

#include <QCoreApplication>

namespace {

QString shortQuote(const QString &quote)
{
    constexpr int kMax = 24;
    const QString flat = quote.simplified();
    return flat.size() > kMax ? flat.left(kMax) + QChar(0x2026) : flat;
}

} // namespace

AnnotationCommand::AnnotationCommand(AnnotationRepository *repository, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(repository)
{}

void AnnotationCommand::fail(const QString &error)
{
    m_error = error;
    setObsolete(true);
}

AddAnnotationCommand::AddAnnotationCommand(AnnotationRepository *repository, const Annotation &annotation,
                                           QUndoCommand *parent)
    : AnnotationCommand(repository, parent), m_annotation(annotation)
{
    setText(tr("Highlight \"%1\"").arg(shortQuote(annotation.quote)));
}

void AddAnnotationCommand::redo()
{
    m_error.clear();
    const auto stored = m_repository->add(m_annotation, &m_error);
    if (!stored) {
        fail(m_error);
        return;
    }
    m_annotation = *stored;
    setText(tr("Highlight \"%1\"").arg(shortQuote(m_annotation.quote)));
}

void AddAnnotationCommand::undo()
{
    m_error.clear();
    if (!m_repository->remove(m_annotation.id, &m_error))
        fail(m_error);
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationRepository *repository, const Annotation &before,
                                             const Annotation &after, QUndoCommand *parent)
    : AnnotationCommand(repository, parent), m_before(before), m_after(after)
{
    if (!m_after.modified.isValid() || m_after.modified == m_before.modified)
        m_after.modified = QDateTime::currentDateTimeUtc();
    setText(tr("Edit annotation \"%1\"").arg(shortQuote(before.quote)));
}

void EditAnnotationCommand::redo()
{
    apply(m_after);
}

void EditAnnotationCommand::undo()
{
    apply(m_before);
}

void EditAnnotationCommand::apply(const Annotation &annotation)
{
    m_error.clear();
    if (!m_repository->update(annotation, &m_error))
        fail(m_error);
}

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationRepository *repository,
                                                 const Annotation &annotation, QUndoCommand *parent)
    : AnnotationCommand(repository, parent), m_annotation(annotation)
{
    setText(tr("Delete annotation \"%1\"").arg(shortQuote(annotation.quote)));
}

void DeleteAnnotationCommand::redo()
{
    m_error.clear();
    if (!m_repository->remove(m_annotation.id, &m_error))
        fail(m_error);
}

void DeleteAnnotationCommand::undo()
{
    m_error.clear();
    // An annotation that lost its place comes back unplaced, as it was.
    QList<Annotation> list{m_annotation};
    if (!m_annotation.isPlaced()) {
        if (!m_repository->addImported(list, &m_error))
            fail(m_error);
        return;
    }
    if (!m_repository->add(m_annotation, &m_error))
        fail(m_error);
}

MarkQuestionCommand::MarkQuestionCommand(AnnotationRepository *repository, const QuestionMark &before,
                                         const QuestionMark &after, QUndoCommand *parent)
    : AnnotationCommand(repository, parent), m_before(before), m_after(after)
{
    setText(after.isEmpty() ? tr("Clear the mark of Q%1").arg(after.question)
                            : tr("Mark Q%1 \"%2\"").arg(after.question).arg(after.label));
}

void MarkQuestionCommand::redo()
{
    apply(m_after);
}

void MarkQuestionCommand::undo()
{
    apply(m_before);
}

void MarkQuestionCommand::apply(const QuestionMark &mark)
{
    m_error.clear();
    if (!m_repository->setQuestionMark(mark, &m_error))
        fail(m_error);
}
