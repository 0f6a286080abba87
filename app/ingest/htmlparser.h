#pragma once

#include "ingest/layoutparsers.h"

namespace chipline::ingest {

// A saved article page, parsed with libxml2's HTML parser: title, publication time, author and the main text without navigation, scripts, comments or ads.
class HtmlParser final
{
public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
