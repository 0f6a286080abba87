#pragma once

#include "core/result.h"

#include <QString>
#include <QUndoStack>

#include <functional>
#include <type_traits>

namespace chipline::ui {

// What both controllers do with a change their service planned: report a planning error,
// push nothing for an empty plan, else push one Command that applies the change now (redo)
// and on every undo and redo; after each application failed() hears of an error and done()
// of the change. lastApplied is the controller's, so that it outlives the command's first
// redo (a command whose redo fails leaves the stack at once). True when the change was
// applied.
template <typename Command, typename Service, typename Change>
bool pushPlanned(QUndoStack *stack, Service &service, core::Result<Change> plan, const QString &text, bool &lastApplied,
                 std::function<void(const QString &)> failed,
                 std::type_identity_t<std::function<void(const Change &)>> done)
{
    if (!plan) {
        failed(plan.error().message);
        return false;
    }
    if (plan->isEmpty())
        return false;
    lastApplied = true;
    stack->push(new Command(service, std::move(plan).value(), text,
                            [&lastApplied, failed, done](const Change &change, const core::Status &status) {
                                lastApplied = status.ok();
                                if (!status)
                                    failed(status.error().message);
                                done(change);
                            }));
    return lastApplied;
}

} // namespace chipline::ui
