#include "ingest/feedparser.h"

#include "core/textnormalizer.h"

#include "ingest/charsetconverter.h"
#include "ingest/datetimeformats.h"
#include "ingest/libxmlparser.h"
#include "ingest/markupstripper.h"
#include "ingest/xmltext.h"

#include <QRegularExpression>

#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

constexpr const char *kAtomNs = "http://www.w3.org/2005/Atom";
constexpr const char *kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr const char *kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr const char *kRss1Ns = "http://purl.org/rss/1.0/";
constexpr const char *kRss09Ns = "http://my.netscape.com/rdf/simple/0.9/";

enum class Ns {
    Plain,
    Atom,
    Dc,
    Content,
    Other
};

Ns namespaceOf(const char *href)
{
    if (std::strcmp(href, kAtomNs) == 0)
        return Ns::Atom;
    if (std::strcmp(href, kDcNs) == 0)
        return Ns::Dc;
    if (std::strcmp(href, kContentNs) == 0)
        return Ns::Content;
    if (std::strcmp(href, kRss1Ns) == 0 || std::strcmp(href, kRss09Ns) == 0)
        return Ns::Plain;
    return Ns::Other;
}

// Element with the given local name; in an Atom feed the Atom namespace is the plain one.
// A feed that uses dc: or content: without declaring it gets elements named "dc:creator"
// and no namespace; the usual prefixes are honoured for them.
bool is(const xmlNode *node, Ns ns, const char *local, bool atomIsPlain = false)
{
    if (node->type != XML_ELEMENT_NODE)
        return false;
    const char *name = reinterpret_cast<const char *>(node->name);
    Ns actual = Ns::Plain;
    if (node->ns && node->ns->href) {
        actual = namespaceOf(reinterpret_cast<const char *>(node->ns->href));
    } else if (const char *colon = std::strchr(name, ':')) {
        const std::string_view prefix(name, std::size_t(colon - name));
        actual = prefix == "dc" ? Ns::Dc : prefix == "content" ? Ns::Content : prefix == "atom" ? Ns::Atom : Ns::Other;
        name = colon + 1;
    }
    if (std::strcmp(name, local) != 0)
        return false;
    if (atomIsPlain && actual == Ns::Atom)
        actual = Ns::Plain;
    return actual == ns;
}

// A title is plain text, but feeds often escape markup or entities into it.
QString cleanTitle(const QString &raw)
{
    if (raw.contains(u'<') || raw.contains(u'&'))
        return MarkupStripper::foldWhitespace(MarkupStripper::stripFragment(raw));
    return MarkupStripper::foldWhitespace(raw);
}

// "editor@example.com (Kim Min-ji)" and "Kim Min-ji <editor@example.com>" -> "Kim Min-ji".
QString cleanAuthor(const QString &raw)
{
    static const QRegularExpression emailThenName(u"^\\S+@\\S+\\s*\\((.+)\\)$"_s);
    static const QRegularExpression nameThenEmail(u"^(.+?)\\s*<\\S+@\\S+>$"_s);
    QString s = MarkupStripper::foldWhitespace(raw);
    if (const QRegularExpressionMatch m = emailThenName.match(s); m.hasMatch())
        return m.captured(1).trimmed();
    if (const QRegularExpressionMatch m = nameThenEmail.match(s); m.hasMatch())
        return m.captured(1).trimmed();
    return s;
}

// Atom text constructs: type="xhtml" holds elements, "html" escaped markup, and the
// default "text" is text even when it contains '<'.
QString atomText(const xmlNode *node)
{
    const QString type = XmlText::attribute(node, "type").trimmed();
    if (type == u"xhtml"_s)
        return MarkupStripper::blockText(node, MarkupStripper::Filter::Tags);
    if (type == u"html"_s || type == u"text/html"_s)
        return MarkupStripper::stripFragment(XmlText::content(node));
    return MarkupStripper::plainText(XmlText::content(node));
}

struct Item
{
    QString title, link, date, author, encoded, description, content, summary;
};

Item readItem(const xmlNode *item, bool atom)
{
    Item it;
    QStringList atomAuthors;
    QString alternate, firstHref, published, updated, guid;
    for (const xmlNode *c = item->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, Ns::Plain, "title", atom) && it.title.isEmpty())
            it.title = atom ? MarkupStripper::foldWhitespace(atomText(c)) : cleanTitle(XmlText::content(c));
        else if (is(c, Ns::Plain, "link", atom) || is(c, Ns::Atom, "link")) {
            const QString href = XmlText::attribute(c, "href").trimmed();
            if (href.isEmpty() && !atom) {
                if (it.link.isEmpty())
                    it.link = XmlText::content(c).trimmed();
            } else if (!href.isEmpty()) {
                const QString rel = XmlText::attribute(c, "rel").trimmed();
                if (firstHref.isEmpty())
                    firstHref = href;
                if ((rel.isEmpty() || rel == u"alternate"_s) && alternate.isEmpty())
                    alternate = href;
            }
        } else if (is(c, Ns::Plain, "guid") && guid.isEmpty()) {
            if (XmlText::attribute(c, "isPermaLink").trimmed() != u"false"_s)
                guid = XmlText::content(c).trimmed();
        } else if (is(c, Ns::Plain, "pubDate") || is(c, Ns::Dc, "date")) {
            if (it.date.isEmpty())
                it.date = XmlText::content(c).trimmed();
        } else if (is(c, Ns::Plain, "published", atom)) {
            published = XmlText::content(c).trimmed();
        } else if (is(c, Ns::Plain, "updated", atom)) {
            updated = XmlText::content(c).trimmed();
        } else if (is(c, Ns::Plain, "author", atom) && atom) {
            for (const xmlNode *a = c->children; a; a = a->next) {
                if (is(a, Ns::Plain, "name", true))
                    atomAuthors.append(MarkupStripper::foldWhitespace(XmlText::content(a)));
            }
        } else if ((is(c, Ns::Plain, "author") || is(c, Ns::Dc, "creator")) && it.author.isEmpty()) {
            it.author = cleanAuthor(XmlText::content(c));
        } else if (is(c, Ns::Content, "encoded") && it.encoded.isEmpty()) {
            it.encoded = MarkupStripper::stripFragment(XmlText::content(c));
        } else if (is(c, Ns::Plain, "description") && it.description.isEmpty()) {
            it.description = MarkupStripper::stripFragment(XmlText::content(c));
        } else if (is(c, Ns::Plain, "content", atom) && it.content.isEmpty()) {
            it.content = atomText(c);
        } else if (is(c, Ns::Plain, "summary", atom) && it.summary.isEmpty()) {
            it.summary = atomText(c);
        }
    }
    if (it.link.isEmpty())
        it.link = !alternate.isEmpty() ? alternate : !firstHref.isEmpty() ? firstHref : guid;
    if (it.link.isEmpty()) {
        if (xmlChar *about =
                xmlGetNsProp(item, BAD_CAST "about", BAD_CAST "http://www.w3.org/1999/02/22-rdf-syntax-ns#")) {
            it.link = QString::fromUtf8(reinterpret_cast<const char *>(about)).trimmed();
            xmlFree(about);
        }
    }
    if (it.date.isEmpty())
        it.date = !published.isEmpty() ? published : updated;
    if (it.author.isEmpty())
        it.author = atomAuthors.join(u", "_s);
    return it;
}

// Bytes for libxml2. A declared legacy charset is decoded with ICU (euc-kr as CP949);
// everything else goes to libxml2 as it is, which reads UTF-8 and UTF-16 itself.
core::Result<QByteArray> feedBytes(const SourceDocument &doc, const char **encoding, int *extraOptions)
{
    *encoding = nullptr;
    *extraOptions = 0;
    if (doc.bytes.isEmpty()) {
        *encoding = "UTF-8";
        *extraOptions = XML_PARSE_IGNORE_ENC;
        return doc.text.toUtf8();
    }
    static const QRegularExpression declaration(u"^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9_.:+-]+)"_s);
    const QRegularExpressionMatch m =
        declaration.match(QString::fromLatin1(doc.bytes.first(qMin<qsizetype>(doc.bytes.size(), 200))));
    if (!m.hasMatch()) {
        // Undeclared legacy bytes are not XML, but SourceReader already read them.
        if (!doc.encoding.startsWith(u"UTF-"_s) && !doc.text.isEmpty()) {
            *encoding = "UTF-8";
            *extraOptions = XML_PARSE_IGNORE_ENC;
            return doc.text.toUtf8();
        }
        return doc.bytes;
    }
    const QByteArray converter = CharsetConverter::converterName(m.captured(1).toLatin1());
    if (converter == "UTF-8" || converter == "utf-8" || converter.startsWith("utf-16"))
        return doc.bytes;
    qsizetype offset = -1;
    auto text = CharsetConverter::decodeStrict(doc.bytes, converter.constData(), &offset);
    if (!text) {
        if (offset < 0)
            return core::Error{
                FeedParser::tr("%1: unknown encoding \"%2\" in the XML declaration").arg(doc.path, m.captured(1))};
        return core::Error{FeedParser::tr("%1: malformed feed: not valid %2 at byte %3 (line %4)")
                               .arg(doc.path, m.captured(1))
                               .arg(offset)
                               .arg(doc.bytes.first(offset).count('\n') + 1)};
    }
    *encoding = "UTF-8";
    *extraOptions = XML_PARSE_IGNORE_ENC;
    return text->toUtf8();
}

} // namespace

ParseResult FeedParser::parse(const SourceDocument &doc)
{
    const char *encoding = nullptr;
    int extraOptions = 0;
    const core::Result<QByteArray> bytes = feedBytes(doc, &encoding, &extraOptions);
    if (!bytes)
        return bytes.error();

    LibXmlParser parser(LibXmlParser::Kind::Xml);
    parser.refuseEntityDeclarations();
    // No XML_PARSE_NOENT (entities stay unexpanded) and no XML_PARSE_HUGE (limits stay on).
    const XmlDocPtr feed =
        parser.parse(bytes.value(), encoding,
                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | extraOptions);
    if (!feed || parser.failed()) {
        return core::Error{
            tr("%1: malformed feed (line %2: %3)").arg(doc.path).arg(parser.errorLine()).arg(parser.errorMessage())};
    }

    const xmlNode *root = xmlDocGetRootElement(feed.get());
    const QString rootName = root ? QString::fromUtf8(reinterpret_cast<const char *>(root->name)) : QString();
    const bool atom = rootName == u"feed"_s;
    const xmlNode *channel = nullptr;
    const xmlNode *itemParent = nullptr;
    if (atom) {
        channel = itemParent = root;
    } else if (rootName == u"rss"_s || rootName == u"RDF"_s) {
        for (const xmlNode *c = root->children; c && !channel; c = c->next) {
            if (is(c, Ns::Plain, "channel"))
                channel = c;
        }
        itemParent = rootName == u"rss"_s ? channel : root;
    }
    if (!channel || !itemParent)
        return core::Error{tr("%1: not an RSS or Atom feed (root element <%2>)").arg(doc.path, rootName)};

    QString outlet, language;
    for (const xmlNode *c = channel->children; c; c = c->next) {
        if (is(c, Ns::Plain, "title", atom) && outlet.isEmpty())
            outlet = cleanTitle(XmlText::content(c));
        else if ((is(c, Ns::Plain, "language") || is(c, Ns::Dc, "language")) && language.isEmpty())
            language = XmlText::content(c).trimmed();
    }
    if (language.isEmpty() && atom) {
        if (xmlChar *lang = xmlNodeGetLang(root)) {
            language = QString::fromUtf8(reinterpret_cast<const char *>(lang));
            xmlFree(lang);
        }
    }
    language = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (language.size() != 2)
        language.clear();

    ParsedFile parsed;
    const char *itemName = atom ? "entry" : "item";
    int index = 0;
    for (const xmlNode *c = itemParent->children; c; c = c->next) {
        if (!is(c, Ns::Plain, itemName, atom))
            continue;
        ++index;
        Item item = readItem(c, atom);
        QString body = !item.encoded.isEmpty() ? item.encoded
            : !item.description.isEmpty()      ? item.description
            : !item.content.isEmpty()          ? item.content
                                               : item.summary;
        // A headline-only item: the headline is its text (as in PlainTextParser). An empty
        // body would also share one content hash with every other headline-only item,
        // which the store would then drop as duplicates.
        if (body.trimmed().isEmpty())
            body = item.title;
        if (body.trimmed().isEmpty()) {
            parsed.warnings.append(tr("%1: item %2 has neither a title nor text; skipped").arg(doc.path).arg(index));
            continue;
        }
        core::Article article;
        article.layout = u"feed"_s;
        article.outlet = outlet;
        article.title = core::TextNormalizer::nfc(item.title);
        article.body = core::TextNormalizer::nfc(std::move(body));
        article.reporter = item.author;
        article.url = item.link;
        article.published = DateTimeFormats::parse(item.date);
        if (!item.date.isEmpty() && !article.published.isValid()) {
            parsed.warnings.append(tr("%1: item %2 (\"%3\"): cannot read the date \"%4\"")
                                       .arg(doc.path)
                                       .arg(index)
                                       .arg(item.title, item.date));
        }
        article.language =
            !language.isEmpty() ? language : core::guessLanguage(QString(article.title + u'\n' + article.body));
        parsed.articles.append(std::move(article));
    }
    return parsed;
}

} // namespace chipline::ingest
