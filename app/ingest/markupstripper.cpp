#include "ingest/markupstripper.h"

#include "ingest/domwalk.h"
#include "ingest/libxmlparser.h"

#include <libxml/HTMLparser.h>

#include <QStringList>

#include <array>
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
    return isOneOf(name, {"script"sv, "style"sv, "noscript"sv, "template"sv, "nav"sv, "header"sv,
                          "footer"sv, "aside"sv, "form"sv, "iframe"sv, "svg"sv, "button"sv, "head"sv,
                          "object"sv, "embed"sv, "select"sv, "textarea"sv, "input"sv, "canvas"sv,
                          "video"sv, "audio"sv, "map"sv, "dialog"sv, "math"sv});
}

bool isBlockTag(const xmlChar *name)
{
    return isOneOf(name, {"p"sv, "div"sv, "h1"sv, "h2"sv, "h3"sv, "h4"sv, "h5"sv, "h6"sv, "li"sv,
                          "ul"sv, "ol"sv, "dl"sv, "dt"sv, "dd"sv, "blockquote"sv, "br"sv, "hr"sv,
                          "section"sv, "article"sv, "main"sv, "table"sv, "tr"sv, "pre"sv,
                          "figure"sv, "figcaption"sv, "address"sv, "body"sv, "center"sv});
}

// One word of a class or id attribute, lower-cased, names page furniture.
bool isBoilerplateToken(std::string_view t)
{
    static constexpr std::array exact = {"ad"sv, "ads"sv, "adv"sv, "menu"sv, "nav"sv, "navbar"sv,
                                         "gnb"sv, "lnb"sv, "sns"sv, "header"sv, "footer"sv, "tags"sv,
                                         "byline-share"sv, "util"sv, "toolbar"sv};
    static constexpr std::array prefixes = {"advert"sv, "banner"sv, "sponsor"sv, "share"sv, "sharing"sv,
                                            "social"sv, "related"sv, "recommend"sv, "comment"sv,
                                            "subscri"sv, "newsletter"sv, "promo"sv, "breadcrumb"sv,
                                            "sidebar"sv, "popup"sv, "cookie"sv, "most-read"sv,
                                            "mostread"sv, "popular"sv};
    for (const std::string_view e : exact) {
        if (t == e)
            return true;
    }
    if (t.starts_with("commentary"sv))
        return false;
    for (const std::string_view p : prefixes) {
        if (t.starts_with(p))
            return true;
    }
    return false;
}

// The first part of a dashed word is a weaker signal: "ad-slot" and "share-tools" are
// furniture, but "nav-open" or "header-fixed" are state classes on page-wide wrappers.
bool isBoilerplateLead(std::string_view lead)
{
    static constexpr std::array leads = {"ad"sv, "ads"sv, "adv"sv, "sns"sv, "advert"sv, "share"sv, "sharing"sv,
                                         "social"sv, "related"sv, "recommend"sv, "comment"sv, "comments"sv,
                                         "subscribe"sv, "newsletter"sv, "promo"sv, "sponsor"sv, "sponsored"sv,
                                         "banner"sv, "breadcrumb"sv, "breadcrumbs"sv};
    for (const std::string_view l : leads) {
        if (lead == l)
            return true;
    }
    return false;
}

bool attributeHasBoilerplateToken(const xmlNode *element, const char *attribute)
{
    xmlChar *value = xmlGetNoNsProp(element, reinterpret_cast<const xmlChar *>(attribute));
    if (!value)
        return false;
    std::string lowered(reinterpret_cast<const char *>(value));
    xmlFree(value);
    for (char &c : lowered)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    // Words are separated by spaces or '_'; a dashed word is also judged by its first part
    // ("ad-slot", "share-buttons") and its last ("article-share", "site-footer").
    std::size_t start = 0;
    while (start < lowered.size()) {
        std::size_t end = start;
        while (end < lowered.size() && lowered[end] != ' ' && lowered[end] != '\t' && lowered[end] != '_')
            ++end;
        std::string_view token(lowered.data() + start, end - start);
        if (!token.empty()) {
            if (isBoilerplateToken(token))
                return true;
            const std::size_t dash = token.find('-');
            if (dash != std::string_view::npos && isBoilerplateLead(token.substr(0, dash)))
                return true;
            const std::size_t lastDash = token.rfind('-');
            if (lastDash != std::string_view::npos && isBoilerplateToken(token.substr(lastDash + 1)))
                return true;
        }
        start = end + 1;
    }
    return false;
}

// Collects paragraphs, folding whitespace as text arrives.
class ParagraphWriter final
{
public:
    void text(QStringView s)
    {
        qsizetype i = 0;
        const qsizetype n = s.size();
        while (i < n) {
            if (s[i].isSpace()) {
                m_pendingSpace = !m_current.isEmpty();
                while (i < n && s[i].isSpace())
                    ++i;
                continue;
            }
            qsizetype j = i;
            while (j < n && !s[j].isSpace())
                ++j;
            if (m_pendingSpace)
                m_current.append(u' ');
            m_pendingSpace = false;
            m_current.append(s.sliced(i, j - i));
            i = j;
        }
    }
    void space() { m_pendingSpace = !m_current.isEmpty(); }
    void breakParagraph()
    {
        if (!m_current.isEmpty())
            m_paragraphs.append(m_current);
        m_current.clear();
        m_pendingSpace = false;
    }
    QString result()
    {
        breakParagraph();
        return m_paragraphs.join(u'\n');
    }

private:
    QStringList m_paragraphs;
    QString m_current;
    bool m_pendingSpace = false;
};

} // namespace

bool MarkupStripper::isBoilerplate(const xmlNode *element, Filter filter)
{
    if (!element || element->type != XML_ELEMENT_NODE || !element->name)
        return false;
    if (isDroppedTag(element->name))
        return true;
    if (filter == Filter::Tags || isOneOf(element->name, {"html"sv, "body"sv, "article"sv, "main"sv}))
        return false;
    xmlChar *itemprop = xmlGetNoNsProp(element, reinterpret_cast<const xmlChar *>("itemprop"));
    const bool isBody = itemprop && std::strcmp(reinterpret_cast<const char *>(itemprop), "articleBody") == 0;
    xmlFree(itemprop);
    if (isBody)
        return false;
    return attributeHasBoilerplateToken(element, "class") || attributeHasBoilerplateToken(element, "id");
}

QString MarkupStripper::blockText(const xmlNode *root, Filter filter)
{
    ParagraphWriter writer;
    walkDom(
        root,
        [&](const xmlNode *node) {
            switch (node->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE:
                if (node->content)
                    writer.text(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
                return false;
            case XML_ELEMENT_NODE:
                if (isBoilerplate(node, filter))
                    return false;
                if (isBlockTag(node->name))
                    writer.breakParagraph();
                else if (isOneOf(node->name, {"td"sv, "th"sv}))
                    writer.space();
                return true;
            default:
                return false; // comments, processing instructions
            }
        },
        [&](const xmlNode *node) {
            if (isBlockTag(node->name))
                writer.breakParagraph();
        });
    return writer.result();
}

QString MarkupStripper::stripFragment(QStringView html)
{
    // Plain text needs no parser; keep its line structure.
    if (!html.contains(u'<') && !html.contains(u'&'))
        return plainText(html);
    const QByteArray utf8 = html.toUtf8();
    LibXmlParser parser(LibXmlParser::Kind::Html);
    const XmlDocPtr doc = parser.parse(utf8, "UTF-8",
                                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                           | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
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
