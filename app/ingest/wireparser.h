#pragma once

#include "ingest/layoutparsers.h"

#include <QCoreApplication>

namespace chipline::ingest {

// English wire story: headline, optional time line, 'CITY, Month D (Agency) -' dateline, body, 'Reporting by' line.
class WireParser final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::WireParser)

public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
