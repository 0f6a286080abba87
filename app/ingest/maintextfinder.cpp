#include "ingest/maintextfinder.h"

#include "ingest/boilerplaterules.h"
#include "ingest/domwalk.h"
#include "ingest/markupstripper.h"

#include <QHash>

#include <libxml/tree.h>

#include <cstring>
#include <string_view>

namespace chipline::ingest {

namespace {

using namespace std::string_view_literals;

std::string_view nameOf(const xmlNode *node)
{
    return node && node->name ? std::string_view(reinterpret_cast<const char *>(node->name)) : std::string_view();
}

bool isParagraphLike(std::string_view n)
{
    return n == "p"sv || n == "li"sv || n == "blockquote"sv || n == "pre"sv || n == "h2"sv || n == "h3"sv || n == "h4"sv
        || n == "h5"sv || n == "h6"sv || n == "dd"sv;
}

bool isContainer(std::string_view n)
{
    return n == "div"sv || n == "section"sv || n == "article"sv || n == "main"sv || n == "td"sv || n == "body"sv
        || n == "font"sv || n == "center"sv || n == "span"sv;
}

qsizetype visibleLength(const xmlChar *content)
{
    qsizetype n = 0;
    for (const auto *p = reinterpret_cast<const unsigned char *>(content); *p; ++p) {
        // Count characters, not bytes (Hangul is three bytes in UTF-8), and no whitespace.
        if ((*p & 0xC0) != 0x80 && *p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
            ++n;
    }
    return n;
}

// A <div> that holds only inline content is a paragraph written without <p>.
bool holdsOnlyInline(const xmlNode *element)
{
    for (const xmlNode *c = element->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && MarkupStripper::endsParagraph(c) && nameOf(c) != "br"sv)
            return false;
    }
    return true;
}

bool attributeMatches(const xmlNode *node, const char *attribute, const BoilerplateRules &rules)
{
    xmlChar *value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar *>(attribute));
    const bool match = value && rules.isContentName(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return match;
}

bool isArticleBody(const xmlNode *node)
{
    xmlChar *itemprop = xmlGetNoNsProp(node, BAD_CAST "itemprop");
    const bool match = itemprop && std::strcmp(reinterpret_cast<const char *>(itemprop), "articleBody") == 0;
    xmlFree(itemprop);
    return match;
}

bool isContent(const xmlNode *node, const BoilerplateRules &rules)
{
    return attributeMatches(node, "class", rules) || attributeMatches(node, "id", rules);
}

// The element of a list that holds the most text.
const xmlNode *richest(const QList<const xmlNode *> &elements, const QHash<const xmlNode *, qsizetype> &text)
{
    const xmlNode *best = nullptr;
    for (const xmlNode *e : elements) {
        if (text.value(e) > (best ? text.value(best) : 0))
            best = e;
    }
    return best;
}

} // namespace

QList<const xmlNode *> MainTextFinder::candidates(const xmlDoc *doc, const BoilerplateRules *rules)
{
    const auto filter = rules ? MarkupStripper::Filter::TagsAndClasses : MarkupStripper::Filter::Tags;
    const auto *root = reinterpret_cast<const xmlNode *>(doc);
    const xmlNode *body = nullptr;
    QList<const xmlNode *> articleBodies, contents, articles;
    QHash<const xmlNode *, qsizetype> score;
    QList<const xmlNode *> scoredInOrder; // document order, so that ties go to the first
    QHash<const xmlNode *, qsizetype> subtreeText;
    QList<qsizetype> openText; // text so far under each open element
    QList<const xmlNode *> furniture; // open furniture elements; text under them scores nothing
    QHash<const xmlNode *, bool> inlineOnly;
    auto holdsOnlyInlineCached = [&](const xmlNode *element) {
        auto it = inlineOnly.find(element);
        if (it == inlineOnly.end())
            it = inlineOnly.insert(element, holdsOnlyInline(element));
        return *it;
    };
    auto addScore = [&](const xmlNode *element, qsizetype points) {
        auto it = score.find(element);
        if (it == score.end()) {
            score.insert(element, points);
            scoredInOrder.append(element);
        } else {
            *it += points;
        }
    };

    walkDom(
        root,
        [&](const xmlNode *node) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                const qsizetype length = node->content ? visibleLength(node->content) : 0;
                if (length == 0)
                    return false;
                // Find the block the text belongs to; text inside a link does not count.
                const xmlNode *block = node->parent;
                for (int steps = 0; block && block->type == XML_ELEMENT_NODE && steps < 32; ++steps) {
                    const std::string_view n = nameOf(block);
                    if (n == "a"sv)
                        return false;
                    if (isParagraphLike(n) || (isContainer(n) && n != "span"sv))
                        break;
                    block = block->parent;
                }
                if (!block || block->type != XML_ELEMENT_NODE)
                    return false;
                if (!openText.isEmpty())
                    openText.back() += length;
                if (!furniture.isEmpty())
                    return false;
                const std::string_view blockName = nameOf(block);
                const bool paragraph = isParagraphLike(blockName)
                    || (blockName == "div"sv && block->parent && holdsOnlyInlineCached(block));
                const xmlNode *scored = paragraph ? block->parent : block;
                if (scored && scored->type == XML_ELEMENT_NODE) {
                    addScore(scored, length * 2);
                    if (scored->parent && scored->parent->type == XML_ELEMENT_NODE)
                        addScore(scored->parent, length);
                }
                return false;
            }
            if (node->type != XML_ELEMENT_NODE)
                return false;
            openText.append(0);
            const std::string_view n = nameOf(node);
            // Furniture by tag is never text; by class it may still wrap a content
            // element ("article-header" around "entry-content"), found but not scored.
            if (MarkupStripper::isBoilerplate(node, MarkupStripper::Filter::Tags))
                return false;
            if (MarkupStripper::isBoilerplate(node, filter) && !isArticleBody(node)
                && !(rules && isContent(node, *rules))) {
                furniture.append(node);
                return true;
            }
            if (n == "body"sv && !body)
                body = node;
            if (n == "article"sv && furniture.isEmpty())
                articles.append(node);
            if (isArticleBody(node))
                articleBodies.append(node);
            if (rules && isContent(node, *rules))
                contents.append(node);
            return true;
        },
        [&](const xmlNode *node) {
            if (!furniture.isEmpty() && furniture.back() == node)
                furniture.removeLast();
            const qsizetype text = openText.takeLast();
            subtreeText.insert(node, text);
            if (!openText.isEmpty())
                openText.back() += text;
        });

    const xmlNode *best = nullptr;
    qsizetype bestScore = 0;
    for (const xmlNode *element : std::as_const(scoredInOrder)) {
        if (const qsizetype points = score.value(element); points > bestScore) {
            best = element;
            bestScore = points;
        }
    }
    QList<const xmlNode *> result;
    // The page's own markup, checked against the text the best block holds: an empty
    // articleBody left by a script, or an <article> teaser, must not win.
    const qsizetype bestText = best ? subtreeText.value(best) : 0;
    for (const auto *list : {&articleBodies, &contents, &articles}) {
        const xmlNode *marked = richest(*list, subtreeText);
        if (marked && subtreeText.value(marked) * 5 >= bestText * 2) {
            result.append(marked);
            break;
        }
    }
    for (const xmlNode *e : {best, body}) {
        if (e && !result.contains(e))
            result.append(e);
    }
    return result;
}

} // namespace chipline::ingest
