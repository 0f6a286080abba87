#pragma once

#include "core/result.h"
#include "storage/eventclusterindex.h"
#include "storage/eventrow.h"
#include "storage/statement.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chipline::storage {

class Database;

// An event as extraction proposes it and as an article's export reads it back: the event
// and what clustering needs or the reading adds.
struct EventRecord : core::Event
{
    QStringList actors; // canonical names, when read back
    qint64 evidenceCount = 0; // distinct articles, when read back
    // The proposing passage's other dates (date values, empty when it gives none): when its
    // source reported the event and when a rule applies from. Kept on the evidence row.
    QString reported;
    QString effective;
    // Dated by the publication day, not by the text (lower confidence). Read back: every
    // passage is, and the analyst has not set the date.
    bool datedByPublication = false;
    // Of the actors, those that identify the event (companies, agencies, people, chips,
    // models): a candidate of the same category and date sharing one of them is the same
    // event told by another article, in another language or with other names around it.
    QList<qint64> identifyingActorIds;
    // The other dates at which such a candidate of another article is the same event
    // (events::compatibleDates: a day apart, a month and a day in it).
    QStringList compatibleDates;
};

// Timeline events, their actors and the passages that support them. Candidates from
// several articles with the same cluster key are one event with several evidence rows;
// so are candidates of another article with the same category, shared identifying actors
// and a compatible date (a day apart, a month and a day in it), where the finer date wins
// while the event is untouched. Inside one article different dates stay different events.
// Confirmed, rejected and edited events belong to the analyst: extraction only adds
// evidence to them and never deletes them. Re-extraction follows the analyst's decisions:
// a passage already in a kept event stays there (merged into, split off, rejected), and a
// key merged away leads to the event it was merged into, so nothing the analyst removed
// comes back.
class EventStore final
{
    Q_DISABLE_COPY_MOVE(EventStore)

public:
    explicit EventStore(Database &db);

    // Adds the candidate, or its evidence to the event that owns the passage or the key;
    // returns the event id.
    core::Result<qint64> addCandidate(const EventRecord &event, const QList<qint64> &actorIds, qint64 articleId,
                                      qint64 start, qint64 end);
    // Takes the article's evidence away from untouched candidates and drops candidates
    // left with none: the first step of re-extraction. A candidate that keeps others takes
    // the finest date they give when none gives its own any more.
    core::Status clearCandidates(qint64 articleId);

    // The candidates that follow are of an article just stored, which no passage names yet:
    // they are placed from an EventClusterIndex instead of a query each.
    void beginNewArticle(qint64 articleId);
    // Drops cached cluster keys; call when the caller's transaction ends (after it, another
    // connection may merge or delete the events they name).
    void forgetCache();
    // The caller's transaction committed: the index stays until another connection writes.
    void committed();

    // Events with evidence in the article, each with this article's evidence span. What
    // the passage says of modality and dating is in the evidence; the event's own (over
    // all its passages, up to 10,000 in a million articles) is left unread.
    QList<std::pair<EventRecord, EvidenceRecord>> forArticle(qint64 articleId);
    // All events, by date; with a status, only those.
    QList<EventRecord> list(std::optional<core::EventStatus> status);

private:
    QStringList actorsOf(qint64 eventId);
    struct Owner
    {
        enum How {
            SameKey,
            OtherKey,
            HoldsPassage
        };
        qint64 id = 0;
        How how = SameKey;
    };
    // The event the candidate's passage goes to, id 0 for a new one.
    Owner owner(const EventRecord &event, qint64 articleId, qint64 start, qint64 end);
    // The same, for a new article's candidate, from the index.
    Owner indexedOwner(const EventRecord &event, qint64 start, qint64 end) const;
    // An untouched candidate takes a finer date its new passage gives (the day in its month).
    // indexed: the event's date is read from the index.
    core::Status refineDate(qint64 eventId, const EventRecord &event, bool indexed);
    core::Status setDate(qint64 eventId, const QString &date, const QString &precision);
    // An untouched candidate whose date no passage gives any more takes the finest they give.
    core::Status settleDate(qint64 eventId);

    Database &m_db;
    Statement m_findPassage;
    Statement m_findKey;
    Statement m_findMergedKey;
    Statement m_findRelated;
    Statement m_insertEvent;
    Statement m_insertActor;
    Statement m_insertEvidence;
    Statement m_eventDate;
    Statement m_setDate;
    Statement m_actors;
    QHash<QString, qint64> m_keyEvents; // cluster key -> event id, within one transaction
    EventClusterIndex m_index;
    // The new article being stored, and the events and passages it has given so far.
    qint64 m_newArticle = 0;
    bool m_indexed = false; // its candidates are placed from m_index
    QList<qint64> m_newArticleEvents;
    QHash<std::pair<qint64, qint64>, qint64> m_newPassages; // (start, end) -> first event
};

} // namespace chipline::storage
