#pragma once

#include <QString>

#include <optional>

namespace chipline::events {

// Whether a sentence reports its event as done. A plan ("추가할 방침이다"), a deliberation
// ("검토 중", "is weighing") or a prospect ("could ban") is news too, but not the same news
// as the act: such events keep a modality of their own, which the timeline draws apart.
// A negated sentence ("did not approve") is no event at all.
enum class EventModality {
    Asserted,
    Planned,
    Considered,
    Expected,
    Negated,
};

// The codes used in storage and export: "asserted", "planned", "considered", "expected",
// "negated".
QString modalityCode(EventModality modality);
// Inverse of modalityCode(); nullopt for an unknown code.
std::optional<EventModality> modalityFromCode(QStringView code);

} // namespace chipline::events
