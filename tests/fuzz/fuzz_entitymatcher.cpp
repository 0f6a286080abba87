// The gazetteer matcher on any text: matches sorted, inside the text, never overlapping.
#include "fuzzsupport.h"
#include "text/entitymatcher.h"

#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace chipline;
    static const std::unique_ptr<text::EntityMatcher> matcher = [] {
        auto gazetteer = text::Gazetteer::builtIn();
        fuzz::require(bool(gazetteer), "the built-in gazetteer does not load");
        return std::make_unique<text::EntityMatcher>(gazetteer.value());
    }();
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<text::EntityMatch> matches = matcher->match(input);
    qsizetype lastEnd = 0;
    for (const auto &m : matches) {
        fuzz::require(m.start >= lastEnd, "matches overlap or are out of order");
        fuzz::require(m.end > m.start && m.end <= input.size(), "a match outside the text");
        lastEnd = m.end;
    }
    return 0;
}
