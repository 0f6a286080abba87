#pragma once

#include "annotation/occurrence.h"
#include "text/koreanparticles.h"
#include "text/matchboundary.h"

#include <QList>

namespace chipline::storage {
class Database;
}

namespace chipline::annotation {

// Finds the other occurrences of a name in the corpus for "apply to all": the full-text
// index picks the articles, then each body is scanned for the exact text standing as a
// word of its own (a Korean particle may follow). Spans already accepted as the entity are
// skipped, and so is the one the analyst has just annotated.
class OccurrenceFinder final
{
    Q_DISABLE_COPY_MOVE(OccurrenceFinder)

public:
    explicit OccurrenceFinder(storage::Database &db);

    static constexpr int kMaxArticles = 2000;

    // Occurrences of text not yet accepted as entityId (0: as any entity).
    QList<Occurrence> toAnnotate(const QString &text, qint64 entityId, qint64 skipArticle, qint64 skipStart);
    // Accepted mentions of entityId whose text is text, except skipMention.
    QList<Occurrence> toReject(const QString &text, qint64 entityId, qint64 skipMention);

private:
    storage::Database &m_db;
    text::KoreanParticles m_particles;
    text::MatchBoundary m_boundary;
};

} // namespace chipline::annotation
