#pragma once

#include "ingest/layoutparsers.h"

#include <QCoreApplication>

namespace chipline::ingest {

// Korean broadcast transcript: [앵커]/[기자] sections, story printed twice, site boilerplate after it; stored once, undated.
class TranscriptParser final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::TranscriptParser)

public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
