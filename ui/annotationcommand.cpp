#include "ui/annotationcommand.h"

#include "annotation/annotationservice.h"

namespace chipline::ui {

AnnotationCommand::AnnotationCommand(annotation::AnnotationService &service, storage::AnnotationChange change,
                                     const QString &text, Done done)
    : m_service(service),
      m_change(std::move(change)),
      m_done(std::move(done))
{
    setText(text);
}

void AnnotationCommand::redo()
{
    const core::Status status = m_service.apply(m_change, true);
    // A change that could not be written must not stay on the stack as if it had been.
    if (!status)
        setObsolete(true);
    if (m_done)
        m_done(m_change, status);
}

void AnnotationCommand::undo()
{
    const core::Status status = m_service.apply(m_change, false);
    if (m_done)
        m_done(m_change, status);
}

} // namespace chipline::ui
