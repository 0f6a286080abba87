#include "entitytype.h"

#include <array>

namespace chipline::text {

namespace {
constexpr std::array<char16_t const *, 8> kCodes = {u"ORG",   u"GOV",   u"PERSON", u"CHIP",
                                                    u"MODEL", u"PLACE", u"MEDIA",  u"RULE"};
}

QString entityTypeCode(EntityType type)
{
    return QString::fromUtf16(kCodes[static_cast<std::size_t>(type)]);
}

std::optional<EntityType> entityTypeFromCode(QStringView code)
{
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (code.compare(QStringView(kCodes[i]), Qt::CaseInsensitive) == 0)
            return static_cast<EntityType>(i);
    }
    return std::nullopt;
}

} // namespace chipline::text
