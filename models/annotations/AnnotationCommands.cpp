#include "annotations/AnnotationCommands.h"

#include "annotations/AnnotationRepository.h"

namespace {

QString shortQuote(const QString &quote)
{
    constexpr int kMax = 24;
    const QString flat = quote.simplified();
    return flat.size() > kMax ? flat.left(kMax) + QChar(0x2026) : flat;
}

} // namespace

AnnotationCommand::AnnotationCommand(AnnotationRepository *repository, UndoHistory *history,
                                     QUndoCommand *parent)
    : LibraryCommand(history, parent), m_repository(repository)
{}

AddAnnotationCommand::AddAnnotationCommand(AnnotationRepository *repository, const Annotation &annotation,
                                           UndoHistory *history, QUndoCommand *parent)
    : AnnotationCommand(repository, history, parent), m_annotation(annotation)
{
    setText(tr("Highlight \"%1\"").arg(shortQuote(annotation.quote)));
}

bool AddAnnotationCommand::doRedo(QString *error)
{
    const auto stored = m_repository->add(m_annotation, error);
    if (!stored)
        return false;
    m_annotation = *stored;
    setText(tr("Highlight \"%1\"").arg(shortQuote(m_annotation.quote)));
    return true;
}

bool AddAnnotationCommand::doUndo(QString *error)
{
    return m_repository->remove(m_annotation.id, error);
}

QString AddAnnotationCommand::redoFailure() const
{
    return m_annotation.quote.isEmpty()
               ? tr("Could not highlight the selection")
               : tr("Could not highlight \"%1\"").arg(shortQuote(m_annotation.quote));
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationRepository *repository, const Annotation &before,
                                             const Annotation &after, UndoHistory *history,
                                             QUndoCommand *parent)
    : AnnotationCommand(repository, history, parent), m_before(before), m_after(after)
{
    if (!m_after.modified.isValid() || m_after.modified == m_before.modified)
        m_after.modified = QDateTime::currentDateTimeUtc();
    setText(tr("Edit annotation \"%1\"").arg(shortQuote(before.quote)));
}

bool EditAnnotationCommand::doRedo(QString *error)
{
    return m_repository->update(m_after, error);
}

bool EditAnnotationCommand::doUndo(QString *error)
{
    return m_repository->update(m_before, error);
}

QString EditAnnotationCommand::redoFailure() const
{
    return tr("Could not save the annotation \"%1\"").arg(shortQuote(m_before.quote));
}

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationRepository *repository,
                                                 const Annotation &annotation, UndoHistory *history,
                                                 QUndoCommand *parent)
    : AnnotationCommand(repository, history, parent), m_annotation(annotation)
{
    setText(tr("Delete annotation \"%1\"").arg(shortQuote(annotation.quote)));
}

bool DeleteAnnotationCommand::doRedo(QString *error)
{
    return m_repository->remove(m_annotation.id, error);
}

bool DeleteAnnotationCommand::doUndo(QString *error)
{
    // An annotation that lost its place comes back unplaced, as it was.
    if (!m_annotation.isPlaced())
        return m_repository->addImported({m_annotation}, error).has_value();
    return m_repository->add(m_annotation, error).has_value();
}

QString DeleteAnnotationCommand::redoFailure() const
{
    return tr("Could not delete the annotation \"%1\"").arg(shortQuote(m_annotation.quote));
}

MarkQuestionCommand::MarkQuestionCommand(AnnotationRepository *repository, const QuestionMark &before,
                                         const QuestionMark &after, UndoHistory *history,
                                         QUndoCommand *parent)
    : AnnotationCommand(repository, history, parent), m_before(before), m_after(after)
{
    setText(after.isEmpty() ? tr("Clear the mark of Q%1").arg(after.question)
                            : tr("Mark Q%1 \"%2\"").arg(after.question).arg(after.label));
}

bool MarkQuestionCommand::doRedo(QString *error)
{
    return m_repository->setQuestionMark(m_after, error);
}

bool MarkQuestionCommand::doUndo(QString *error)
{
    return m_repository->setQuestionMark(m_before, error);
}

QString MarkQuestionCommand::redoFailure() const
{
    return m_after.isEmpty() ? tr("Could not clear the mark of Q%1").arg(m_after.question)
                             : tr("Could not mark Q%1 \"%2\"").arg(m_after.question).arg(m_after.label);
}
