#include "storage/articlelistquery.h"

#include "core/article.h"
#include "storage/database.h"
#include "storage/searchrank.h"
#include "storage/statement.h"

#include <QByteArray>

#include <algorithm>
#include <atomic>

namespace chipline::storage {

namespace {

// Parameter numbers shared by every statement built here; unused ones stay unbound.
enum Param { kSearch = 1, kOutlet = 2, kKey = 3, kId = 4, kLimit = 5, kFrom = 6, kTo = 7, kLayout = 8, kIdf = 9, kEntity0 = 10,
             kSearchEntity0 = 30 };
// More entities than this are ignored: nobody narrows a list by a dozen names at once.
constexpr int kMaxEntities = 16;
constexpr int kMaxSearchEntities = 8;

// The articles that mention one of the entities the search names: "?30, ?31, ...".
QByteArray searchEntitiesSql(const ArticleListFilter &filter, const QByteArray &columns = "m.article_id")
{
    QByteArray ids;
    for (int i = 0; i < std::min<int>(int(filter.searchEntities.size()), kMaxSearchEntities); ++i)
        ids += (i ? ", ?" : "?") + QByteArray::number(kSearchEntity0 + i);
    return ids.isEmpty() ? QByteArray()
                         : QByteArray("SELECT " + columns + " FROM mention m WHERE m.entity_id IN (" + ids
                                      + ") AND m.status = 'accepted'");
}

// Each article's event count, kept by triggers (migration 11).
constexpr QByteArrayView kEventsSql = "(SELECT n.events FROM article_event_count n WHERE n.article_id = a.id)";

// The title sort key below is also the expression of the article_title_key index
// (migration 5): keep the two the same, or the title sort stops walking the index.
constexpr QByteArrayView kLeadSql = "substr(a.body, 1, 60)";
static_assert(ArticleListQuery::kLeadChars == 60, "keep kLeadSql in step with kLeadChars");

QByteArray sortKey(ArticleSortColumn column)
{
    switch (column) {
    case ArticleSortColumn::Published:
        return "a.published";
    case ArticleSortColumn::Outlet:
        return "a.outlet";
    case ArticleSortColumn::Title:
        return "coalesce(nullif(a.title, ''), " + kLeadSql.toByteArray() + ")";
    case ArticleSortColumn::Reporter:
        return "a.reporter";
    case ArticleSortColumn::Events:
        return "c.events";
    case ArticleSortColumn::Relevance: // without ranked hits (see page)
        return "a.published";
    }
    return "a.id";
}

// Where a page reads its rows from, and the id that breaks ties in its order. Every key has
// an index (migration 5; the event counts' own, migration 11), which a page walks in order:
// sorted by events, the walk is over the counts, each joined to its article.
QByteArray sortFrom(ArticleSortColumn column)
{
    return column == ArticleSortColumn::Events ? "article_event_count c CROSS JOIN article a ON a.id = c.article_id"
                                               : "article a";
}

QByteArray sortId(ArticleSortColumn column)
{
    return column == ArticleSortColumn::Events ? "c.article_id" : "a.id";
}

// The title expression never yields NULL, so its list has no trailing group.
bool keyCanBeNull(ArticleSortColumn column)
{
    return column != ArticleSortColumn::Title && column != ArticleSortColumn::Events;
}

// The cursor's key comes back as text; a numeric key must be compared as a number.
QByteArray cursorKeyParam(ArticleSortColumn column)
{
    return column == ArticleSortColumn::Events ? "CAST(?3 AS INTEGER)" : "?3";
}

// Trigram FTS finds any substring of three or more characters; shorter terms go to the
// word index as a prefix query, which trigrams cannot answer.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool useTrigram(const QString &search)
{
    return search.size() >= 3;
}

QByteArray ftsTable(const QString &search)
{
    return useTrigram(search) ? "article_fts" : "article_words";
}

// True when the filter is a search and nothing else: its count comes from the index alone.
bool searchOnly(const ArticleListFilter &filter)
{
    ArticleListFilter rest = filter;
    rest.search.clear();
    return !filter.search.trimmed().isEmpty() && rest.isEmpty();
}

// walkId: test the search as a membership of this id in the set of matching ids ("+a.id"
// keeps SQLite from looking every match up by id and sorting them all), so that a page
// sorted by an indexed key walks that index and stops after one page. A common term (70% of
// 100,000 articles) then costs a page, not 70,000 row reads and a sort; a rare one costs one
// pass over the index's ids. hits, when set, is a table holding the search's matches already.
QByteArray filterSql(const ArticleListFilter &filter, const QByteArray &walkId = {}, const QByteArray &hits = {})
{
    QByteArray sql;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QByteArray table = ftsTable(search);
        const QByteArray id = walkId.isEmpty() ? QByteArray("a.id") : "+" + walkId;
        const QByteArray entities = searchEntitiesSql(filter);
        if (!hits.isEmpty()) {
            sql += " AND " + id + " IN (SELECT id FROM " + hits + ")"; // holds the entities' articles too
        } else {
            sql += " AND (" + id + " IN (SELECT rowid FROM " + table + " WHERE " + table + " MATCH ?1)";
            if (!entities.isEmpty())
                sql += " OR " + id + " IN (" + entities + ")";
            sql += ")";
        }
    }
    if (!filter.outlet.isEmpty())
        sql += " AND a.outlet = ?2";
    // Stored times are "YYYY-MM-DDTHH:MM:SS", so text comparison orders them.
    if (filter.from.isValid())
        sql += " AND a.published >= ?6";
    if (filter.to.isValid())
        sql += " AND a.published < ?7";
    if (!filter.layout.isEmpty())
        sql += " AND a.layout = ?8";
    for (int i = 0; i < std::min<int>(int(filter.entities.size()), kMaxEntities); ++i) {
        sql += " AND a.id IN (SELECT m.article_id FROM mention m WHERE m.entity_id = ?" + QByteArray::number(kEntity0 + i)
            + " AND m.status = 'accepted')";
    }
    if (filter.withEvents)
        sql += " AND EXISTS (SELECT 1 FROM event_evidence ev WHERE ev.article_id = a.id)";
    if (filter.undatedOnly)
        sql += " AND a.published IS NULL";
    return sql;
}

QString ftsQuery(const QString &search)
{
    return useTrigram(search) ? ftsPhrase(search) : ftsPhrase(search) + u'*';
}

void bindSearchEntities(Statement &st, const ArticleListFilter &filter)
{
    for (int i = 0; i < std::min<int>(int(filter.searchEntities.size()), kMaxSearchEntities); ++i)
        st.bind(kSearchEntity0 + i, filter.searchEntities.at(i));
}

void bindFilter(Statement &st, const ArticleListFilter &filter, bool search = true)
{
    if (search && !filter.search.trimmed().isEmpty()) {
        st.bind(kSearch, ftsQuery(filter.search.trimmed()));
        bindSearchEntities(st, filter);
    }
    if (!filter.outlet.isEmpty())
        st.bind(kOutlet, filter.outlet);
    if (filter.from.isValid())
        st.bind(kFrom, filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        st.bind(kTo, filter.to.addDays(1).toString(Qt::ISODate));
    if (!filter.layout.isEmpty())
        st.bind(kLayout, filter.layout);
    for (int i = 0; i < std::min<int>(int(filter.entities.size()), kMaxEntities); ++i)
        st.bind(kEntity0 + i, filter.entities.at(i));
}

// Folds the body's line breaks and cuts the lead at a word boundary.
QString leadText(const QString &raw)
{
    QString lead = raw.simplified();
    if (raw.size() < ArticleListQuery::kLeadChars)
        return lead;
    const qsizetype space = lead.lastIndexOf(u' ');
    if (space > ArticleListQuery::kLeadChars / 2)
        lead.truncate(space);
    return lead + u'…';
}

} // namespace

ArticleListQuery::ArticleListQuery(Database &db) : m_db(db) {}

ArticleListQuery::~ArticleListQuery()
{
    if (!m_hitsTable.isEmpty())
        (void)m_db.exec(QByteArray("DROP TABLE IF EXISTS " + m_hitsTable).constData());
}

bool ArticleListQuery::collectHits(const QString &search, bool ranked)
{
    static std::atomic_int serial{0};
    if (m_hitsTable.isEmpty()) {
        const QByteArray name = "list_hits_" + QByteArray::number(++serial);
        // score: relevance, higher is better (SearchRank), NULL unless ranked.
        if (!m_db.exec(QByteArray("CREATE TABLE IF NOT EXISTS temp." + name + "(id INTEGER PRIMARY KEY, score INTEGER)")
                           .constData()))
            return false; // e.g. a read-only connection: pages match in the index instead
        m_hitsTable = "temp." + name;
    }
    // The score's index is built once the scores are in (cheaper than kept up row by row),
    // and only for a ranked list.
    const QByteArray index = m_hitsTable + "_score";
    if (!m_db.exec(QByteArray("DROP INDEX IF EXISTS " + index).constData())
        || !m_db.exec(QByteArray("DELETE FROM " + m_hitsTable).constData()))
        return false;
    const QByteArray table = ftsTable(search);
    const QByteArray match = " FROM " + table + " WHERE " + table + " MATCH ?1";
    // bm25 over a prefix of one or two characters (word index) merges every word that
    // starts so: 16,000 matches took 400 ms. Such a search, a step on the way to the
    // word being typed, is listed newest first.
    ranked = ranked && useTrigram(search);
    if (ranked) {
        // Ranking costs about a microsecond a match: a search matching most of a large
        // library is listed newest first instead (counting its matches costs a tenth).
        auto count = m_db.prepare(QByteArray("SELECT count(*)" + match).constData());
        if (!count)
            return false;
        count->bind(kSearch, ftsQuery(search));
        ranked = count->lookupInt64().value_or(m_maxRankedHits + 1) <= m_maxRankedHits;
    }
    m_hitsRanked = ranked;
    const QByteArray score = ranked ? SearchRank::textScoreSql(table) : QByteArray("NULL");
    auto st = m_db.prepare(QByteArray("INSERT INTO " + m_hitsTable + " SELECT rowid, " + score + match).constData());
    if (!st)
        return false;
    st->bind(kSearch, ftsQuery(search));
    if (!st->exec())
        return false;
    const qint64 textHits = m_db.changes();
    if (!m_filter.searchEntities.isEmpty()) {
        QByteArray sql;
        if (ranked) {
            // An article found both ways keeps its text score (SearchRank).
            sql = "INSERT OR IGNORE INTO " + m_hitsTable + " "
                + searchEntitiesSql(m_filter, "m.article_id, " + SearchRank::mentionScoreSql("count(*)", kIdf))
                + " GROUP BY m.article_id";
        } else {
            sql = "INSERT OR IGNORE INTO " + m_hitsTable + "(id) " + searchEntitiesSql(m_filter);
        }
        auto more = m_db.prepare(sql.constData());
        if (!more)
            return false;
        bindSearchEntities(more.value(), m_filter);
        if (ranked) {
            // The highest id stands for the article count: a count would read an index.
            const qint64 rows = m_db.statement("SELECT max(id) FROM article").lookupInt64().value_or(0);
            more->bind(kIdf, SearchRank::idf(rows, textHits));
        }
        if (!more->exec())
            return false;
    }
    return !ranked || m_db.exec(QByteArray("CREATE INDEX " + index + " ON " + m_hitsTable.mid(5) + "(score)").constData());
}

void ArticleListQuery::setSort(ArticleSortColumn column, bool descending)
{
    m_column = column;
    m_descending = descending;
}

void ArticleListQuery::setFilter(const ArticleListFilter &filter)
{
    m_filter = filter;
}

core::Result<qint64> ArticleListQuery::count()
{
    // A search is matched here once, into the hits table, for the count and every page
    // after it. Every indexed row is an article (the triggers delete with it), so a search
    // alone is counted there without reading the articles: 72,000 hits in a few ms.
    const QString search = m_filter.search.trimmed();
    m_hitsSearch.clear();
    m_hitsRanked = false;
    if (!search.isEmpty() && collectHits(search, m_column == ArticleSortColumn::Relevance))
        m_hitsSearch = search;
    const QByteArray hits = m_hitsSearch.isEmpty() ? QByteArray() : m_hitsTable;
    QByteArray sql;
    if (searchOnly(m_filter) && (!hits.isEmpty() || m_filter.searchEntities.isEmpty())) {
        const QByteArray table = ftsTable(search);
        sql = hits.isEmpty() ? QByteArray("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?1")
                             : QByteArray("SELECT count(*) FROM " + hits);
    } else {
        sql = "SELECT count(*) FROM article a WHERE 1" + filterSql(m_filter, {}, hits);
    }
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindFilter(st.value(), m_filter, hits.isEmpty());
    if (!st->next())
        return core::Error{st->failed() ? st->errorMessage() : QStringLiteral("count returned no row")};
    return st->int64(0);
}

core::Result<ArticleListPage> ArticleListQuery::page(const std::optional<ArticleListCursor> &after, int limit)
{
    // The hits table is current when count() filled it for this search (a reload does).
    const QByteArray hits = !m_hitsSearch.isEmpty() && m_hitsSearch == m_filter.search.trimmed() ? m_hitsTable : QByteArray();
    // By relevance, pages walk the hits' score index and look their articles up.
    const bool byScore = m_column == ArticleSortColumn::Relevance && m_hitsRanked && !hits.isEmpty();
    const QByteArray key = byScore ? QByteArray("h.score") : sortKey(m_column);
    const QByteArray from = byScore ? hits + " h CROSS JOIN article a ON a.id = h.id" : sortFrom(m_column);
    const QByteArray rowId = byScore ? QByteArray("h.id") : sortId(m_column); // the id the walked index orders by
    const QByteArray cmp = m_descending ? " < " : " > ";
    const QByteArray dir = m_descending ? " DESC" : "";
    const QByteArray head = "SELECT a.id, a.published, a.outlet, a.title, CASE WHEN a.title IS NULL OR a.title = '' "
                            "THEN " + kLeadSql.toByteArray() + " END, a.reporter, " + key + ", " +
                            kEventsSql.toByteArray() + " FROM " + from + " WHERE ";
    // Joined to the hits, a page needs no test of membership in them (which would also
    // make SQLite build a Bloom filter over every article).
    ArticleListFilter rest = m_filter;
    if (byScore)
        rest.search.clear();
    const QByteArray tail = filterSql(rest, rowId, hits);

    ArticleListPage page;
    // Reads one group: keyed rows in key order, or the key-less rows in id order.
    auto readGroup = [&](bool nullGroup, const std::optional<ArticleListCursor> &cursor) -> core::Status {
        QByteArray where;
        if (!nullGroup) {
            // (key, id) after the cursor, spelled so that an index on the key can seek to it.
            const QByteArray at = byScore ? QByteArray("CAST(?3 AS INTEGER)") : cursorKeyParam(m_column);
            where = cursor ? QByteArray(key + cmp.trimmed() + "= " + at + " AND (" + key + cmp + at + " OR " + rowId + cmp + "?4)")
                           : QByteArray(key + " IS NOT NULL");
        } else {
            where = key + " IS NULL";
            if (cursor)
                where += " AND " + rowId + cmp + "?4";
        }
        const QByteArray order = nullGroup ? QByteArray(" ORDER BY " + rowId + dir)
                                           : QByteArray(" ORDER BY " + key + dir + ", " + rowId + dir);
        const QByteArray sql = head + where + tail + order + " LIMIT ?5";
        auto st = m_db.prepare(sql.constData());
        if (!st)
            return st.error();
        bindFilter(st.value(), m_filter, hits.isEmpty());
        if (cursor) {
            if (!nullGroup)
                st->bind(kKey, cursor->key);
            st->bind(kId, cursor->id);
        }
        st->bind(kLimit, qint64(limit - page.rows.size()));
        while (st->next()) {
            ArticleListRow row;
            row.id = st->int64(0);
            row.published = core::parsePublished(st->text(1));
            row.outlet = st->text(2);
            row.titleIsLead = st->isNull(3) || st->text(3).isEmpty();
            row.title = row.titleIsLead ? leadText(st->text(4)) : st->text(3);
            row.reporter = st->text(5);
            row.events = int(st->int64(7));
            page.next = ArticleListCursor{st->text(6), nullGroup, row.id};
            page.rows.append(std::move(row));
        }
        if (st->failed())
            return core::Error{st->errorMessage()};
        return {};
    };

    const bool inNullGroup = after && after->keyIsNull;
    if (!inNullGroup) {
        if (auto st = readGroup(false, after); !st)
            return st.error();
    }
    if (page.rows.size() < limit && keyCanBeNull(m_column)) {
        // Entering the key-less group from its start unless the cursor is already inside it.
        if (auto st = readGroup(true, inNullGroup ? after : std::nullopt); !st)
            return st.error();
    }
    if (page.rows.size() < limit)
        page.next.reset(); // a short page is the last one
    return page;
}

core::Result<QList<qint64>> ArticleListQuery::ids()
{
    const QByteArray sql = "SELECT a.id FROM article a WHERE 1" + filterSql(m_filter);
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindFilter(st.value(), m_filter);
    QList<qint64> out;
    while (st->next())
        out.append(st->int64(0));
    if (st->failed())
        return core::Error{st->errorMessage()};
    return out;
}

QStringList ArticleListQuery::outlets()
{
    QStringList out;
    auto st = m_db.statement("SELECT DISTINCT outlet FROM article WHERE outlet IS NOT NULL AND outlet <> '' ORDER BY outlet");
    while (st.next())
        out << st.text(0);
    return out;
}

QStringList ArticleListQuery::layouts()
{
    QStringList out;
    auto st = m_db.statement("SELECT DISTINCT layout FROM article ORDER BY layout");
    while (st.next())
        out << st.text(0);
    return out;
}

std::pair<QDate, QDate> ArticleListQuery::publishedRange()
{
    auto st = m_db.statement("SELECT min(published), max(published) FROM article WHERE published IS NOT NULL");
    if (!st.next())
        return {};
    return {QDate::fromString(st.text(0).left(10), Qt::ISODate), QDate::fromString(st.text(1).left(10), Qt::ISODate)};
}

} // namespace chipline::storage
