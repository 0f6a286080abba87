#include "ingest/articleblocks.h"

#include "ingest/boilerplaterules.h"
#include "ingest/markupstripper.h"
#include "ingest/paragraphwriter.h"

#include <QList>
#include <QStringList>

#include <libxml/tree.h>

namespace chipline::ingest {

QString ArticleBlocks::text(const xmlNode *root, const BoilerplateRules *rules)
{
    const auto filter = rules ? MarkupStripper::Filter::TagsAndClasses : MarkupStripper::Filter::Tags;
    QList<ParagraphWriter::Paragraph> paragraphs = MarkupStripper::paragraphs(root, filter);
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
