#pragma once

#include "ingest/paragraphwriter.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <libxml/tree.h>

namespace chipline::ingest {

// Turns HTML into plain paragraphs: block elements (p, div, li, h1-h6, blockquote, br, ...)
// end a paragraph, whitespace inside one is folded to single spaces, paragraphs are joined
// with '\n'. Scripts, styles, forms, navigation and the like are never text.
class MarkupStripper final
{
public:
    enum class Filter {
        Tags, // drop non-content elements by tag name only (feed fragments)
        TagsAndClasses, // also figcaption and blocks whose class or id names furniture (pages;
            // the names are data: BoilerplateRules::builtIn())
    };

    // An HTML fragment as found in a feed item, parsed with libxml2; entities decoded.
    static QString stripFragment(QStringView html);
    // Text that is not markup (Atom type="text"): lines kept, whitespace folded in each.
    static QString plainText(QStringView text);
    // The text under root (an element or a document): the paragraphs' text joined by '\n'.
    static QString blockText(const xmlNode *root, Filter filter);
    // The paragraphs under root, each with its link text counted (inside <a href>) and
    // marked when it is a heading (h1-h6), for judging which paragraphs are page chrome.
    static QList<ParagraphWriter::Paragraph> paragraphs(const xmlNode *root, Filter filter);
    // Whether an element is page furniture rather than article text.
    static bool isBoilerplate(const xmlNode *element, Filter filter);
    // Whether an element starts and ends a paragraph (p, div, li, br, ...).
    static bool endsParagraph(const xmlNode *element);
    // Folds runs of whitespace to one space and trims.
    static QString foldWhitespace(QStringView text);
};

} // namespace chipline::ingest
