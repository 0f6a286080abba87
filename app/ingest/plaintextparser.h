#pragma once

#include "ingest/layoutparsers.h"

#include <QCoreApplication>

namespace chipline::ingest {

// One article per file: the first non-empty line is the title; a date only when the file states one.
class PlainTextParser final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::PlainTextParser)

public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
