#include "cli/tagcommand.h"

#include "analysis/articleanalyzer.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/jsonwriter.h"
#include "core/textoffsets.h"
#include "ingest/sourcestream.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace chipline::cli {

namespace {

constexpr qsizetype kBlock = 64 * 1024;

QString fullJson(const QString &path, const core::Article &a, qint64 chars, const analysis::ArticleAnalysis &found)
{
    QStringList mentions;
    mentions.reserve(found.mentions.size());
    for (const auto &m : found.mentions) {
        JsonWriter w;
        w.field("start", m.start).field("end", m.end).field("entity", m.entity).field("type", m.type)
            .field("confidence", qint64(qRound(m.confidence * 100)));
        mentions.append(w.object());
    }
    QStringList dates;
    for (const auto &d : found.dates) {
        JsonWriter w;
        w.field("start", d.start).field("end", d.end).field("text", d.text)
            .field("value", d.value.isEmpty() ? QString() : d.value)
            .field("precision", d.precision.isEmpty() ? QString() : d.precision);
        dates.append(w.object());
    }
    JsonWriter w;
    w.field("file", path).field("language", a.language).field("chars", chars)
        .rawField("mentions", u'[' + mentions.join(u',') + u']').rawField("dates", u'[' + dates.join(u',') + u']');
    return w.object();
}

// Counts for --summary, gathered block by block so that nothing per mention is kept.
class Tally final
{
public:
    void add(const analysis::ArticleAnalysis &found)
    {
        m_mentions += found.mentions.size();
        for (const auto &m : found.mentions) {
            // A handful of types: a linear search beats hashing a string per mention.
            auto type = std::find_if(m_byType.begin(), m_byType.end(), [&m](const auto &t) { return t.first == m.type; });
            if (type == m_byType.end())
                m_byType.push_back({m.type, 1});
            else
                ++type->second;
            m_entities.insert(m.entity);
        }
        m_dates += found.dates.size();
        for (const auto &d : found.dates)
            m_resolved += !d.value.isEmpty();
    }

    QString json(const QString &path, qint64 chars) const
    {
        std::vector<std::pair<QString, qint64>> types = m_byType;
        std::sort(types.begin(), types.end());
        JsonWriter counts;
        for (const auto &[type, count] : types)
            counts.field(type.toLatin1().constData(), count);
        JsonWriter w;
        w.field("file", path).field("chars", chars).field("mentions", m_mentions)
            .field("entities", qint64(m_entities.size())).rawField("types", counts.object())
            .field("dates", m_dates).field("dates_resolved", m_resolved);
        return w.object();
    }

private:
    std::vector<std::pair<QString, qint64>> m_byType;
    QSet<QString> m_entities;
    qint64 m_mentions = 0;
    qint64 m_dates = 0;
    qint64 m_resolved = 0;
};

} // namespace

const char *TagCommand::summary()
{
    return "Find entities and dates in text files, without a database.";
}

int TagCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("tag"),
                     QStringLiteral("Recognizes entities and date expressions in each FILE (as one text) "
                                    "and prints one JSON object per file: its mentions {start, end, entity, type, "
                                    "confidence} and dates {start, end, text, value, precision}, offsets in Unicode "
                                    "code points. Relative dates resolve against --date; without it they stay "
                                    "unresolved. Uses the built-in gazetteer, not a database's."),
                     QStringLiteral("FILE..."));
    const QCommandLineOption summaryOpt(QStringLiteral("summary"), QStringLiteral("Print counts only."));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("Publication date the text's relative dates resolve against."),
                                     QStringLiteral("YYYY-MM-DD"));
    cp.addOption(summaryOpt);
    cp.addOption(dateOpt);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList files = cp.parser().positionalArguments();
    if (files.isEmpty())
        return cp.usageError(console, QStringLiteral("no file to tag"));
    QDateTime reference;
    if (cp.parser().isSet(dateOpt)) {
        reference = core::parsePublished(cp.parser().value(dateOpt));
        if (!reference.isValid())
            return cp.usageError(console, QStringLiteral("\"%1\" is not a date that exists (YYYY-MM-DD)").arg(cp.parser().value(dateOpt)));
    }
    auto analyzer = analysis::ArticleAnalyzer::createBuiltIn();
    if (!analyzer) {
        console.err() << "chipline tag: " << analyzer.error().message << "\n";
        return 1;
    }
    const bool summaryOnly = cp.parser().isSet(summaryOpt);
    int failed = 0;
    for (const QString &path : files) {
        // The file streams in pieces of whole lines and is tagged in blocks of whole lines:
        // a concatenation of many articles then costs what its articles cost, abbreviations
        // and 이날 anchors stay local, and memory stays flat however large the file.
        ingest::SourceStream stream(path);
        core::Article block; // language and date for every block; its body is reused
        block.published = reference;
        analysis::ArticleAnalysis found;
        Tally tally;
        QString pending; // decoded text, tagged up to tagged
        qsizetype tagged = 0;
        qint64 chars = 0;
        qint64 codePoints = 0;
        const auto tagBlock = [&](qsizetype size) {
            // Into the same buffer every time rather than a fresh 128 KB string per block.
            block.body.resize(size);
            std::copy_n(pending.constData() + tagged, size, block.body.data());
            tagged += size;
            analysis::ArticleAnalysis part = analyzer.value()->analyze(block, false);
            if (summaryOnly) {
                tally.add(part); // counts need no offsets
                return;
            }
            for (auto &m : part.mentions) {
                m.start += codePoints;
                m.end += codePoints;
                found.mentions.append(std::move(m));
            }
            for (auto &d : part.dates) {
                d.start += codePoints;
                d.end += codePoints;
                found.dates.append(std::move(d));
            }
            codePoints += core::TextOffsets(block.body).codePointLength();
        };
        ingest::SourceStream::Step step;
        while ((step = stream.next()) == ingest::SourceStream::Step::Piece || step == ingest::SourceStream::Step::Restart) {
            if (step == ingest::SourceStream::Step::Restart) { // read whole after all: start over
                found = {};
                tally = {};
                pending.clear();
                tagged = 0;
                chars = codePoints = 0;
                block.language.clear();
                continue;
            }
            if (block.language.isEmpty())
                block.language = core::guessLanguage(stream.piece()); // looks at the first 4,000 characters
            chars += stream.piece().size();
            pending.remove(0, tagged);
            tagged = 0;
            pending += stream.piece();
            for (;;) {
                const qsizetype eol = pending.size() - tagged > kBlock ? pending.indexOf(u'\n', tagged + kBlock) : -1;
                if (eol < 0)
                    break;
                tagBlock(eol + 1 - tagged);
            }
        }
        if (step == ingest::SourceStream::Step::Failed) {
            console.err() << stream.error() << "\n";
            ++failed;
            continue;
        }
        if (tagged < pending.size())
            tagBlock(pending.size() - tagged);
        console.out() << (summaryOnly ? tally.json(path, chars) : fullJson(path, block, chars, found)) << '\n';
    }
    return failed ? 1 : 0;
}

} // namespace chipline::cli
