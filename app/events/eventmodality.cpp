#include "events/eventmodality.h"

#include <array>

namespace chipline::events {

namespace {

constexpr std::array<const char16_t *, 5> kCodes{u"asserted", u"planned", u"considered", u"expected", u"negated"};

} // namespace

QString modalityCode(EventModality modality)
{
    return QString::fromUtf16(kCodes[static_cast<size_t>(modality)]);
}

std::optional<EventModality> modalityFromCode(QStringView code)
{
    for (size_t i = 0; i < kCodes.size(); ++i) {
        if (code == QStringView(kCodes[i]))
            return static_cast<EventModality>(i);
    }
    return std::nullopt;
}

} // namespace chipline::events
