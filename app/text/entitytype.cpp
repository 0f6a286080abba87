#include "entitytype.h"

#include <array>

namespace chipline::text {

namespace {
constexpr std::array<char16_t const *, 8> kCodes = {u"ORG",   u"GOV",   u"PERSON", u"CHIP",
                                                    u"MODEL", u"PLACE", u"MEDIA",  u"RULE"};
}

QString entityTypeCode(EntityType type)
{
    // Literals share static data: asked once per mention, the code never allocates.
    switch (type) {
    case EntityType::Org:
        return QStringLiteral("ORG");
    case EntityType::Gov:
        return QStringLiteral("GOV");
    case EntityType::Person:
        return QStringLiteral("PERSON");
    case EntityType::Chip:
        return QStringLiteral("CHIP");
    case EntityType::Model:
        return QStringLiteral("MODEL");
    case EntityType::Place:
        return QStringLiteral("PLACE");
    case EntityType::Media:
        return QStringLiteral("MEDIA");
    case EntityType::Rule:
        return QStringLiteral("RULE");
    }
    return {};
}

std::optional<EntityType> entityTypeFromCode(QStringView code)
{
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (code.compare(QStringView(kCodes[i]), Qt::CaseInsensitive) == 0)
            return static_cast<EntityType>(i);
    }
    return std::nullopt;
}

QStringList entityTypeCodes()
{
    QStringList out;
    for (int i = 0; i < kEntityTypeCount; ++i)
        out.append(entityTypeCode(static_cast<EntityType>(i)));
    return out;
}

} // namespace chipline::text
