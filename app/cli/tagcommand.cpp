#include "cli/tagcommand.h"

#include "analysis/articleanalyzer.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "core/textoffsets.h"
#include "exchange/jsonwriter.h"
#include "ingest/sourcestream.h"
#include "temporal/dateextractor.h"
#include "text/entitymatcher.h"
#include "text/gazetteer.h"
#include "text/matcherlexicon.h"

#include <QFuture>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

namespace chipline::cli {

namespace {

constexpr qsizetype kBlock = 64 * 1024;
// Blocks queued on the thread pool at most: enough to keep every thread busy, few enough
// that memory stays flat (about 2 MB of text in flight).
constexpr std::size_t kBlocksInFlight = 16;
// Bytes read and decoded at a time: a few blocks' worth. The buffers they fill are touched
// once each; on a machine where a first-touched page costs 10 us, megabytes of them showed.
constexpr qsizetype kPieceBytes = 256 * 1024;

QString fullJson(const QString &path, const core::Article &a, qint64 chars, const analysis::ArticleAnalysis &found)
{
    QStringList mentions;
    mentions.reserve(found.mentions.size());
    for (const auto &m : found.mentions) {
        exchange::JsonWriter w;
        w.field("start", m.start)
            .field("end", m.end)
            .field("entity", m.entity)
            .field("type", m.type)
            .field("confidence", qint64(qRound(m.confidence * 100)));
        mentions.append(w.object());
    }
    QStringList dates;
    for (const auto &d : found.dates) {
        exchange::JsonWriter w;
        w.field("start", d.start)
            .field("end", d.end)
            .field("text", d.text)
            .field("value", d.value.isEmpty() ? QString() : d.value)
            .field("precision", d.precision.isEmpty() ? QString() : d.precision);
        dates.append(w.object());
    }
    exchange::JsonWriter w;
    w.field("file", path)
        .field("language", a.language)
        .field("chars", chars)
        .rawField("mentions", u'[' + mentions.join(u',') + u']')
        .rawField("dates", u'[' + dates.join(u',') + u']');
    return w.object();
}

// What --summary counts, found by the recognizers themselves: counts need none of the
// records the analyzer makes for each mention and date (names, code-point offsets, date
// texts and values), nor its event vocabulary. Entities as ArticleAnalyzer::createBuiltIn()
// finds them (the built-in gazetteer), dates resolved as it resolves them.
class SummaryRecognizers final
{
public:
    explicit SummaryRecognizers(std::unique_ptr<text::EntityMatcher> matcher)
        : m_matcher(std::move(matcher))
    {}
    Q_DISABLE_COPY_MOVE(SummaryRecognizers)

    // body with the language and publication date of a.
    QList<text::EntityMatch> entities(QStringView body) const { return m_matcher->match(body); }
    QList<temporal::DateMention> dates(QStringView body, const core::Article &a) const
    {
        return m_dates.extract(body, a.published.isValid() ? a.published.date() : QDate(), a.language);
    }

private:
    std::unique_ptr<const text::EntityMatcher> m_matcher;
    temporal::DateExtractor m_dates;
};

// Counts for --summary, gathered block by block so that nothing per mention is kept: each
// block's on the thread that tagged it, then merged in order.
class Tally final
{
public:
    void merge(const Tally &block)
    {
        m_mentions += block.m_mentions;
        for (std::size_t t = 0; t < m_byType.size(); ++t)
            m_byType[t] += block.m_byType[t];
        for (const QString &entity : block.m_entities)
            addEntity(entity);
        m_dates += block.m_dates;
        m_resolved += block.m_resolved;
    }

    void add(const QList<text::EntityMatch> &mentions, const QList<temporal::DateMention> &dates)
    {
        m_mentions += mentions.size();
        for (const auto &m : mentions) {
            ++m_byType[std::size_t(m.type)];
            addEntity(m.canonical);
        }
        m_dates += dates.size();
        for (const auto &d : dates)
            m_resolved += d.isResolved();
    }

    QString json(const QString &path, qint64 chars) const
    {
        std::vector<std::pair<QString, qint64>> types;
        for (std::size_t t = 0; t < m_byType.size(); ++t) {
            if (m_byType[t] > 0)
                types.emplace_back(text::entityTypeCode(text::EntityType(t)), m_byType[t]);
        }
        std::sort(types.begin(), types.end());
        exchange::JsonWriter counts;
        for (const auto &[type, count] : types)
            counts.field(type.toLatin1().constData(), count);
        exchange::JsonWriter w;
        w.field("file", path)
            .field("chars", chars)
            .field("mentions", m_mentions)
            .field("entities", qint64(m_entities.size()))
            .rawField("types", counts.object())
            .field("dates", m_dates)
            .field("dates_resolved", m_resolved);
        return w.object();
    }

private:
    // Canonical names are shared with the gazetteer, so mentions of one entity carry the
    // same string data. A small cache of data already counted spares hashing the name per
    // mention; holding the strings keeps their data alive, so no address is reused while
    // it is cached.
    void addEntity(const QString &entity)
    {
        const auto address = quintptr(entity.constData());
        QString &seen = m_recent[((address >> 4) ^ (address >> 12)) % m_recent.size()];
        if (!seen.isEmpty() && seen.constData() == entity.constData())
            return;
        m_entities.insert(entity);
        seen = entity;
    }

    std::array<qint64, text::kEntityTypeCount> m_byType{};
    QSet<QString> m_entities;
    std::array<QString, 256> m_recent;
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
    const QCommandLineOption dateOpt(QStringLiteral("date"),
                                     QStringLiteral("Publication date the text's relative dates resolve against."),
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
            return cp.usageError(
                console,
                QStringLiteral("\"%1\" is not a date that exists (YYYY-MM-DD)").arg(cp.parser().value(dateOpt)));
    }
    const bool summaryOnly = cp.parser().isSet(summaryOpt);
    std::unique_ptr<analysis::ArticleAnalyzer> analyzer;
    std::unique_ptr<SummaryRecognizers> recognizers;
    if (summaryOnly) {
        // The matcher the build made of the built-in gazetteer; where there is none, one
        // built here as ArticleAnalyzer::createBuiltIn() builds it.
        auto matcher = text::EntityMatcher::builtInFromImage();
        if (!matcher) {
            text::Gazetteer::preloadBuiltIn(); // parsed on a thread of its own while the lexicon loads
            (void)text::MatcherLexicon::builtIn();
            const auto gazetteer = text::Gazetteer::builtIn();
            if (!gazetteer) {
                console.err() << "chipline tag: gazetteer: " << gazetteer.error().message << "\n";
                return 1;
            }
            matcher = std::make_unique<text::EntityMatcher>(gazetteer.value());
        }
        recognizers = std::make_unique<SummaryRecognizers>(std::move(matcher));
    } else {
        auto built = analysis::ArticleAnalyzer::createBuiltIn();
        if (!built) {
            console.err() << "chipline tag: " << built.error().message << "\n";
            return 1;
        }
        analyzer = std::move(built).value();
    }
    // Blocks are tagged on the thread pool, each a task of its own, while the next ones are
    // read; their results are taken in order, so the output is what one thread would print.
    // A block's mentions and dates are counted where they were found, so the lists made for
    // them are freed on the thread that made them, which reuses the memory for the next block.
    struct BlockResult
    {
        Tally tally; // --summary
        analysis::ArticleAnalysis found; // full output
        qint64 codePoints = 0;
    };
    int failed = 0;
    for (const QString &path : files) {
        // The file streams in pieces of whole lines and is tagged in blocks of whole lines:
        // a concatenation of many articles then costs what its articles cost, abbreviations
        // and 이날 anchors stay local, and memory stays flat however large the file.
        ingest::SourceStream stream(path, ingest::SourceReader::kDefaultMaxBytes, kPieceBytes);
        core::Article block; // language and date for every block
        block.published = reference;
        analysis::ArticleAnalysis found;
        Tally tally;
        QString pending; // decoded text, cut into blocks up to tagged
        pending.reserve(kPieceBytes + 2 * kBlock); // a piece after an untagged rest: no regrowth
        qsizetype tagged = 0;
        qint64 chars = 0;
        qint64 codePoints = 0;
        std::deque<QFuture<BlockResult>> running; // oldest first
        // The blocks' text, each buffer reused once its block's result is taken: the tasks
        // read it in place, and no block is allocated on one thread and freed on another.
        std::array<QString, kBlocksInFlight> buffers;
        for (QString &buffer : buffers)
            buffer.reserve(kBlock + kBlock / 4); // a block ends at the first line end past kBlock
        std::size_t blocks = 0;
        const auto work = [&block, &recognizers, &analyzer, summaryOnly](QStringView body) {
            BlockResult r;
            if (summaryOnly) {
                r.tally.add(recognizers->entities(body), recognizers->dates(body, block));
            } else {
                core::Article a = block;
                a.body = body.toString();
                r.found = analyzer->analyze(a, false);
                r.codePoints = core::TextOffsets(a.body).codePointLength();
            }
            return r;
        };
        const auto take = [&](BlockResult &r) {
            if (summaryOnly) {
                tally.merge(r.tally);
                return;
            }
            for (auto &m : r.found.mentions) {
                m.start += codePoints;
                m.end += codePoints;
                found.mentions.append(std::move(m));
            }
            for (auto &d : r.found.dates) {
                d.start += codePoints;
                d.end += codePoints;
                found.dates.append(std::move(d));
            }
            codePoints += r.codePoints;
        };
        const auto takeOldest = [&] {
            BlockResult r = running.front().takeResult();
            running.pop_front();
            take(r);
        };
        // One task per block, not a batch mapped at once: a thread that finishes a block
        // takes the next queued one at once, where a new batch waited for a thread of its
        // own to start (up to a block's time on two cores, at every batch).
        const auto addBlock = [&](qsizetype size) {
            // Free: the block that had this buffer was taken before the last one started.
            QString &buffer = buffers[blocks++ % buffers.size()];
            buffer.resize(size);
            std::copy_n(pending.constData() + tagged, size, buffer.data());
            running.push_back(QtConcurrent::run(work, QStringView(buffer)));
            tagged += size;
            if (running.size() >= kBlocksInFlight)
                takeOldest();
        };
        const auto takeAll = [&] {
            while (!running.empty())
                takeOldest();
        };
        // However this file's loop is left (a failed read, an exception such as out of
        // memory), the tasks still reading buffers finish before the buffers go.
        const auto finishTasks = qScopeGuard([&running] {
            for (QFuture<BlockResult> &f : running) {
                try {
                    f.waitForFinished();
                } catch (...) {}
            }
        });
        ingest::SourceStream::Step step;
        while ((step = stream.next()) == ingest::SourceStream::Step::Piece
               || step == ingest::SourceStream::Step::Restart) {
            if (step == ingest::SourceStream::Step::Restart) { // read whole after all: start over
                for (QFuture<BlockResult> &f : running)
                    f.waitForFinished();
                running.clear();
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
            // The untagged rest moves to the front and the piece is copied after it, in the
            // same buffer every time: no fresh megabytes (and page faults) per piece.
            const QString &piece = stream.piece();
            const qsizetype rest = pending.size() - tagged;
            QChar *const buffer = pending.data();
            std::copy_n(buffer + tagged, rest, buffer);
            pending.resize(rest + piece.size());
            std::copy_n(piece.constData(), piece.size(), pending.data() + rest);
            tagged = 0;
            for (;;) {
                const qsizetype eol = pending.size() - tagged > kBlock ? pending.indexOf(u'\n', tagged + kBlock) : -1;
                if (eol < 0)
                    break;
                addBlock(eol + 1 - tagged);
            }
        }
        if (step == ingest::SourceStream::Step::Failed) { // finishTasks waits for the blocks under way
            console.err() << stream.error() << "\n";
            ++failed;
            continue;
        }
        if (tagged < pending.size())
            addBlock(pending.size() - tagged);
        takeAll();
        console.out() << (summaryOnly ? tally.json(path, chars) : fullJson(path, block, chars, found)) << '\n';
    }
    return failed ? 1 : 0;
}

} // namespace chipline::cli
