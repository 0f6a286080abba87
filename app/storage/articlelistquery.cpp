#include "storage/articlelistquery.h"

#include "core/article.h"
#include "storage/articlelistsql.h"
#include "storage/database.h"
#include "storage/searchrank.h"
#include "storage/searchscan.h"
#include "storage/statement.h"

#include <QByteArray>

#include <atomic>

namespace chipline::storage {

using namespace listsql;

namespace {

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

// A count rounded to two figures: an estimate claims no more.
qint64 roughly(qint64 n)
{
    qint64 unit = 1;
    while (n / unit >= 100)
        unit *= 10;
    return (n + unit / 2) / unit * unit;
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

ArticleListQuery::ArticleListQuery(Database &db)
    : m_db(db)
{
    (void)SearchScan::install(db); // without FTS5 no search runs at all
}

ArticleListQuery::~ArticleListQuery()
{
    for (const QByteArray &table : {m_hitsTable, m_namedTable}) {
        if (!table.isEmpty())
            (void)m_db.exec(QByteArray("DROP TABLE IF EXISTS " + table).constData());
    }
}

ArticleListQuery::Hits ArticleListQuery::collectHits(const QString &search, bool ranked)
{
    static std::atomic_int serial{0};
    if (m_hitsTable.isEmpty()) {
        const QByteArray number = QByteArray::number(++serial);
        // score: relevance, higher is better (SearchRank), NULL unless ranked.
        const QByteArray hits = "temp.list_hits_" + number;
        const QByteArray named = "temp.list_named_" + number;
        if (!m_db.exec(QByteArray("CREATE TABLE IF NOT EXISTS " + hits + "(id INTEGER PRIMARY KEY, score INTEGER)")
                           .constData())
            || !m_db.exec(
                QByteArray("CREATE TABLE IF NOT EXISTS " + named + "(id INTEGER PRIMARY KEY, mentions INTEGER)")
                    .constData()))
            return Hits::None; // e.g. a read-only connection: pages match in the index instead
        m_hitsTable = hits;
        m_namedTable = named;
    }
    // The score's index is built once the scores are in (cheaper than kept up row by row),
    // and only for a ranked list.
    const QByteArray index = m_hitsTable + "_score";
    if (!m_db.exec(QByteArray("DROP INDEX IF EXISTS " + index + "; DELETE FROM " + m_hitsTable + "; DELETE FROM "
                              + m_namedTable)
                       .constData()))
        return Hits::None;
    const QByteArray table = ftsTable(search);
    const QByteArray match = " FROM " + table + " WHERE " + table + " MATCH ?1";
    // bm25 over a prefix of one or two characters (word index) merges every word that
    // starts so: 16,000 matches took 400 ms. Such a search, a step on the way to the
    // word being typed, is listed newest first.
    ranked = ranked && SearchScan::usesTrigrams(search);
    if (ranked) {
        // Ranking costs about a microsecond a match: a search matching more is listed
        // newest first instead (counting its matches costs a tenth).
        auto count = m_db.prepare(QByteArray("SELECT count(*) FROM (SELECT 1" + match + " LIMIT ?5)").constData());
        if (!count)
            return Hits::None;
        count->bind(kSearch, ftsQuery(search)).bind(kLimit, m_maxRankedHits + 1);
        ranked = count->lookupInt64().value_or(m_maxRankedHits + 1) <= m_maxRankedHits;
    }
    const QByteArray score = ranked ? SearchRank::textScoreSql(table) : QByteArray("NULL");
    auto st = m_db.prepare(
        QByteArray("INSERT INTO " + m_hitsTable + " SELECT rowid, " + score + match + " LIMIT ?5").constData());
    if (!st)
        return Hits::None;
    st->bind(kSearch, ftsQuery(search)).bind(kLimit, m_countLimit + 1);
    if (!st->exec())
        return Hits::None;
    const qint64 textHits = m_db.changes();
    if (textHits > m_countLimit)
        return Hits::TooMany;
    const Hits hits = collectNamed(ranked, textHits);
    m_hitsRanked = ranked && hits == Hits::All;
    if (m_hitsRanked
        && !m_db.exec(QByteArray("CREATE INDEX " + index + " ON " + m_hitsTable.mid(5) + "(score)").constData()))
        return Hits::None;
    return hits;
}

ArticleListQuery::Hits ArticleListQuery::collectNamed(bool ranked, qint64 textHits)
{
    if (m_filter.searchEntities.isEmpty())
        return Hits::All;
    // The entities' articles, unless they are too many as well: gathered apart first, where
    // what is inserted counts them (in the hits, the search's own matches would not count).
    // Ranked, each with its mention count, in the same one pass over the mentions (each a
    // row read: reading them twice cost 20 ms for 7,700 mentions).
    const QByteArray columns =
        ranked ? QByteArray("m.article_id, count(*)") : QByteArray("DISTINCT m.article_id, NULL");
    auto named =
        m_db.prepare(QByteArray("INSERT INTO " + m_namedTable + "(id, mentions) " + searchEntitiesSql(m_filter, columns)
                                + (ranked ? " GROUP BY m.article_id" : "") + " LIMIT ?5")
                         .constData());
    if (!named)
        return Hits::None;
    bindSearchEntities(named.value(), m_filter);
    named->bind(kLimit, m_countLimit + 1);
    if (!named->exec())
        return Hits::None;
    if (m_db.changes() > m_countLimit)
        return Hits::TooMany;
    // An article found both ways keeps its text score (SearchRank).
    const QByteArray score = ranked ? SearchRank::mentionScoreSql("mentions", kIdf) : QByteArray("NULL");
    auto both = m_db.prepare(
        QByteArray("INSERT OR IGNORE INTO " + m_hitsTable + " SELECT id, " + score + " FROM " + m_namedTable)
            .constData());
    if (!both)
        return Hits::None;
    if (ranked)
        both->bind(kIdf, SearchRank::idf(storedTotal(), textHits));
    return both->exec() ? Hits::All : Hits::None;
}

qint64 ArticleListQuery::searchEntityMentions(qint64 limit)
{
    auto st = m_db.prepare(
        QByteArray("SELECT count(*) FROM (" + searchEntityMentionsSql(m_filter) + " LIMIT ?5)").constData());
    if (!st)
        return 0;
    bindSearchEntities(st.value(), m_filter);
    st->bind(kLimit, limit);
    return st->lookupInt64().value_or(0);
}

void ArticleListQuery::setCountLimits(qint64 collected, qint64 scanned, qint64 namedMentions)
{
    m_countLimit = collected;
    m_scanCountLimit = scanned;
    m_namedMentionLimit = namedMentions;
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

std::optional<qint64> ArticleListQuery::estimateCommon(const QString &search, bool anySize)
{
    const qint64 articles = storedTotal();
    if (!anySize && articles <= m_countLimit)
        return std::nullopt; // the index collects every match
    // Every (max id / size)th id, whichever articles remain of them. The text is tested on
    // all of them; an entity the search names, on every fifth without the text (reading an
    // article's mentions costs more than reading its text).
    const QByteArray named = mentionsSearchEntitySql(m_filter);
    const QByteArray text = scanTextSql();
    auto st = m_db.prepare(
        QByteArray("WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < ?5) "
                   "SELECT count(*), total("
                   + text + "), total(s.n % 5 = 0), "
                   + (named.isEmpty() ? QByteArray("0") : "total(s.n % 5 = 0 AND NOT " + text + " AND " + named + ")")
                   + " FROM s JOIN article a ON a.id = 1 + s.n * (SELECT max(id) FROM article) / ?5")
            .constData());
    if (!st)
        return std::nullopt;
    st->bind(kScanText, search).bind(kLimit, qint64(kSampleSize));
    bindSearchEntities(st.value(), m_filter);
    if (!st->next() || st->int64(0) == 0)
        return std::nullopt;
    const double share = st->real(1) / double(st->int64(0)) + (st->real(2) > 0 ? st->real(3) / st->real(2) : 0.0);
    const qint64 estimate = qint64(share * double(articles));
    // More matches than the index collects are scanned for rather than collected in vain
    // (50,000 rows cost 60-80 ms), if common enough for a page to be a short walk.
    const bool tooManyToCollect = estimate > m_countLimit && share >= kScanShare;
    if (!tooManyToCollect && !(anySize && share >= kCommonShare))
        return std::nullopt;
    return roughly(estimate);
}

qint64 ArticleListQuery::storedTotal()
{
    auto st = m_db.statement("SELECT articles FROM article_total");
    return st.next() ? st.int64(0) : 0;
}

core::Result<ArticleListCount> ArticleListQuery::count()
{
    // A search is matched here once, into the hits table, for the count and every page
    // after it. Every indexed row is an article (the triggers delete with it), so a search
    // alone is counted there without reading the articles. A search too common for that
    // is left to the pages to test on each article (a scan) and is not counted in full.
    const QString search = m_filter.search.trimmed();
    m_hitsSearch.clear();
    m_scanSearch.clear();
    m_hitsRanked = false;
    if (m_filter.isEmpty())
        return ArticleListCount{storedTotal(), ArticleListCount::Kind::Exact};
    if (!search.isEmpty()) {
        // The articles of an entity the search names are gathered from its mentions, each a
        // seek in the mention table (8 µs uncached): for a common entity the sample decides.
        const bool manyMentions =
            !m_filter.searchEntities.isEmpty() && searchEntityMentions(m_namedMentionLimit + 1) > m_namedMentionLimit;
        if (const auto estimate = estimateCommon(search, manyMentions)) {
            m_scanSearch = search;
            return searchOnly(m_filter) ? ArticleListCount{*estimate, ArticleListCount::Kind::About} : countScanned();
        }
        switch (collectHits(search, m_column == ArticleSortColumn::Relevance)) {
        case Hits::All:
            m_hitsSearch = search;
            break;
        case Hits::TooMany:
            m_scanSearch = search;
            return searchOnly(m_filter) ? ArticleListCount{m_countLimit, ArticleListCount::Kind::MoreThan}
                                        : countScanned();
        case Hits::None:
            break;
        }
    }
    const QByteArray hits = m_hitsSearch.isEmpty() ? QByteArray() : m_hitsTable;
    QByteArray sql;
    if (searchOnly(m_filter) && (!hits.isEmpty() || m_filter.searchEntities.isEmpty())) {
        const QByteArray table = ftsTable(search);
        sql = hits.isEmpty() ? QByteArray("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?1")
                             : QByteArray("SELECT count(*) FROM " + hits);
    } else {
        sql = "SELECT count(*) FROM article a WHERE 1" + filterSql(m_filter, {}, {hits});
    }
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindFilter(st.value(), m_filter, {hits});
    if (!st->next())
        return core::Error{st->failed() ? st->errorMessage() : QStringLiteral("count returned no row")};
    return ArticleListCount{st->int64(0), ArticleListCount::Kind::Exact};
}

core::Result<ArticleListCount> ArticleListQuery::countScanned()
{
    // Beside other filters, a search too common to collect is tested on the articles they
    // let through, as far as the (smaller) limit of a scanned count.
    const QByteArray sql =
        "SELECT count(*) FROM (SELECT 1 FROM article a WHERE 1" + filterSql(m_filter, {}, {{}, true}) + " LIMIT ?5)";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindFilter(st.value(), m_filter, {{}, true});
    st->bind(kLimit, m_scanCountLimit + 1);
    if (!st->next())
        return core::Error{st->failed() ? st->errorMessage() : QStringLiteral("count returned no row")};
    const qint64 found = st->int64(0);
    return found > m_scanCountLimit ? ArticleListCount{m_scanCountLimit, ArticleListCount::Kind::MoreThan}
                                    : ArticleListCount{found, ArticleListCount::Kind::Exact};
}

core::Result<ArticleListPage> ArticleListQuery::page(const std::optional<ArticleListCursor> &after, int limit)
{
    // The hits table is current when count() filled it for this search (a reload does);
    // a search count() found too common is tested on each row.
    const QString search = m_filter.search.trimmed();
    const SearchTest test{!m_hitsSearch.isEmpty() && m_hitsSearch == search ? m_hitsTable : QByteArray(),
                          !m_scanSearch.isEmpty() && m_scanSearch == search};
    // By relevance, pages walk the hits' score index and look their articles up.
    const bool byScore = m_column == ArticleSortColumn::Relevance && m_hitsRanked && !test.hits.isEmpty();
    const QByteArray key = byScore ? QByteArray("h.score") : sortKey(m_column);
    const QByteArray from = byScore ? test.hits + " h CROSS JOIN article a ON a.id = h.id" : sortFrom(m_column);
    const QByteArray id = byScore ? QByteArray("h.id") : sortId(m_column); // the id the walked index orders by
    const QByteArray cmp = m_descending ? " < " : " > ";
    const QByteArray dir = m_descending ? " DESC" : "";
    const QByteArray head = "SELECT a.id, a.published, a.outlet, a.title, CASE WHEN a.title IS NULL OR a.title = '' "
                            "THEN "
        + kLeadSql.toByteArray() + " END, a.reporter, " + key + ", " + kEventsSql.toByteArray() + " FROM " + from
        + " WHERE ";
    // Joined to the hits, a page needs no test of membership in them (which would also
    // make SQLite build a Bloom filter over every article).
    ArticleListFilter rest = m_filter;
    if (byScore)
        rest.search.clear();
    const QByteArray tail =
        m_column == ArticleSortColumn::Events ? eventsFilterSql(m_filter, test) : filterSql(rest, id, test);

    ArticleListPage page;
    // Reads one group: keyed rows in key order, or the key-less rows in id order.
    auto readGroup = [&](bool nullGroup, const std::optional<ArticleListCursor> &cursor) -> core::Status {
        QByteArray where;
        if (!nullGroup) {
            // (key, id) after the cursor, spelled so that an index on the key can seek to it.
            const QByteArray at = byScore ? QByteArray("CAST(?3 AS INTEGER)") : cursorKeyParam(m_column);
            where = cursor
                ? QByteArray(key + cmp.trimmed() + "= " + at + " AND (" + key + cmp + at + " OR " + id + cmp + "?4)")
                : QByteArray(key + " IS NOT NULL");
        } else {
            where = key + " IS NULL";
            if (cursor)
                where += " AND " + id + cmp + "?4";
        }
        const QByteArray order =
            nullGroup ? QByteArray(" ORDER BY " + id + dir) : QByteArray(" ORDER BY " + key + dir + ", " + id + dir);
        const QByteArray sql = head + where + tail + order + " LIMIT ?5";
        auto st = m_db.prepare(sql.constData());
        if (!st)
            return st.error();
        bindFilter(st.value(), m_filter, test);
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
    return m_db
        .statement("SELECT DISTINCT outlet FROM article WHERE outlet IS NOT NULL AND outlet <> '' ORDER BY outlet")
        .texts();
}

QStringList ArticleListQuery::layouts()
{
    return m_db.statement("SELECT DISTINCT layout FROM article ORDER BY layout").texts();
}

std::pair<QDate, QDate> ArticleListQuery::publishedRange()
{
    // Apart, each is one step of the published index; together they read every article.
    auto st = m_db.statement("SELECT (SELECT min(published) FROM article WHERE published IS NOT NULL), "
                             "(SELECT max(published) FROM article)");
    if (!st.next())
        return {};
    return {QDate::fromString(st.text(0).left(10), Qt::ISODate), QDate::fromString(st.text(1).left(10), Qt::ISODate)};
}

} // namespace chipline::storage
