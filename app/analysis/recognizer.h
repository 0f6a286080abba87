#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace chipline::storage {
class Database;
}

namespace chipline::analysis {

class ArticleAnalyzer;

struct RecognizeSummary
{
    qint64 articles = 0;
    qint64 mentions = 0; // accepted mentions after the run
    qint64 events = 0; // events after the run
    bool cancelled = false;
};

// What setting an article's publication date did: the date it had (invalid: none) and
// what recognition found with the new one.
struct Redated
{
    QDateTime previous;
    qint64 dates = 0; // date expressions, resolved or not
    qint64 events = 0; // events found in the article
};

// Runs recognition, dates and event extraction again over stored articles, after the
// gazetteer or the user's aliases changed. The analyst's work stays: manual mentions,
// rejections, and confirmed, rejected or edited events (AnalysisWriter::replace).
// Articles are analysed on worker threads and written in one transaction per chunk.
class Recognizer final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // analyzer may be null: one is built from the database's gazetteer.
    static core::Result<RecognizeSummary> run(storage::Database &db, const ArticleAnalyzer *analyzer = nullptr,
                                              const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // The same for one article, e.g. after its publication date was set.
    static core::Status runOne(storage::Database &db, qint64 articleId, const ArticleAnalyzer *analyzer = nullptr);
    // Sets the article's publication date (invalid: none) and recognizes it again in one
    // transaction, so that its relative dates and the events they date follow the date
    // it is given; setting the previous date back restores what it had.
    static core::Result<Redated> redate(storage::Database &db, qint64 articleId, const QDateTime &published,
                                        const ArticleAnalyzer *analyzer = nullptr);
};

} // namespace chipline::analysis
