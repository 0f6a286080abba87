// Where `chipline tag` spends its time, stage by stage, on one text file, single thread:
// loading the gazetteer and building the matcher, reading (UTF-8 decoding and NFC), entity
// matching, date scanning, and the whole analysis, each over the same blocks of whole lines
// that tag uses.
// Usage:
//   bench_tagstages FILE [REPEAT]   prints the best of REPEAT runs per stage, in ms
// Timing is printed, never asserted.
#include "analysis/articleanalyzer.h"
#include "ingest/sourcestream.h"
#include "temporal/dateextractor.h"
#include "text/ahocorasick.h"
#include "text/entitymatcher.h"
#include "text/gazetteer.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace chipline;

namespace {

constexpr qsizetype kBlock = 64 * 1024; // as in TagCommand

// Best wall time of repeat runs of work, in ms.
double best(int repeat, const std::function<void()> &work)
{
    double ms = std::numeric_limits<double>::max();
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        ms = std::min(ms, t.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s FILE [REPEAT]\n", argv[0]);
        return 2;
    }
    const QString &path = args[1];
    const int repeat = args.size() > 2 ? std::max(1, args[2].toInt()) : 3;

    qsizetype units = 0;
    const double readMs = best(repeat, [&] {
        units = 0;
        ingest::SourceStream stream(path);
        while (stream.next() == ingest::SourceStream::Step::Piece)
            units += stream.piece().size();
    });
    QString text;
    text.reserve(QFileInfo(path).size()); // never more units than bytes
    for (ingest::SourceStream stream(path); stream.next() == ingest::SourceStream::Step::Piece;)
        text.append(stream.piece());
    QStringList blocks;
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype eol = text.size() - at > kBlock ? text.indexOf(u'\n', at + kBlock) : -1;
        const qsizetype end = eol < 0 ? text.size() : eol + 1;
        blocks.append(text.sliced(at, end - at));
        at = end;
    }
    const QString language = core::guessLanguage(text);

    // Start-up cost of recognition: the built-in gazetteer, then a matcher over it (its
    // automaton and word lists), each the best of REPEAT loads.
    const double gazetteerMs = best(repeat, [] { (void)text::Gazetteer::builtIn(); });
    const auto gazetteer = text::Gazetteer::builtIn();
    if (!gazetteer) {
        std::fprintf(stderr, "%s\n", qPrintable(gazetteer.error().message));
        return 1;
    }
    const double matcherMs = best(repeat, [&gazetteer] { const text::EntityMatcher m(gazetteer.value()); });
    const text::EntityMatcher matcher(gazetteer.value());
    // The bare automaton over the same aliases: the part of matching that every unit pays.
    text::AhoCorasick automaton;
    for (int id = 0; id < gazetteer->size(); ++id) {
        for (const text::GazetteerAlias &a : gazetteer->entity(id).aliases)
            automaton.add(text::TextFold::key(a.text), id);
    }
    automaton.build();
    qsizetype hits = 0;
    const double scanMs = best(repeat, [&] {
        hits = 0;
        for (const QString &b : std::as_const(blocks))
            (void)automaton.scan(b, [&hits](const text::AhoCorasick::Hit &) { ++hits; });
    });
    qsizetype mentions = 0;
    const double matchMs = best(repeat, [&] {
        mentions = 0;
        for (const QString &b : std::as_const(blocks))
            mentions += matcher.match(b).size();
    });

    const temporal::DateExtractor dates;
    qsizetype found = 0;
    const double dateMs = best(repeat, [&] {
        found = 0;
        for (const QString &b : std::as_const(blocks))
            found += dates.extract(b, QDate(2025, 5, 1), language).size();
    });

    auto analyzer = analysis::ArticleAnalyzer::createBuiltIn();
    if (!analyzer) {
        std::fprintf(stderr, "%s\n", qPrintable(analyzer.error().message));
        return 1;
    }
    core::Article article;
    article.language = language;
    const double analyzeMs = best(repeat, [&] {
        for (const QString &b : std::as_const(blocks)) {
            article.body = b;
            (void)analyzer.value()->analyze(article, false);
        }
    });

    std::printf("file: %s (%lld UTF-16 units, %lld blocks, language %s)\n", qPrintable(path),
                static_cast<long long>(text.size()), static_cast<long long>(blocks.size()), qPrintable(language));
    std::printf("gazetteer_ms: %.1f  (%d entities, %d aliases)\n", gazetteerMs, gazetteer->size(),
                matcher.aliasCount());
    std::printf("matcher_build_ms: %.1f\n", matcherMs);
    std::printf("read_ms: %.1f  (reading, UTF-8 decoding and NFC of %lld units)\n", readMs,
                static_cast<long long>(units));
    std::printf("scan_ms: %.1f  (%lld hits, %zu states)\n", scanMs, static_cast<long long>(hits),
                automaton.stateCount());
    std::printf("match_ms: %.1f  (%lld mentions)\n", matchMs, static_cast<long long>(mentions));
    std::printf("dates_ms: %.1f  (%lld dates)\n", dateMs, static_cast<long long>(found));
    std::printf("analyze_ms: %.1f  (match + dates + records)\n", analyzeMs);
    return 0;
}
