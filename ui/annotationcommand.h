#pragma once

#include "core/result.h"
#include "storage/annotationchange.h"

#include <QUndoCommand>

#include <functional>

namespace chipline::annotation {
class AnnotationService;
}

namespace chipline::ui {

// One undoable annotation edit: a planned AnnotationChange applied forward by redo() and
// backward by undo(), each in its own transaction, so the database always holds the
// state the stack shows. done is told after every application, with its outcome.
class AnnotationCommand final : public QUndoCommand
{
public:
    using Done = std::function<void(const storage::AnnotationChange &change, const core::Status &status)>;

    AnnotationCommand(annotation::AnnotationService &service, storage::AnnotationChange change, const QString &text,
                      Done done);
    Q_DISABLE_COPY_MOVE(AnnotationCommand)

    void redo() override;
    void undo() override;
    const storage::AnnotationChange &change() const { return m_change; }

private:
    annotation::AnnotationService &m_service;
    storage::AnnotationChange m_change;
    Done m_done;
};

} // namespace chipline::ui
