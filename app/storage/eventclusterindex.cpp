#include "storage/eventclusterindex.h"

#include "storage/database.h"
#include "storage/eventcolumns.h"

#include <algorithm>
#include <tuple>

namespace chipline::storage {

EventClusterIndex::EventClusterIndex(Database &db)
    : m_db(db),
      m_version(db),
      m_entityType(db.statement("SELECT type IN " CHIPLINE_IDENTIFYING_TYPES " FROM entity WHERE id = ?1"))
{}

bool EventClusterIndex::ready()
{
    if (!m_checked) {
        const qint64 version = m_version.current();
        if (!m_loaded || version != m_loadedVersion) {
            clear();
            m_loaded = load().ok();
            m_loadedVersion = version;
        }
        m_checked = true;
    }
    return m_loaded;
}

void EventClusterIndex::clear()
{
    m_loaded = false;
    m_checked = false;
    m_events.clear();
    m_byDate.clear();
    m_byKey.clear();
    m_byPassageKey.clear();
    m_identifyingEntity.clear();
}

core::Status EventClusterIndex::load()
{
    auto events = m_db.statement("SELECT id, category, date, precision, status, edited, cluster_key FROM event");
    while (events.next()) {
        Event e;
        const qint64 id = events.int64(0);
        e.category = events.text(1);
        e.date = events.text(2);
        e.precision = events.text(3);
        const QString status = events.text(4);
        e.rejected = status == u"rejected";
        e.untouched = status == u"candidate" && events.int64(5) == 0;
        if (const QString key = events.text(6); !key.isEmpty())
            m_byKey.insert(key, id);
        atDate(e).append(id);
        m_events.insert(id, std::move(e));
    }
    if (events.failed())
        return core::Error{events.errorMessage()};
    auto actors = m_db.statement("SELECT a.event_id, a.entity_id, n.type IN " CHIPLINE_IDENTIFYING_TYPES " "
                                 "FROM event_actor a LEFT JOIN entity n ON n.id = a.entity_id");
    while (actors.next()) {
        const auto it = m_events.find(actors.int64(0));
        if (it == m_events.end())
            continue;
        it->actors.append(actors.int64(1));
        if (actors.int64(2) != 0)
            it->identifying.append(actors.int64(1));
    }
    if (actors.failed())
        return core::Error{actors.errorMessage()};
    // SQLite gives the bare columns of the row with min(id): the key's first passage.
    auto keys = m_db.statement("SELECT cluster_key, event_id, min(id) FROM event_evidence "
                               "WHERE cluster_key IS NOT NULL GROUP BY cluster_key");
    while (keys.next())
        m_byPassageKey.insert(keys.text(0), keys.int64(1));
    if (keys.failed())
        return core::Error{keys.errorMessage()};
    return {};
}

qint64 EventClusterIndex::related(const QString &category, const QString &date, const QStringList &compatibleDates,
                                  const QList<qint64> &identifyingActors, const QList<qint64> &articleEvents) const
{
    const auto dates = m_byDate.constFind(category);
    if (dates == m_byDate.cend())
        return 0;
    const auto inCandidate = [&identifyingActors](qint64 actor) { return identifyingActors.contains(actor); };
    qint64 best = 0;
    std::tuple<bool, bool, qint64> bestRank;
    const auto consider = [&](const QString &at, bool compatible) {
        const auto ids = dates->constFind(at);
        if (ids == dates->cend())
            return;
        for (const qint64 id : *ids) {
            const Event &e = *m_events.constFind(id); // every id in m_byDate is in m_events
            if (e.rejected || (compatible && articleEvents.contains(id)))
                continue;
            const auto shared = std::count_if(e.actors.cbegin(), e.actors.cend(), inCandidate);
            if (shared == 0)
                continue;
            // All the candidate's identifying actors, or none of the event's others.
            if (shared != identifyingActors.size()
                && !std::all_of(e.identifying.cbegin(), e.identifying.cend(), inCandidate))
                continue;
            const std::tuple rank{e.date != date, e.precision != u"day", id};
            if (!best || rank < bestRank) {
                best = id;
                bestRank = rank;
            }
        }
    };
    consider(date, false);
    for (const QString &other : compatibleDates) {
        if (other != date)
            consider(other, true);
    }
    return best;
}

QString EventClusterIndex::untouchedPrecision(qint64 eventId) const
{
    const auto it = m_events.constFind(eventId);
    return it == m_events.cend() || !it->untouched ? QString() : it->precision;
}

core::Status EventClusterIndex::eventAdded(qint64 id, const QString &category, const QString &date,
                                           const QString &precision, const QString &key, const QList<qint64> &actors)
{
    if (!m_loaded)
        return {};
    Event e{category, date, precision, false, true, {}, {}};
    for (const qint64 actor : actors) {
        if (e.actors.contains(actor))
            continue; // event_actor keeps one row of each
        e.actors.append(actor);
        auto known = m_identifyingEntity.constFind(actor);
        if (known == m_identifyingEntity.cend()) {
            const std::optional<qint64> identifying = m_entityType.bind(1, actor).lookupInt64();
            if (m_entityType.failed())
                return core::Error{m_entityType.errorMessage()};
            known = m_identifyingEntity.insert(actor, identifying.value_or(0) != 0);
        }
        if (known.value())
            e.identifying.append(actor);
    }
    if (!key.isEmpty())
        m_byKey.insert(key, id);
    atDate(e).append(id);
    m_events.insert(id, std::move(e));
    return {};
}

void EventClusterIndex::passageAdded(qint64 eventId, const QString &passageKey)
{
    if (m_loaded && !passageKey.isEmpty() && !m_byPassageKey.contains(passageKey))
        m_byPassageKey.insert(passageKey, eventId);
}

void EventClusterIndex::dateSet(qint64 eventId, const QString &date, const QString &precision)
{
    const auto it = m_events.find(eventId);
    if (!m_loaded || it == m_events.end())
        return;
    atDate(*it).removeOne(eventId);
    it->date = date;
    it->precision = precision;
    atDate(*it).append(eventId);
}

} // namespace chipline::storage
