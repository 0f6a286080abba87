#include "ingest/articleblocks.h"

#include "ingest/boilerplaterules.h"
#include "ingest/domwalk.h"
#include "ingest/markupstripper.h"
#include "ingest/paragraphwriter.h"

#include <QList>
#include <QStringList>

#include <cstring>

namespace chipline::ingest {

namespace {

bool named(const xmlNode *node, const char *name)
{
    return node->name && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

bool isHeading(const xmlNode *node)
{
    const char *n = reinterpret_cast<const char *>(node->name);
    return n && n[0] == 'h' && n[1] >= '1' && n[1] <= '6' && n[2] == '\0';
}

QList<ParagraphWriter::Paragraph> paragraphsUnder(const xmlNode *root, const BoilerplateRules *rules)
{
    const auto filter = rules ? MarkupStripper::Filter::TagsAndClasses : MarkupStripper::Filter::Tags;
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
                if (MarkupStripper::isBoilerplate(node, filter))
                    return false;
                if (MarkupStripper::endsParagraph(node))
                    writer.breakParagraph();
                else if (named(node, "td") || named(node, "th"))
                    writer.space();
                if (isHeading(node))
                    writer.markHeading();
                if (named(node, "a") && xmlHasProp(node, BAD_CAST "href"))
                    links.append(node);
                return true;
            default:
                return false;
            }
        },
        [&](const xmlNode *node) {
            if (!links.isEmpty() && links.back() == node)
                links.removeLast();
            if (MarkupStripper::endsParagraph(node))
                writer.breakParagraph();
        });
    return writer.paragraphs();
}

} // namespace

QString ArticleBlocks::text(const xmlNode *root, const BoilerplateRules *rules)
{
    QList<ParagraphWriter::Paragraph> paragraphs = paragraphsUnder(root, rules);
    QStringList kept;
    qsizetype keptChars = 0;
    qsizetype lastText = -1; // last kept paragraph that is not a heading
    for (ParagraphWriter::Paragraph &p : paragraphs) {
        if (rules) {
            const auto verdict = rules->classifyParagraph(p.text);
            if (verdict == BoilerplateRules::Verdict::EndOfArticle && keptChars > 0)
                break;
            if (verdict != BoilerplateRules::Verdict::Keep)
                continue;
            // Share bars, tag lists, "Read more: <a>…</a>": mostly link text.
            if (p.linkChars * 2 > p.visibleChars)
                continue;
        }
        keptChars += p.visibleChars;
        kept.append(std::move(p.text));
        if (!p.heading)
            lastText = kept.size() - 1;
    }
    // A heading with no text after it introduced chrome that was left out.
    kept.resize(lastText + 1);
    return kept.join(u'\n');
}

qsizetype ArticleBlocks::visibleLength(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += c.isSpace() ? 0 : 1;
    return n;
}

} // namespace chipline::ingest
