#include "ingest/markupstripper.h"

#include "ingest/boilerplaterules.h"
#include "ingest/domwalk.h"
#include "ingest/libxmlparser.h"
#include "ingest/paragraphwriter.h"

#include <libxml/HTMLparser.h>

#include <QStringList>

#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

using namespace std::string_view_literals;

bool isOneOf(const xmlChar *name, std::initializer_list<std::string_view> names)
{
    const std::string_view n(reinterpret_cast<const char *>(name));
    for (const std::string_view candidate : names) {
        if (n == candidate)
            return true;
    }
    return false;
}

bool isDroppedTag(const xmlChar *name)
{
    return isOneOf(name,
                   {"script"sv,   "style"sv,  "noscript"sv, "template"sv, "nav"sv,   "header"sv, "footer"sv, "aside"sv,
                    "form"sv,     "iframe"sv, "svg"sv,      "button"sv,   "head"sv,  "object"sv, "embed"sv,  "select"sv,
                    "textarea"sv, "input"sv,  "canvas"sv,   "video"sv,    "audio"sv, "map"sv,    "dialog"sv, "math"sv});
}

bool isBlockTag(const xmlChar *name)
{
    return isOneOf(name, {"p"sv,          "div"sv, "h1"sv,     "h2"sv,         "h3"sv,      "h4"sv,   "h5"sv,
                          "h6"sv,         "li"sv,  "ul"sv,     "ol"sv,         "dl"sv,      "dt"sv,   "dd"sv,
                          "blockquote"sv, "br"sv,  "hr"sv,     "section"sv,    "article"sv, "main"sv, "table"sv,
                          "tr"sv,         "pre"sv, "figure"sv, "figcaption"sv, "address"sv, "body"sv, "center"sv});
}

bool isHeading(const xmlChar *name)
{
    const char *n = reinterpret_cast<const char *>(name);
    return n[0] == 'h' && n[1] >= '1' && n[1] <= '6' && n[2] == '\0';
}

bool attributeNamesFurniture(const xmlNode *element, const char *attribute)
{
    xmlChar *value = xmlGetNoNsProp(element, reinterpret_cast<const xmlChar *>(attribute));
    if (!value)
        return false;
    const bool furniture = BoilerplateRules::builtIn().isFurnitureName(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return furniture;
}

} // namespace

bool MarkupStripper::isBoilerplate(const xmlNode *element, Filter filter)
{
    if (!element || element->type != XML_ELEMENT_NODE || !element->name)
        return false;
    if (isDroppedTag(element->name)) {
        // ASP.NET pages wrap the whole page in one form.
        const bool pageForm = isOneOf(element->name, {"form"sv}) && element->parent && element->parent->name
            && isOneOf(element->parent->name, {"body"sv, "html"sv});
        return !pageForm;
    }
    if (filter == Filter::Tags || isOneOf(element->name, {"html"sv, "body"sv, "article"sv, "main"sv}))
        return false;
    xmlChar *itemprop = xmlGetNoNsProp(element, reinterpret_cast<const xmlChar *>("itemprop"));
    const bool isBody = itemprop && std::strcmp(reinterpret_cast<const char *>(itemprop), "articleBody") == 0;
    xmlFree(itemprop);
    if (isBody)
        return false;
    // Captions describe a picture, not the story.
    if (isOneOf(element->name, {"figcaption"sv}))
        return true;
    return attributeNamesFurniture(element, "class") || attributeNamesFurniture(element, "id");
}

bool MarkupStripper::endsParagraph(const xmlNode *element)
{
    return element && element->type == XML_ELEMENT_NODE && element->name && isBlockTag(element->name);
}

QString MarkupStripper::blockText(const xmlNode *root, Filter filter)
{
    QStringList texts;
    for (ParagraphWriter::Paragraph &p : paragraphs(root, filter))
        texts.append(std::move(p.text));
    return texts.join(u'\n');
}

QList<ParagraphWriter::Paragraph> MarkupStripper::paragraphs(const xmlNode *root, Filter filter)
{
    ParagraphWriter writer;
    QList<const xmlNode *> links; // open <a href> elements
    walkDom(
        root,
        [&](const xmlNode *node) {
            switch (node->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE:
                if (node->content)
                    writer.text(QString::fromUtf8(reinterpret_cast<const char *>(node->content)), !links.isEmpty());
                return false;
            case XML_ELEMENT_NODE:
                if (isBoilerplate(node, filter))
                    return false;
                if (isBlockTag(node->name))
                    writer.breakParagraph();
                else if (isOneOf(node->name, {"td"sv, "th"sv}))
                    writer.space();
                if (isHeading(node->name))
                    writer.markHeading();
                if (isOneOf(node->name, {"a"sv}) && xmlHasProp(node, BAD_CAST "href"))
                    links.append(node);
                return true;
            default:
                return false; // comments, processing instructions
            }
        },
        [&](const xmlNode *node) {
            if (!links.isEmpty() && links.back() == node)
                links.removeLast();
            if (isBlockTag(node->name))
                writer.breakParagraph();
        });
    return writer.paragraphs();
}

QString MarkupStripper::stripFragment(QStringView html)
{
    // Plain text needs no parser; keep its line structure.
    if (!html.contains(u'<') && !html.contains(u'&'))
        return plainText(html);
    const QByteArray utf8 = html.toUtf8();
    LibXmlParser parser(LibXmlParser::Kind::Html);
    const XmlDocPtr doc = parser.parse(utf8, "UTF-8",
                                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                           | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    if (!doc)
        return foldWhitespace(html);
    return blockText(reinterpret_cast<const xmlNode *>(doc.get()), Filter::Tags);
}

QString MarkupStripper::plainText(QStringView text)
{
    QStringList lines;
    for (const QStringView line : text.split(u'\n')) {
        const QString folded = foldWhitespace(line);
        if (!folded.isEmpty())
            lines.append(folded);
    }
    return lines.join(u'\n');
}

QString MarkupStripper::foldWhitespace(QStringView text)
{
    ParagraphWriter writer;
    writer.text(text);
    return writer.result();
}

} // namespace chipline::ingest
