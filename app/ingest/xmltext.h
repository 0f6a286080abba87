#pragma once

#include <QString>

#include <libxml/tree.h>

namespace chipline::ingest {

// libxml2's strings as QString, read in one place so that no parser forgets the xmlFree.
// Both are empty when libxml2 has nothing; neither trims (a title keeps its spaces for
// MarkupStripper::foldWhitespace, a script its layout for the JSON reader).
class XmlText final
{
public:
    // The text of node and all its descendants, entities decoded (xmlNodeGetContent).
    static QString content(const xmlNode *node);
    // The value of the attribute name without a namespace (xmlGetNoNsProp).
    static QString attribute(const xmlNode *node, const char *name);
};

} // namespace chipline::ingest
