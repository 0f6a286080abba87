#pragma once

#include <QString>

namespace chipline::core {

// Event categories, declared in precedence order: when a sentence carries triggers of
// several categories the earliest wins ("수출통제 명단에 추가" is entity-list although
// 수출통제 alone is a rule). None means no trigger at all: not an event.
enum class EventCategory {
    EntityList,
    Enforcement,
    UsExportApproval,
    UsLicenseRequirement,
    ChinaCountermeasure,
    CorporateDisclosure,
    ProductLaunch,
    AlliedControl,
    UsExportRule,
    Diplomatic,
    Market,
    Other,
    None,
};

// The exact codes used in storage, export and the vocabulary file ("entity-list", ...).
QString categoryCode(EventCategory category);
// Inverse of categoryCode(); None for an unknown code.
EventCategory categoryFromCode(QStringView code);

} // namespace chipline::core
