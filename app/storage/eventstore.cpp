#include "storage/eventstore.h"

#include "storage/database.h"
#include "storage/eventcolumns.h"

namespace chipline::storage {

namespace {

// From the finest: day, month, quarter, half, year.
int precisionRank(QStringView precision)
{
    static const QStringList kFinestFirst{QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("quarter"),
                                          QStringLiteral("half"), QStringLiteral("year")};
    const qsizetype at = kFinestFirst.indexOf(precision);
    return int(at < 0 ? kFinestFirst.size() : at);
}

// The precision a date value tells by its form: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY.
QString precisionOfValue(QStringView value)
{
    if (value.size() == 10)
        return QStringLiteral("day");
    if (value.size() == 7)
        return value[5] == u'Q' ? QStringLiteral("quarter")
            : value[5] == u'H'  ? QStringLiteral("half")
                                : QStringLiteral("month");
    return QStringLiteral("year");
}

QString jsonStrings(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(u'"' + v + u'"'); // date values: digits, '-', 'Q', 'H'
    return u'[' + quoted.join(u',') + u']';
}

} // namespace

EventStore::EventStore(Database &db)
    : m_db(db),
      m_findPassage(
          db.statement("SELECT event_id FROM event_evidence WHERE article_id = ?1 AND start = ?2 AND end = ?3 "
                       "ORDER BY id LIMIT 1")),
      m_findKey(db.statement("SELECT id FROM event WHERE cluster_key = ?1")),
      m_findMergedKey(db.statement("SELECT event_id FROM event_evidence WHERE cluster_key = ?1 ORDER BY id LIMIT 1"))
      // Same category, and one side's identifying actors all among the other's: the English
      // story that has no name for the regulator joins the Korean one that has. The same date,
      // or a compatible one (?5) where the event has no passage of this article (?6) yet: one
      // article that gives two days tells two events. The same date first, then a day.
      ,
      m_findRelated(db.statement(
          "WITH c(id) AS (SELECT value FROM json_each(?3)) "
          "SELECT e.id FROM event e WHERE e.category = ?1 AND e.status <> 'rejected' "
          "AND (e.date = ?2 OR (e.date IN (SELECT value FROM json_each(?5)) "
          "  AND NOT EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id AND v.article_id = ?6))) "
          "AND EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id AND a.entity_id IN c) "
          "AND ((SELECT count(*) FROM event_actor a WHERE a.event_id = e.id AND a.entity_id IN c) = ?4 "
          "  OR NOT EXISTS (SELECT 1 FROM event_actor a JOIN entity n ON n.id = a.entity_id WHERE a.event_id = e.id "
          "    AND n.type IN " CHIPLINE_IDENTIFYING_TYPES " AND a.entity_id NOT IN c)) "
          "ORDER BY e.date <> ?2, e.precision <> 'day', e.id LIMIT 1")),
      m_insertEvent(db.statement(CHIPLINE_EVENT_INSERT ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
      m_insertActor(db.statement("INSERT OR IGNORE INTO event_actor(event_id, entity_id) VALUES (?1, ?2)")),
      m_insertEvidence(db.statement(CHIPLINE_EVIDENCE_INSERT)),
      m_eventDate(
          db.statement("SELECT date, precision FROM event WHERE id = ?1 AND status = 'candidate' AND NOT edited")),
      m_setDate(db.statement("UPDATE event SET date = ?2, precision = ?3 WHERE id = ?1")),
      m_actors(db.statement("SELECT e.name FROM event_actor a JOIN entity e ON e.id = a.entity_id "
                            "WHERE a.event_id = ?1 ORDER BY e.name")),
      m_index(db)
{}

void EventStore::beginNewArticle(qint64 articleId)
{
    m_newArticle = articleId;
    m_indexed = m_index.ready();
    m_newArticleEvents.clear();
    m_newPassages.clear();
}

void EventStore::forgetCache()
{
    m_keyEvents.clear();
    m_index.clear();
    m_newArticle = 0;
}

void EventStore::committed()
{
    m_keyEvents.clear();
    m_index.committed();
    m_newArticle = 0;
}

EventStore::Owner EventStore::indexedOwner(const EventRecord &event, qint64 start, qint64 end) const
{
    // owner() below, answered from memory: the article is new, so only its own earlier
    // candidates hold its passages.
    if (const qint64 id = m_newPassages.value({start, end}))
        return {id, Owner::HoldsPassage};
    if (event.clusterKey.isEmpty())
        return {};
    if (const qint64 id = m_index.eventWithKey(event.clusterKey))
        return {id, Owner::SameKey};
    if (const qint64 id = m_index.eventOfMergedKey(event.clusterKey))
        return {id, Owner::OtherKey};
    if (event.identifyingActorIds.isEmpty())
        return {};
    return {m_index.related(core::categoryCode(event.category), event.date.value(), event.compatibleDates,
                            event.identifyingActorIds, m_newArticleEvents),
            Owner::OtherKey};
}

EventStore::Owner EventStore::owner(const EventRecord &event, qint64 articleId, qint64 start, qint64 end)
{
    // clearCandidates() took the article's passages out of untouched candidates, so a
    // passage still held is in an event the analyst kept: one sentence, one candidate.
    m_findPassage.bind(1, articleId).bind(2, start).bind(3, end);
    if (const qint64 id = m_findPassage.lookupInt64().value_or(0))
        return {id, Owner::HoldsPassage};
    if (event.clusterKey.isEmpty())
        return {};
    if (const qint64 id = m_keyEvents.value(event.clusterKey))
        return {id, Owner::SameKey};
    m_findKey.bind(1, event.clusterKey);
    if (const qint64 id = m_findKey.lookupInt64().value_or(0)) {
        m_keyEvents.insert(event.clusterKey, id);
        return {id, Owner::SameKey};
    }
    // The key's event was merged away: its passages, and this one, belong to the survivor.
    m_findMergedKey.bind(1, event.clusterKey);
    if (const qint64 id = m_findMergedKey.lookupInt64().value_or(0))
        return {id, Owner::OtherKey};
    if (event.identifyingActorIds.isEmpty())
        return {};
    QStringList ids;
    for (const qint64 id : event.identifyingActorIds)
        ids.append(QString::number(id));
    m_findRelated.bind(1, core::categoryCode(event.category))
        .bind(2, event.date.value())
        .bind(3, u'[' + ids.join(u',') + u']')
        .bind(4, qint64(event.identifyingActorIds.size()))
        .bind(5, jsonStrings(event.compatibleDates))
        .bind(6, articleId);
    return {m_findRelated.lookupInt64().value_or(0), Owner::OtherKey};
}

core::Result<qint64> EventStore::addCandidate(const EventRecord &event, const QList<qint64> &actorIds, qint64 articleId,
                                              qint64 start, qint64 end)
{
    const bool indexed = m_indexed && articleId == m_newArticle;
    Owner found = indexed ? indexedOwner(event, start, end) : owner(event, articleId, start, end);
    if (found.how == Owner::HoldsPassage)
        return found.id; // the passage is stored already
    if (found.id) {
        if (auto st = refineDate(found.id, event, indexed); !st)
            return st.error();
    } else {
        m_insertEvent.reset();
        bindEvent(m_insertEvent, event);
        if (!m_insertEvent.exec())
            return core::Error{m_insertEvent.errorMessage()};
        found = {m_db.lastInsertId(), Owner::SameKey};
        if (!event.clusterKey.isEmpty())
            m_keyEvents.insert(event.clusterKey, found.id);
        for (const qint64 actor : actorIds) {
            m_insertActor.reset();
            m_insertActor.bind(1, found.id).bind(2, actor);
            if (!m_insertActor.exec())
                return core::Error{m_insertActor.errorMessage()};
        }
        if (auto st = m_index.eventAdded(found.id, core::categoryCode(event.category), event.date.value(),
                                         event.date.precisionName(), event.clusterKey, actorIds);
            !st)
            return st.error();
    }
    EvidenceRecord passage;
    passage.articleId = articleId;
    passage.start = start;
    passage.end = end;
    passage.reported = event.reported;
    passage.effective = event.effective;
    passage.date = event.date.value();
    passage.datedByPublication = event.datedByPublication;
    passage.modality = event.modality;
    m_insertEvidence.reset();
    const QString passageKey = found.how == Owner::SameKey ? QString() : event.clusterKey;
    bindEvidence(m_insertEvidence, found.id, passage, passageKey);
    if (!m_insertEvidence.exec())
        return core::Error{m_insertEvidence.errorMessage()};
    m_index.passageAdded(found.id, passageKey);
    if (articleId == m_newArticle) {
        m_newPassages.insert({start, end}, found.id); // the first holder: later ones go to it
        if (!m_newArticleEvents.contains(found.id))
            m_newArticleEvents.append(found.id);
    }
    return found.id;
}

core::Status EventStore::refineDate(qint64 eventId, const EventRecord &event, bool indexed)
{
    QString precision;
    if (indexed) {
        precision = m_index.untouchedPrecision(eventId);
    } else {
        m_eventDate.reset();
        m_eventDate.bind(1, eventId);
        precision = m_eventDate.next() ? m_eventDate.text(1) : QString();
        m_eventDate.reset();
    }
    if (precision.isEmpty() || precisionRank(event.date.precisionName()) >= precisionRank(precision))
        return {}; // the analyst's, or no finer
    return setDate(eventId, event.date.value(), event.date.precisionName());
}

core::Status EventStore::setDate(qint64 eventId, const QString &date, const QString &precision)
{
    m_setDate.reset();
    m_setDate.bind(1, eventId).bind(2, date).bind(3, precision);
    if (!m_setDate.exec())
        return core::Error{m_setDate.errorMessage()};
    m_index.dateSet(eventId, date, precision);
    return {};
}

core::Status EventStore::settleDate(qint64 eventId)
{
    m_eventDate.reset();
    m_eventDate.bind(1, eventId);
    const QString current = m_eventDate.next() ? m_eventDate.text(0) : QString();
    m_eventDate.reset();
    if (current.isEmpty())
        return {}; // gone, or the analyst's
    auto given = m_db.statement("SELECT coalesce(date, ?2) FROM event_evidence WHERE event_id = ?1 ORDER BY id");
    given.bind(1, eventId).bind(2, current);
    QString finest;
    while (given.next()) {
        const QString date = given.text(0);
        if (date == current)
            return {};
        if (finest.isEmpty() || precisionRank(precisionOfValue(date)) < precisionRank(precisionOfValue(finest)))
            finest = date;
    }
    if (finest.isEmpty())
        return {};
    return setDate(eventId, finest, precisionOfValue(finest));
}

core::Status EventStore::clearCandidates(qint64 articleId)
{
    // Only the events this article supported can become orphans: no scan of all events.
    QList<qint64> touched;
    auto find = m_db.statement("SELECT DISTINCT v.event_id FROM event_evidence v JOIN event e ON e.id = v.event_id "
                               "WHERE v.article_id = ?1 AND e.status = 'candidate' AND NOT e.edited");
    find.bind(1, articleId);
    while (find.next())
        touched.append(find.int64(0));
    if (!touched.isEmpty()) {
        // The orphans deleted below may be cached; the index does not follow deletions.
        m_keyEvents.clear();
        m_index.clear();
    }
    m_newArticle = 0;
    auto del = m_db.statement("DELETE FROM event_evidence WHERE article_id = ?1 AND event_id = ?2");
    auto orphan = m_db.statement("DELETE FROM event WHERE id = ?1 AND NOT EXISTS "
                                 "(SELECT 1 FROM event_evidence v WHERE v.event_id = ?1)");
    for (const qint64 id : touched) {
        del.reset();
        del.bind(1, articleId).bind(2, id);
        if (!del.exec())
            return core::Error{del.errorMessage()};
        orphan.reset();
        orphan.bind(1, id);
        if (!orphan.exec())
            return core::Error{orphan.errorMessage()};
        if (auto st = settleDate(id); !st)
            return st;
    }
    return {};
}

QStringList EventStore::actorsOf(qint64 eventId)
{
    QStringList names;
    m_actors.reset();
    m_actors.bind(1, eventId);
    while (m_actors.next())
        names.append(m_actors.text(0));
    return names;
}

QList<std::pair<EventRecord, EvidenceRecord>> EventStore::forArticle(qint64 articleId)
{
    QList<std::pair<EventRecord, EvidenceRecord>> out;
    auto st = m_db.statement("SELECT " CHIPLINE_EVENT_COLUMNS ", " CHIPLINE_EVIDENCE_COLUMNS " "
                             "FROM event_evidence v JOIN event e ON e.id = v.event_id "
                             "WHERE v.article_id = ?1 ORDER BY v.start, e.id");
    st.bind(1, articleId);
    while (st.next()) {
        EventRecord e;
        static_cast<core::Event &>(e) = eventFromRow(st);
        out.append({e, evidenceFromRow(st, kEventColumns, e.id)});
    }
    for (auto &[event, evidence] : out)
        event.actors = actorsOf(event.id);
    return out;
}

QList<EventRecord> EventStore::list(std::optional<core::EventStatus> status)
{
    QList<EventRecord> out;
    auto st = m_db.statement(
        "SELECT " CHIPLINE_EVENT_COLUMNS ", "
        "(SELECT count(DISTINCT article_id) FROM event_evidence v WHERE v.event_id = e.id), " CHIPLINE_EVENT_MODALITY
        ", " CHIPLINE_EVENT_DATED_BY_PUBLICATION " "
        "FROM event e WHERE ?1 IS NULL OR e.status = ?1 ORDER BY e.date, e.id");
    st.bindOptional(1, status ? core::statusCode(*status) : QString());
    while (st.next()) {
        EventRecord e;
        static_cast<core::Event &>(e) = eventFromRow(st);
        e.evidenceCount = st.int64(kEventColumns);
        e.modality = modalityFromColumn(st, kEventColumns + 1);
        e.datedByPublication = st.int64(kEventColumns + 2) != 0;
        out.append(e);
    }
    for (auto &event : out)
        event.actors = actorsOf(event.id);
    return out;
}

} // namespace chipline::storage
