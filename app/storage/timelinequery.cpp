#include "storage/timelinequery.h"

#include "core/textoffsets.h"
#include "storage/database.h"
#include "storage/eventcolumns.h"
#include "storage/eventrow.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace chipline::storage {

namespace {

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The event's first and last day as text, comparable with YYYY-MM-DD; a quarter
// (YYYY-Qn) or a half (YYYY-Hn) covers its months.
#define CHIPLINE_FIRST_DAY                                                                                             \
    "(CASE e.precision WHEN 'quarter' THEN substr(e.date, 1, 5) "                                                      \
    "  || printf('%02d', (CAST(substr(e.date, 7, 1) AS INTEGER) - 1) * 3 + 1) || '-01' "                               \
    "  WHEN 'half' THEN substr(e.date, 1, 5) || CASE substr(e.date, 7, 1) WHEN '1' THEN '01' ELSE '07' END "           \
    "  || '-01' ELSE substr(e.date || '-01-01', 1, 10) END)"
constexpr const char *kSelect =
    "SELECT " CHIPLINE_EVENT_COLUMNS ", "
    "(SELECT count(DISTINCT v.article_id) FROM event_evidence v WHERE v.event_id = e.id), " CHIPLINE_EVENT_MODALITY
    ", " CHIPLINE_EVENT_DATED_BY_PUBLICATION " "
    "FROM event e WHERE "
    "(?1 IS NULL OR CASE e.precision WHEN 'day' THEN e.date WHEN 'month' THEN e.date || '-31' "
    "  WHEN 'quarter' THEN substr(e.date, 1, 5) || printf('%02d', CAST(substr(e.date, 7, 1) AS INTEGER) * 3) || '-31' "
    "  WHEN 'half' THEN substr(e.date, 1, 5) || CASE substr(e.date, 7, 1) WHEN '1' THEN '06' ELSE '12' END || '-31' "
    "  ELSE e.date || '-12-31' END >= ?1) "
    "AND (?2 IS NULL OR " CHIPLINE_FIRST_DAY " <= ?2) "
    "AND (?3 IS NULL OR e.status IN (SELECT value FROM json_each(?3))) "
    "AND (?4 IS NULL OR e.category IN (SELECT value FROM json_each(?4))) "
    "AND (?5 IS NULL OR EXISTS (SELECT 1 FROM event_actor a JOIN entity n ON n.id = a.entity_id "
    "  WHERE a.event_id = e.id AND n.name IN (SELECT value FROM json_each(?5)))) "
    "AND (?6 IS NULL OR EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id "
    "  AND v.article_id IN (SELECT value FROM json_each(?6)))) "
    "AND (?7 IS NULL OR e.id = ?7) "
    "ORDER BY " CHIPLINE_FIRST_DAY ", e.id";
#undef CHIPLINE_FIRST_DAY

// A row of kSelect.
TimelineEvent timelineEvent(const Statement &st)
{
    TimelineEvent e;
    static_cast<core::Event &>(e) = eventFromRow(st);
    e.corroboration = st.int64(kEventColumns);
    e.modality = modalityFromColumn(st, kEventColumns + 1);
    e.datedByPublication = st.int64(kEventColumns + 2) != 0;
    return e;
}

} // namespace

TimelineQuery::TimelineQuery(Database &db)
    : m_db(db)
{}

core::Result<QList<TimelineEvent>> TimelineQuery::events(const TimelineFilter &filter)
{
    auto st = m_db.statement(kSelect);
    st.bindOptional(1, filter.from).bindOptional(2, filter.to);
    QStringList statuses;
    for (const core::EventStatus status : filter.statuses)
        statuses.append(core::statusCode(status));
    QStringList categories;
    for (const core::EventCategory category : filter.categories)
        categories.append(core::categoryCode(category));
    st.bindOptional(3, statuses.isEmpty() ? QString() : jsonList(statuses));
    st.bindOptional(4, categories.isEmpty() ? QString() : jsonList(categories));
    st.bindOptional(5, filter.actors.isEmpty() ? QString() : jsonList(filter.actors));
    std::optional<QList<qint64>> articleIds;
    if (!filter.articleIds.isEmpty())
        articleIds = filter.articleIds;
    if (filter.articles && !filter.articles->isEmpty()) {
        // The list's own filter SQL picks the articles; the events follow by evidence.
        ArticleListQuery list(m_db);
        list.setFilter(*filter.articles);
        auto ids = list.ids();
        if (!ids)
            return ids.error();
        if (articleIds) {
            const QSet<qint64> both(articleIds->cbegin(), articleIds->cend());
            ids->removeIf([&both](qint64 id) { return !both.contains(id); });
        }
        articleIds = std::move(ids.value());
    }
    if (articleIds)
        st.bind(6, jsonIds(*articleIds));
    else
        st.bindNull(6);
    st.bindNull(7);
    QList<TimelineEvent> out;
    QHash<qint64, qsizetype> index;
    while (st.next()) {
        const TimelineEvent e = timelineEvent(st);
        index.insert(e.id, out.size());
        out.append(e);
    }
    if (st.failed())
        return core::Error{st.errorMessage()};
    // Actors of every event in one pass: cheaper than a query per event for 10,000 events.
    auto actors = m_db.statement("SELECT a.event_id, n.name FROM event_actor a JOIN entity n ON n.id = a.entity_id "
                                 "ORDER BY a.event_id, n.name");
    while (actors.next()) {
        const auto it = index.constFind(actors.int64(0));
        if (it != index.constEnd())
            out[*it].actors.append(actors.text(1));
    }
    return out;
}

core::Result<TimelineEvent> TimelineQuery::event(qint64 id)
{
    auto st = m_db.statement(kSelect);
    for (int i = 1; i <= 6; ++i)
        st.bindNull(i);
    st.bind(7, id);
    if (!st.next())
        return core::Error{QStringLiteral("there is no event %1").arg(id)};
    TimelineEvent e = timelineEvent(st);
    auto actors = m_db.statement("SELECT n.name FROM event_actor a JOIN entity n ON n.id = a.entity_id "
                                 "WHERE a.event_id = ?1 ORDER BY n.name");
    actors.bind(1, id);
    while (actors.next())
        e.actors.append(actors.text(0));
    return e;
}

core::Result<QList<EvidencePassage>> TimelineQuery::evidence(const QList<qint64> &eventIds)
{
    auto st = m_db.statement(
        "SELECT v.event_id, v.article_id, v.start, v.end, a.body, a.outlet, a.reporter, a.published, a.title, "
        "a.url, s.path, nullif(v.date, e.date), v.dated_by, v.modality FROM event_evidence v "
        "JOIN event e ON e.id = v.event_id JOIN article a ON a.id = v.article_id "
        "JOIN source s ON s.id = a.source_id WHERE v.event_id IN (SELECT value FROM json_each(?1)) "
        "ORDER BY v.event_id, a.published, v.article_id, v.start");
    st.bind(1, jsonIds(eventIds));
    QList<EvidencePassage> out;
    while (st.next()) {
        EvidencePassage p;
        p.eventId = st.int64(0);
        p.articleId = st.int64(1);
        p.start = st.int64(2);
        p.end = st.int64(3);
        const QString body = st.text(4);
        const core::TextOffsets offsets(body);
        const qsizetype from = offsets.toUtf16(p.start);
        const qsizetype to = offsets.toUtf16(p.end);
        p.passage = body.mid(from, qMax<qsizetype>(0, to - from)).simplified();
        p.outlet = st.text(5);
        p.reporter = st.text(6);
        p.published = st.text(7);
        p.articleTitle = st.text(8);
        p.url = st.text(9);
        p.sourcePath = st.text(10);
        p.date = st.text(11);
        p.datedByPublication = st.text(12) == u"publication";
        p.modality = modalityFromColumn(st, 13);
        if (p.articleTitle.isEmpty())
            p.articleTitle = body.simplified().left(60);
        out.append(p);
    }
    if (st.failed())
        return core::Error{st.errorMessage()};
    return out;
}

QHash<QString, QString> TimelineQuery::entityTypes()
{
    QHash<QString, QString> out;
    auto st = m_db.statement("SELECT name, type FROM entity");
    while (st.next())
        out.insert(st.text(0), st.text(1));
    return out;
}

QStringList TimelineQuery::entityNames()
{
    QStringList names = entityTypes().keys();
    names.sort();
    return names;
}

core::ResolvedDate TimelineQuery::nearestDate(qint64 articleId, qint64 position)
{
    auto st = m_db.statement("SELECT value FROM date_mention WHERE article_id = ?1 AND value IS NOT NULL "
                             "ORDER BY min(abs(start - ?2), abs(end - ?2)) LIMIT 1");
    st.bind(1, articleId).bind(2, position);
    if (st.next())
        return core::ResolvedDate::fromValue(st.text(0));
    auto published =
        m_db.statement("SELECT substr(published, 1, 10) FROM article WHERE id = ?1 AND published IS NOT NULL");
    published.bind(1, articleId);
    if (published.next() && published.text(0).size() == 10)
        return core::ResolvedDate::fromValue(published.text(0));
    return {};
}

} // namespace chipline::storage
