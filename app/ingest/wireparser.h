#pragma once

#include "ingest/layoutparsers.h"

namespace chipline::ingest {

// English wire story: headline, optional time line, 'CITY, Month D (Agency) -' dateline, body, 'Reporting by' line.
class WireParser final
{
public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
