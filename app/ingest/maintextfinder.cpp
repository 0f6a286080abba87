#include "ingest/maintextfinder.h"

#include "ingest/domwalk.h"
#include "ingest/markupstripper.h"

#include <QHash>
#include <QList>

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
    return n == "p"sv || n == "li"sv || n == "blockquote"sv || n == "pre"sv || n == "h2"sv || n == "h3"sv
        || n == "h4"sv || n == "h5"sv || n == "h6"sv || n == "dd"sv;
}

bool isContainer(std::string_view n)
{
    return n == "div"sv || n == "section"sv || n == "article"sv || n == "main"sv || n == "td"sv
        || n == "body"sv || n == "font"sv || n == "center"sv;
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

} // namespace

const xmlNode *MainTextFinder::find(const xmlDoc *doc)
{
    const auto *root = reinterpret_cast<const xmlNode *>(doc);
    const xmlNode *articleBody = nullptr;
    const xmlNode *body = nullptr;
    QList<const xmlNode *> openArticles;
    QHash<const xmlNode *, qsizetype> articleText;
    QList<const xmlNode *> articleOrder;
    QHash<const xmlNode *, qsizetype> score;
    QList<const xmlNode *> scoredInOrder; // document order, so that ties go to the first
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
                    if (isParagraphLike(n) || isContainer(n))
                        break;
                    block = block->parent;
                }
                if (!block || block->type != XML_ELEMENT_NODE)
                    return false;
                if (!openArticles.isEmpty())
                    articleText[openArticles.back()] += length;
                const xmlNode *scored = isParagraphLike(nameOf(block)) ? block->parent : block;
                if (scored && scored->type == XML_ELEMENT_NODE) {
                    addScore(scored, length * 2);
                    if (scored->parent && scored->parent->type == XML_ELEMENT_NODE)
                        addScore(scored->parent, length);
                }
                return false;
            }
            if (node->type != XML_ELEMENT_NODE)
                return false;
            if (MarkupStripper::isBoilerplate(node, MarkupStripper::Filter::TagsAndClasses))
                return false;
            const std::string_view n = nameOf(node);
            if (n == "body"sv && !body)
                body = node;
            if (n == "article"sv) {
                openArticles.append(node);
                articleOrder.append(node);
            }
            if (!articleBody) {
                xmlChar *itemprop = xmlGetNoNsProp(node, BAD_CAST "itemprop");
                if (itemprop && std::strcmp(reinterpret_cast<const char *>(itemprop), "articleBody") == 0)
                    articleBody = node;
                xmlFree(itemprop);
            }
            return true;
        },
        [&](const xmlNode *node) {
            if (!openArticles.isEmpty() && openArticles.back() == node)
                openArticles.removeLast();
        });

    if (articleBody)
        return articleBody;
    const xmlNode *bestArticle = nullptr;
    for (const xmlNode *a : std::as_const(articleOrder)) {
        if (articleText.value(a) > (bestArticle ? articleText.value(bestArticle) : 0))
            bestArticle = a;
    }
    if (bestArticle)
        return bestArticle;
    const xmlNode *best = nullptr;
    qsizetype bestScore = 0;
    for (const xmlNode *element : std::as_const(scoredInOrder)) {
        if (const qsizetype points = score.value(element); points > bestScore) {
            best = element;
            bestScore = points;
        }
    }
    return best ? best : body;
}

} // namespace chipline::ingest
