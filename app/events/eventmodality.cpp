#include "events/eventmodality.h"

#include "core/codes.h"

namespace chipline::events {

namespace {

constexpr std::array<const char16_t *, 5> kCodes{u"asserted", u"planned", u"considered", u"expected", u"negated"};

} // namespace

QString modalityCode(EventModality modality)
{
    return core::codeOf(kCodes, modality);
}

std::optional<EventModality> modalityFromCode(QStringView code)
{
    return core::valueOfCode<EventModality>(kCodes, code);
}

} // namespace chipline::events
