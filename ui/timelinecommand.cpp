#include "ui/timelinecommand.h"

#include "annotation/timelineservice.h"

namespace chipline::ui {

TimelineCommand::TimelineCommand(annotation::TimelineService &service, storage::TimelineChange change,
                                 const QString &text, Done done)
    : QUndoCommand(text),
      m_service(service),
      m_change(std::move(change)),
      m_done(std::move(done))
{}

void TimelineCommand::redo()
{
    const core::Status status = m_service.apply(m_change, true);
    if (!status)
        setObsolete(true);
    if (m_done)
        m_done(m_change, status);
}

void TimelineCommand::undo()
{
    const core::Status status = m_service.apply(m_change, false);
    if (m_done)
        m_done(m_change, status);
}

} // namespace chipline::ui
