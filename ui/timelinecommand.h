#pragma once

#include "core/result.h"
#include "storage/eventeditor.h"

#include <QUndoCommand>

#include <functional>

namespace chipline::annotation {
class TimelineService;
}

namespace chipline::ui {

// One undoable timeline edit: a planned TimelineChange applied forward by redo() and
// backward by undo(), each in its own transaction, entities it creates included. A redo
// that could not be written leaves the stack; done is told after every application.
class TimelineCommand final : public QUndoCommand
{
public:
    using Done = std::function<void(const storage::TimelineChange &change, const core::Status &status)>;

    TimelineCommand(annotation::TimelineService &service, storage::TimelineChange change, const QString &text,
                    Done done);
    Q_DISABLE_COPY_MOVE(TimelineCommand)

    void redo() override;
    void undo() override;

private:
    annotation::TimelineService &m_service;
    storage::TimelineChange m_change;
    Done m_done;
};

} // namespace chipline::ui
