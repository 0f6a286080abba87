#pragma once

#include <QList>

#include <libxml/tree.h>

namespace chipline::ingest {

class BoilerplateRules;

// Elements that may hold a page's article text, best first. The article's own markup
// ([itemprop=articleBody], else a container with a content class or id, else <article>)
// comes first when it holds a fair share of the text that the best-scored block holds;
// then that block (a readability-style score: a paragraph's text counts fully for its
// parent and half for its grandparent; link text and furniture do not count); then <body>.
class MainTextFinder final
{
public:
    // rules == nullptr: furniture is judged by tag only.
    static QList<const xmlNode *> candidates(const xmlDoc *doc, const BoilerplateRules *rules);
};

} // namespace chipline::ingest
