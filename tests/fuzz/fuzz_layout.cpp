// One harness per importer layout (CHIPLINE_FUZZ_LAYOUT names it): the bytes are decoded
// as the importer does, then parsed. A parser may refuse with an Error; it must not crash,
// hang or return articles without a body.
#include "fuzzsupport.h"
#include "ingest/layoutparsers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const chipline::ingest::ParseFunction parse =
        chipline::ingest::LayoutParsers::parserFor(QStringLiteral(CHIPLINE_FUZZ_LAYOUT));
    chipline::fuzz::require(parse != nullptr, "unknown layout");
    const auto doc = chipline::fuzz::decoded(data, size);
    if (!doc)
        return 0;
    const auto parsed = parse(*doc);
    if (!parsed) {
        chipline::fuzz::require(!parsed.error().message.isEmpty(), "an error without a message");
        return 0;
    }
    for (const auto &article : parsed->articles) {
        chipline::fuzz::require(!article.body.trimmed().isEmpty(), "an article without a body");
        chipline::fuzz::require(article.layout == QStringLiteral(CHIPLINE_FUZZ_LAYOUT), "wrong layout name");
    }
    return 0;
}
