#pragma once

#include "ingest/layoutparsers.h"

namespace chipline::ingest {

// Result-list dump: article texts each followed by a byline '<dateline=>name기자 YYYY.MM.DD HH:MM:SS', the next text glued to the seconds.
class DumpParser final
{
public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
