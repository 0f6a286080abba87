#include "ui/eventundocommand.h"

namespace chipline::ui {

EventUndoCommand::EventUndoCommand(storage::EventEditor &editor, const QString &text,
                                   QList<storage::EventSnapshot> before, QList<storage::EventSnapshot> after,
                                   std::function<void(const QString &)> changed)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
}

void EventUndoCommand::apply(const QList<storage::EventSnapshot> &from, const QList<storage::EventSnapshot> &to)
{
    QList<qint64> remove;
    for (const auto &s : from)
        remove.append(s.id);
    const core::Status st = m_editor.replace(remove, to);
    m_changed(st ? QString() : st.error().message);
}

void EventUndoCommand::undo()
{
    apply(m_after, m_before);
}

void EventUndoCommand::redo()
{
    apply(m_before, m_after);
}

} // namespace chipline::ui
