#include "ingest/xmltext.h"

namespace chipline::ingest {

namespace {

QString taken(xmlChar *value)
{
    if (!value)
        return {};
    QString s = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return s;
}

} // namespace

QString XmlText::content(const xmlNode *node)
{
    return taken(xmlNodeGetContent(node));
}

QString XmlText::attribute(const xmlNode *node, const char *name)
{
    return taken(xmlGetNoNsProp(node, reinterpret_cast<const xmlChar *>(name)));
}

} // namespace chipline::ingest
