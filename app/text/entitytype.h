#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace chipline::text {

// The eight entity kinds; their codes ("ORG", "GOV", ...) are what storage and export use.
enum class EntityType : quint8 {
    Org,
    Gov,
    Person,
    Chip,
    Model,
    Place,
    Media,
    Rule
};
inline constexpr int kEntityTypeCount = 8;

QString entityTypeCode(EntityType type);
std::optional<EntityType> entityTypeFromCode(QStringView code);
// Every code, in the enum's order (for option checks and help texts).
QStringList entityTypeCodes();

} // namespace chipline::text
