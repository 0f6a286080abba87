#pragma once

#include "storage/eventeditor.h"

#include <QUndoCommand>

#include <functional>

namespace chipline::ui {

// Every timeline edit: the affected events before and after, written by the EventEditor
// service either way. A failed write is reported through onError and leaves the stack as is.
class EventUndoCommand final : public QUndoCommand
{
public:
    EventUndoCommand(storage::EventEditor &editor, const QString &text, QList<storage::EventSnapshot> before,
                     QList<storage::EventSnapshot> after, std::function<void(const QString &error)> changed);

    void undo() override;
    void redo() override;

private:
    void apply(const QList<storage::EventSnapshot> &from, const QList<storage::EventSnapshot> &to);

    storage::EventEditor &m_editor;
    QList<storage::EventSnapshot> m_before;
    QList<storage::EventSnapshot> m_after;
    std::function<void(const QString &)> m_changed;
};

} // namespace chipline::ui
