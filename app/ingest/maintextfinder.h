#pragma once

struct _xmlDoc;
struct _xmlNode;

namespace chipline::ingest {

// Picks the element that holds a page's article text: [itemprop=articleBody], else the
// <article> with the most text, else the element with the most paragraph text under it
// (a small readability-style score: text of a paragraph counts fully for its parent and
// half for its grandparent; link text and page furniture do not count).
class MainTextFinder final
{
public:
    // nullptr when the page has no body at all.
    static const _xmlNode *find(const _xmlDoc *doc);
};

} // namespace chipline::ingest
