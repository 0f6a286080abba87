#include "events/eventcategory.h"

#include <array>

namespace chipline::events {

namespace {

constexpr std::array<const char16_t *, 13> kCodes{
    u"entity-list",          u"enforcement", u"us-export-approval", u"us-license-requirement",
    u"china-countermeasure", u"corporate-disclosure", u"product-launch", u"allied-control",
    u"us-export-rule",       u"diplomatic",  u"market",             u"other",
    u"none"};

} // namespace

QString categoryCode(EventCategory category)
{
    return QString::fromUtf16(kCodes[static_cast<size_t>(category)]);
}

EventCategory categoryFromCode(QStringView code)
{
    for (size_t i = 0; i < kCodes.size(); ++i) {
        if (code == QStringView(kCodes[i]))
            return static_cast<EventCategory>(i);
    }
    return EventCategory::None;
}

} // namespace chipline::events
