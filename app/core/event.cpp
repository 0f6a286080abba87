#include "core/event.h"

#include "core/codes.h"

namespace chipline::core {

namespace {

constexpr std::array<const char16_t *, 3> kStatusCodes{u"candidate", u"confirmed", u"rejected"};
constexpr std::array<const char16_t *, 5> kModalityCodes{u"asserted", u"planned", u"considered", u"expected",
                                                         u"negated"};

} // namespace

QString statusCode(EventStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<EventStatus> statusFromCode(QStringView code)
{
    return valueOfCode<EventStatus>(kStatusCodes, code);
}

QString modalityCode(EventModality modality)
{
    return codeOf(kModalityCodes, modality);
}

std::optional<EventModality> modalityFromCode(QStringView code)
{
    return valueOfCode<EventModality>(kModalityCodes, code);
}

} // namespace chipline::core
