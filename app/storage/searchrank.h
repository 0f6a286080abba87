#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace chipline::storage {

// The relevance of a list search's matches as one integer score, higher is better, so that
// text matches and the articles found through an entity the search names sort together.
// A text match scores FTS5's bm25 of the phrase,
//   idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average length)),
// an entity match the same with its accepted mentions as tf at the average length: an
// article naming 엔비디아 five times ranks with one saying "Nvidia" five times. An article
// found both ways keeps its text score, which weighs its length: a long digest naming the
// entity a hundred times would otherwise top every list. (One phrase has one idf: it orders
// the text matches not at all, but it weighs their scores against the entity matches'.)
class SearchRank final
{
public:
    // FTS5's bm25 idf: ln((rows - hits + 0.5) / (hits + 0.5)), at least 1e-6.
    static double idf(qint64 rows, qint64 hits);
    // SQL for the score of an FTS5 table's current row (in a query that matches it).
    static QByteArray textScoreSql(const QByteArray &ftsTable);
    // SQL for the score of an article with `mentions` mentions, the idf bound as ?idfParam.
    static QByteArray mentionScoreSql(const QByteArray &mentions, int idfParam);

    // bm25 times this, as an integer: cursor keys compare exactly, and the scores of a term
    // in most articles (idf held at 1e-6) keep their order.
    static constexpr double kScale = 1e12;
    static constexpr double kK1 = 1.2; // FTS5's default
};

} // namespace chipline::storage
