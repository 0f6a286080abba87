#pragma once

#include "ingest/layoutparsers.h"

namespace chipline::ingest {

// Korean broadcast transcript: [앵커]/[기자] sections, story printed twice, site boilerplate after it; stored once, undated.
class TranscriptParser final
{
public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
