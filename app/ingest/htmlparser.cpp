#include "ingest/htmlparser.h"

#include "core/textnormalizer.h"

#include "ingest/articleblocks.h"
#include "ingest/boilerplaterules.h"
#include "ingest/charsetconverter.h"
#include "ingest/libxmlparser.h"
#include "ingest/maintextfinder.h"
#include "ingest/markupstripper.h"
#include "ingest/pagemetadata.h"

#include <QRegularExpression>

#include <libxml/HTMLparser.h>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

// The charset a page declares in its first bytes, as browsers look for it:
// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">.
QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(u"<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 4096)));
    const QRegularExpressionMatch m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

// The page as UTF-8 for libxml2, which is then told to ignore the meta tag. SourceReader's
// decoding wins when it found Unicode (a UTF-8 page that still says euc-kr was re-saved by
// a tool that did not update the tag); otherwise the declared charset is used, decoded with
// ICU so that CP949 syllables in "euc-kr" pages survive.
QByteArray pageAsUtf8(const SourceDocument &doc, QStringList &warnings)
{
    if (doc.bytes.isEmpty() || doc.encoding.startsWith(u"UTF-"_s))
        return doc.text.isEmpty() ? doc.bytes : doc.text.toUtf8();
    const QByteArray declared = declaredCharset(doc.bytes);
    if (!declared.isEmpty()) {
        const QByteArray converter = CharsetConverter::converterName(declared);
        if (converter == "utf-8" || converter == "UTF-8")
            return doc.text.isEmpty() ? doc.bytes : doc.text.toUtf8();
        if (auto text = CharsetConverter::decodeStrict(doc.bytes, converter.constData()))
            return text->toUtf8();
        bool replaced = false;
        if (auto text = CharsetConverter::decodeLenient(doc.bytes, converter.constData(), &replaced)) {
            if (replaced)
                warnings.append(HtmlParser::tr("%1: some bytes are not valid %2 and were replaced")
                                    .arg(doc.path, QString::fromLatin1(declared)));
            return text->toUtf8();
        }
        warnings.append(HtmlParser::tr("%1: unknown charset \"%2\" in the page; used %3")
                            .arg(doc.path, QString::fromLatin1(declared), doc.encoding));
    }
    return doc.text.isEmpty() ? doc.bytes : doc.text.toUtf8();
}

QString languageOf(const PageMetadata &meta, const QString &body)
{
    // Script evidence beats a template's lang attribute; lang only tells Latin languages apart.
    QString guessed = core::guessLanguage(body);
    if (guessed != u"en"_s || meta.language.isEmpty() || meta.language == u"ko"_s || meta.language == u"zh"_s
        || meta.language == u"ja"_s)
        return guessed;
    return meta.language;
}

bool isTitle(const QString &paragraph, const PageMetadata &meta)
{
    return !meta.title.isEmpty() && paragraph == meta.title;
}

// The article's paragraphs without the headline that often opens the article element.
QString withoutTitle(const QString &body, const PageMetadata &meta)
{
    QStringList paragraphs = body.split(u'\n');
    for (qsizetype i = 0; i < qMin<qsizetype>(paragraphs.size(), 3); ++i) {
        if (isTitle(paragraphs.at(i), meta)) {
            paragraphs.removeAt(i);
            break;
        }
    }
    return paragraphs.join(u'\n');
}

// The page's JSON-LD articleBody as paragraphs (some sites put markup in it).
QString jsonLdBody(const PageMetadata &meta)
{
    // Some sites escape it twice ("&amp;quot;"): decode until no markup is left, line by
    // line so that its paragraphs survive.
    QStringList lines = meta.articleBody.split(u'\n');
    for (QString &line : lines) {
        for (int round = 0; round < 3 && (line.contains(u'<') || line.contains(u'&')); ++round) {
            QString decoded = MarkupStripper::stripFragment(line);
            if (decoded == line)
                break;
            line = std::move(decoded);
        }
    }
    const QString text = lines.join(u'\n');
    return MarkupStripper::plainText(text);
}

// Best candidate first; a page with paragraphs anywhere is never left without text: the
// whole page judged by tags only, then the metadata's articleBody and description.
QString articleText(const xmlDoc *page, const PageMetadata &meta)
{
    const BoilerplateRules &rules = BoilerplateRules::builtIn();
    QString body;
    for (const xmlNode *candidate : MainTextFinder::candidates(page, &rules)) {
        body = withoutTitle(ArticleBlocks::text(candidate, &rules), meta);
        if (!body.isEmpty())
            break;
    }
    // Text the page shows only through its scripts: the DOM lost most of the article.
    QString fromJsonLd = jsonLdBody(meta);
    const qsizetype jsonLength = ArticleBlocks::visibleLength(fromJsonLd);
    if (jsonLength >= 100 && jsonLength * 2 > ArticleBlocks::visibleLength(body) * 3)
        return fromJsonLd;
    if (!body.isEmpty())
        return body;
    for (const xmlNode *candidate : MainTextFinder::candidates(page, nullptr)) {
        body = withoutTitle(ArticleBlocks::text(candidate, nullptr), meta);
        if (!body.isEmpty())
            return body;
    }
    if (!fromJsonLd.isEmpty())
        return fromJsonLd;
    return MarkupStripper::foldWhitespace(meta.description);
}

} // namespace

ParseResult HtmlParser::parse(const SourceDocument &doc)
{
    ParsedFile parsed;
    const QByteArray utf8 = pageAsUtf8(doc, parsed.warnings);
    LibXmlParser parser(LibXmlParser::Kind::Html);
    // Never HTML_PARSE_HUGE: libxml2's depth and size limits protect us from hostile pages.
    const XmlDocPtr page = parser.parse(utf8, "UTF-8",
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                            | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
    if (!page)
        return core::Error{tr("%1: not a readable HTML page (%2)").arg(doc.path, parser.errorMessage())};
    if (parser.lastMessage().startsWith(u"Excessive depth"_s)) {
        parsed.warnings.append(
            tr("%1: elements are nested too deeply; text below that depth was dropped").arg(doc.path));
    }

    const PageMetadata meta = PageMetadata::collect(page.get());
    QString body = articleText(page.get(), meta);
    if (body.isEmpty())
        return core::Error{tr("%1: no article text found in the page (no paragraphs outside menus, scripts and "
                              "page furniture, and no articleBody in its metadata)")
                               .arg(doc.path)};

    core::Article article;
    article.layout = u"html"_s;
    // Fields, not the whole page, get NFC: bytes that SourceReader did not decode are raw.
    article.outlet = core::TextNormalizer::nfc(meta.outlet);
    article.title = core::TextNormalizer::nfc(meta.title);
    article.published = meta.published;
    article.reporter = core::TextNormalizer::nfc(meta.author);
    article.language = languageOf(meta, body);
    article.body = core::TextNormalizer::nfc(std::move(body));
    article.url = meta.url;
    parsed.articles.append(std::move(article));
    return parsed;
}

} // namespace chipline::ingest
