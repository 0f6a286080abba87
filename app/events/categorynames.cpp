#include "events/categorynames.h"

#include <iterator>

namespace chipline::events {

QString CategoryNames::displayName(EventCategory category)
{
    // Indexed by EventCategory, None excluded.
    static const char *const kNames[] = {QT_TR_NOOP("Entity List"),
                                         QT_TR_NOOP("Enforcement"),
                                         QT_TR_NOOP("US export approval"),
                                         QT_TR_NOOP("US license requirement"),
                                         QT_TR_NOOP("China countermeasure"),
                                         QT_TR_NOOP("Corporate disclosure"),
                                         QT_TR_NOOP("Product launch"),
                                         QT_TR_NOOP("Allied control"),
                                         QT_TR_NOOP("US export rule"),
                                         QT_TR_NOOP("Diplomatic"),
                                         QT_TR_NOOP("Market"),
                                         QT_TR_NOOP("Other")};
    static_assert(std::size(kNames) == size_t(EventCategory::None), "one name per category");
    return category == EventCategory::None ? categoryCode(category) : tr(kNames[size_t(category)]);
}

QString CategoryNames::displayName(const QString &code)
{
    const EventCategory category = categoryFromCode(code);
    return category == EventCategory::None ? code : displayName(category);
}

} // namespace chipline::events
