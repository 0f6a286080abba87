#pragma once

#include "ingest/layoutparsers.h"

#include <QCoreApplication>

namespace chipline::ingest {

// RSS 2.0 or Atom: one article per item with title, link, date, author and the text with markup stripped.
class FeedParser final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::FeedParser)

public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
