#pragma once

#include "analysis/articleanalysis.h"
#include "core/article.h"
#include "core/result.h"
#include "events/eventextractor.h"
#include "temporal/dateextractor.h"
#include "text/entitymatcher.h"

#include <QSet>

#include <memory>

namespace chipline::storage {
class Database;
}

namespace chipline::analysis {

// Entities, dates and candidate events of one article, in one pass. Built once from the
// gazetteer (the built-in one extended by the user's entities and aliases in the
// database); analyze() is const and keeps no state, so worker threads share one analyzer.
// Names the analyst rejected in the New names review are never proposed by a pattern again.
class ArticleAnalyzer final
{
    Q_DISABLE_COPY_MOVE(ArticleAnalyzer)

public:
    ArticleAnalyzer(const text::Gazetteer &gazetteer, events::TriggerVocabulary vocabulary, events::TitleMaker titles,
                    events::ModalityVocabulary modality, QSet<QString> rejectedNames = {});

    // The built-in data plus the user's own entities and aliases from db.
    static core::Result<std::unique_ptr<ArticleAnalyzer>> create(storage::Database &db);
    // The built-in data alone (for text outside any database: `chipline tag`).
    static core::Result<std::unique_ptr<ArticleAnalyzer>> createBuiltIn();

    // withEvents false skips event extraction (for tagging text outside the database).
    ArticleAnalysis analyze(const core::Article &article, bool withEvents = true) const;

private:
    text::EntityMatcher m_matcher;
    temporal::DateExtractor m_dates;
    events::EventExtractor m_events;
    QSet<QString> m_rejected;
};

} // namespace chipline::analysis
