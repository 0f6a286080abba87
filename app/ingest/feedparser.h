#pragma once

#include "ingest/layoutparsers.h"

namespace chipline::ingest {

// RSS 2.0 or Atom: one article per item with title, link, date, author and the text with markup stripped.
class FeedParser final
{
public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
