#pragma once

#include "ingest/layoutparsers.h"

#include <QCoreApplication>

namespace chipline::ingest {

// Result-list dump: article texts each followed by a byline '<dateline=>name기자 YYYY.MM.DD HH:MM:SS', the next text glued to the seconds.
class DumpParser final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::DumpParser)

public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
