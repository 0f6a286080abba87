#include "core/eventcategory.h"

#include "core/codes.h"

namespace chipline::core {

namespace {

constexpr std::array<const char16_t *, 13> kCodes{u"entity-list",
                                                  u"enforcement",
                                                  u"us-export-approval",
                                                  u"us-license-requirement",
                                                  u"china-countermeasure",
                                                  u"corporate-disclosure",
                                                  u"product-launch",
                                                  u"allied-control",
                                                  u"us-export-rule",
                                                  u"diplomatic",
                                                  u"market",
                                                  u"other",
                                                  u"none"};

} // namespace

QString categoryCode(EventCategory category)
{
    return codeOf(kCodes, category);
}

EventCategory categoryFromCode(QStringView code)
{
    return valueOfCode<EventCategory>(kCodes, code).value_or(EventCategory::None);
}

} // namespace chipline::core
