#include "core/event.h"

#include "core/codes.h"

namespace chipline::core {

namespace {

constexpr std::array<const char16_t *, 3> kStatusCodes{u"candidate", u"confirmed", u"rejected"};

} // namespace

QString statusCode(EventStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<EventStatus> statusFromCode(QStringView code)
{
    return valueOfCode<EventStatus>(kStatusCodes, code);
}

} // namespace chipline::core
