#pragma once

#include <QString>

#include <libxml/tree.h>

namespace chipline::ingest {

class BoilerplateRules;

// The article text under an element, paragraph by paragraph, with the page's chrome left
// out: furniture elements by tag and class (when rules are given), paragraphs the rules
// name as chrome, paragraphs that are mostly link text, and everything from a heading that
// starts the trailing chrome ("Related coverage", "많이 본 뉴스") on.
class ArticleBlocks final
{
public:
    // rules == nullptr: only tags are judged and every paragraph is kept (the last resort
    // for pages whose whole article sits in elements with furniture-like names).
    static QString text(const xmlNode *root, const BoilerplateRules *rules);
    // Characters that are not whitespace.
    static qsizetype visibleLength(QStringView text);
};

} // namespace chipline::ingest
