#include "ingest/pagemetadata.h"

#include "ingest/datetimeformats.h"
#include "ingest/domwalk.h"
#include "ingest/markupstripper.h"
#include "ingest/xmltext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <libxml/tree.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

bool named(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->name
        && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"http://"_s) || s.startsWith(u"https://"_s) || s.startsWith(u"//"_s);
}

// schema.org nodes from all JSON-LD blocks, with @graph flattened and @id references resolvable.
class JsonLd final
{
public:
    void add(const QString &json)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return;
        QList<QJsonValue> pending;
        if (doc.isArray()) {
            for (const auto &v : doc.array())
                pending.append(v);
        } else {
            pending.append(doc.object());
        }
        // Flattened with a work list, not recursion: @graph may hold further @graphs.
        while (!pending.isEmpty()) {
            const QJsonObject o = pending.takeFirst().toObject();
            if (o.isEmpty())
                continue;
            if (o.contains(u"@graph"_s)) {
                for (const auto &v : o.value(u"@graph"_s).toArray())
                    pending.append(v);
            }
            m_nodes.append(o);
            if (const QString id = o.value(u"@id"_s).toString(); !id.isEmpty())
                m_byId.insert(id, o);
        }
    }

    // The NewsArticle (or similar) node, else any node that has a datePublished.
    QJsonObject article() const
    {
        for (const QJsonObject &o : m_nodes) {
            const QJsonValue type = o.value(u"@type"_s);
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
            for (const auto &t : types) {
                const QString name = t.toString();
                if (name.endsWith(u"Article"_s) || name == u"BlogPosting"_s || name == u"ReportageNews"_s
                    || name == u"LiveBlogPosting"_s)
                    return o;
            }
        }
        for (const QJsonObject &o : m_nodes) {
            if (o.contains(u"datePublished"_s))
                return o;
        }
        return {};
    }

    // The name of a person or organisation given inline, by @id, as a string or as a list.
    QString nameOf(const QJsonValue &value) const
    {
        if (value.isString())
            return value.toString().trimmed();
        if (value.isArray()) {
            QStringList names;
            for (const auto &v : value.toArray()) {
                if (const QString n = nameOf(v.isArray() ? QJsonValue() : v); !n.isEmpty())
                    names.append(n);
            }
            return names.join(u", "_s);
        }
        QJsonObject o = value.toObject();
        if (!o.contains(u"name"_s))
            o = m_byId.value(o.value(u"@id"_s).toString());
        const QJsonValue name = o.value(u"name"_s);
        return name.isString() ? name.toString().trimmed() : QString();
    }

private:
    QList<QJsonObject> m_nodes;
    QHash<QString, QJsonObject> m_byId;
};

// Everything one pass over the page finds, before the sources are ranked.
struct Sightings
{
    QHash<QString, QString> meta; // lower-cased property/name/itemprop -> first content
    QString canonical;
    QString titleElement;
    QString articleH1;
    QString anyH1;
    QString timeDatetime;
    QString publishedTimeDatetime; // a <time> marked as the publication time
    QString htmlLang;
    JsonLd jsonLd;
};

Sightings sight(const xmlNode *root)
{
    Sightings s;
    int articleDepth = 0;
    walkDom(
        root,
        [&](const xmlNode *node) {
            if (node->type != XML_ELEMENT_NODE)
                return false;
            if (named(node, "article"))
                ++articleDepth;
            if (named(node, "meta")) {
                const QString content = XmlText::attribute(node, "content").trimmed();
                for (const char *key : {"property", "name", "itemprop"}) {
                    const QString k = XmlText::attribute(node, key).trimmed().toLower();
                    if (!k.isEmpty() && !content.isEmpty() && !s.meta.contains(k))
                        s.meta.insert(k, content);
                }
            } else if (named(node, "link")) {
                if (s.canonical.isEmpty() && XmlText::attribute(node, "rel").trimmed().toLower() == u"canonical"_s)
                    s.canonical = XmlText::attribute(node, "href").trimmed();
            } else if (named(node, "title")) {
                if (s.titleElement.isEmpty())
                    s.titleElement = MarkupStripper::foldWhitespace(XmlText::content(node));
                return false;
            } else if (named(node, "script")) {
                if (XmlText::attribute(node, "type").trimmed().toLower() == u"application/ld+json"_s)
                    s.jsonLd.add(XmlText::content(node));
                return false;
            } else if (named(node, "h1")) {
                const QString text = MarkupStripper::foldWhitespace(XmlText::content(node));
                if (s.anyH1.isEmpty())
                    s.anyH1 = text;
                if (articleDepth > 0 && s.articleH1.isEmpty())
                    s.articleH1 = text;
            } else if (named(node, "time")) {
                const QString dt = XmlText::attribute(node, "datetime").trimmed();
                if (s.timeDatetime.isEmpty())
                    s.timeDatetime = dt;
                if (s.publishedTimeDatetime.isEmpty()
                    && (XmlText::attribute(node, "itemprop") == u"datePublished"_s
                        || xmlHasProp(node, BAD_CAST "pubdate")))
                    s.publishedTimeDatetime = dt;
            } else if (named(node, "html")) {
                s.htmlLang = XmlText::attribute(node, "lang").trimmed();
            }
            // Microdata on any element: <span itemprop="datePublished" content="...">.
            if (!named(node, "meta") && !named(node, "time")) {
                if (const QString prop = XmlText::attribute(node, "itemprop"); prop == u"datePublished"_s) {
                    const QString content = XmlText::attribute(node, "content").trimmed();
                    if (!content.isEmpty() && !s.meta.contains(u"datepublished"_s))
                        s.meta.insert(u"datepublished"_s, content);
                }
            }
            return true;
        },
        [&](const xmlNode *node) {
            if (named(node, "article"))
                --articleDepth;
        });
    return s;
}

QString firstOf(const QHash<QString, QString> &meta, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        QString value = meta.value(QString::fromUtf16(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

PageMetadata PageMetadata::collect(const xmlDoc *doc)
{
    const Sightings s = sight(reinterpret_cast<const xmlNode *>(doc));
    const QJsonObject article = s.jsonLd.article();
    PageMetadata m;

    m.outlet = firstOf(s.meta, {u"og:site_name"});
    if (m.outlet.isEmpty())
        m.outlet = s.jsonLd.nameOf(article.value(u"publisher"_s));

    m.title = MarkupStripper::foldWhitespace(firstOf(s.meta, {u"og:title", u"twitter:title"}));
    if (m.title.isEmpty())
        m.title = MarkupStripper::foldWhitespace(article.value(u"headline"_s).toString());
    if (m.title.isEmpty())
        m.title = s.articleH1;
    if (m.title.isEmpty())
        m.title = stripSiteSuffix(s.titleElement, m.outlet);
    if (m.title.isEmpty())
        m.title = s.anyH1;

    const QStringList dateCandidates = {
        firstOf(s.meta,
                {u"article:published_time", u"og:article:published_time", u"og:published_time", u"datepublished"}),
        article.value(u"datePublished"_s).toString(),
        s.publishedTimeDatetime,
        s.timeDatetime,
        firstOf(s.meta, {u"pubdate", u"publishdate", u"date", u"dc.date", u"dc.date.issued", u"dcterms.created"}),
    };
    for (const QString &candidate : dateCandidates) {
        m.published = DateTimeFormats::parse(candidate);
        if (m.published.isValid())
            break;
    }

    m.author = firstOf(s.meta, {u"author", u"dc.creator"});
    if (const QString a = firstOf(s.meta, {u"article:author"}); m.author.isEmpty() && !looksLikeUrl(a))
        m.author = a;
    if (m.author.isEmpty())
        m.author = s.jsonLd.nameOf(article.value(u"author"_s));

    m.url = s.canonical;
    if (m.url.isEmpty())
        m.url = firstOf(s.meta, {u"og:url"});
    if (m.url.isEmpty())
        m.url = article.value(u"url"_s).toString();

    m.articleBody = article.value(u"articleBody"_s).toString();
    m.description = firstOf(s.meta, {u"og:description", u"description", u"twitter:description"});
    m.language = s.htmlLang.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    return m;
}

QString PageMetadata::stripSiteSuffix(const QString &title, const QString &siteName)
{
    QString t = MarkupStripper::foldWhitespace(title);
    static const QStringList separators = {u" | "_s, u" - "_s, u" – "_s, u" — "_s, u" :: "_s, u" : "_s};
    if (!siteName.isEmpty()) {
        for (const QString &sep : separators) {
            if (t.endsWith(sep + siteName, Qt::CaseInsensitive))
                return t.chopped(sep.size() + siteName.size()).trimmed();
        }
    }
    // Without a known site name only the unmistakable forms: the last " | " segment, or a
    // short last " - " segment (a headline may itself contain a dash).
    if (const qsizetype bar = t.lastIndexOf(u" | "_s); bar > 0)
        return t.first(bar).trimmed();
    for (const QString &sep : {u" - "_s, u" – "_s, u" — "_s}) {
        const qsizetype dash = t.lastIndexOf(sep);
        if (dash > 0 && t.size() - dash - sep.size() <= 30 && t.sliced(dash + sep.size()).count(u' ') <= 3)
            return t.first(dash).trimmed();
    }
    return t;
}

} // namespace chipline::ingest
