#pragma once

#include "ingest/layoutparsers.h"

#include <QCoreApplication>

namespace chipline::ingest {

// A saved article page, parsed with libxml2's HTML parser: title, publication time, author,
// outlet and the main text without navigation, scripts, comments, ads or other chrome
// (MainTextFinder picks the element, ArticleBlocks its paragraphs). A page is refused only
// when it holds no text at all, with a reason naming the file.
class HtmlParser final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::HtmlParser)

public:
    static ParseResult parse(const SourceDocument &doc);
};

} // namespace chipline::ingest
