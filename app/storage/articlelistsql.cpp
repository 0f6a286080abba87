#include "storage/articlelistsql.h"

#include "storage/searchscan.h"
#include "storage/statement.h"

#include <algorithm>

namespace chipline::storage::listsql {

namespace {

// The entities the search names: "?30, ?31, ...".
QByteArray searchEntityParams(const ArticleListFilter &filter)
{
    QByteArray ids;
    for (int i = 0; i < std::min<int>(int(filter.searchEntities.size()), kMaxSearchEntities); ++i)
        ids += (i ? ", ?" : "?") + QByteArray::number(kSearchEntity0 + i);
    return ids;
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
    return SearchScan::usesTrigrams(search);
}

} // namespace

QByteArray mentionsSearchEntitySql(const ArticleListFilter &filter)
{
    const QByteArray ids = searchEntityParams(filter);
    return ids.isEmpty() ? QByteArray()
                         : QByteArray("EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND +m.entity_id IN ("
                                      + ids + ") AND m.status = 'accepted')");
}

QByteArray searchEntitiesSql(const ArticleListFilter &filter, const QByteArray &columns)
{
    const QByteArray ids = searchEntityParams(filter);
    return ids.isEmpty() ? QByteArray()
                         : QByteArray("SELECT " + columns + " FROM mention m WHERE m.entity_id IN (" + ids
                                      + ") AND m.status = 'accepted'");
}

QByteArray searchEntityMentionsSql(const ArticleListFilter &filter)
{
    return "SELECT 1 FROM mention m WHERE m.entity_id IN (" + searchEntityParams(filter) + ")";
}

QByteArray ftsTable(const QString &search)
{
    return useTrigram(search) ? "article_fts" : "article_words";
}

bool searchOnly(const ArticleListFilter &filter)
{
    ArticleListFilter rest = filter;
    rest.search.clear();
    return !filter.search.trimmed().isEmpty() && rest.isEmpty();
}

QByteArray scanTextSql()
{
    return "search_scan(a.title, a.body, ?9)";
}

QByteArray scanSql(const ArticleListFilter &filter)
{
    const QByteArray entities = mentionsSearchEntitySql(filter);
    return "(" + scanTextSql() + (entities.isEmpty() ? QByteArray() : " OR " + entities) + ")";
}

// walkId: test the search as a membership of this id in the set of matching ids ("+a.id"
// keeps SQLite from looking every match up by id and sorting them all), so that a page
// sorted by an indexed key walks that index and stops after one page. A common term (70% of
// 100,000 articles) then costs a page, not 70,000 row reads and a sort; a rare one costs one
// pass over the index's ids. A scan tests each article the walk reaches.
QByteArray filterSql(const ArticleListFilter &filter, const QByteArray &walkId, const SearchTest &test)
{
    QByteArray sql;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QByteArray table = ftsTable(search);
        const QByteArray id = walkId.isEmpty() ? QByteArray("a.id") : "+" + walkId;
        const QByteArray entities = searchEntitiesSql(filter);
        const QByteArray &hits = test.hits;
        if (test.scan) {
            sql += " AND " + scanSql(filter);
        } else if (!hits.isEmpty()) {
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
        sql += " AND a.id IN (SELECT m.article_id FROM mention m WHERE m.entity_id = ?"
            + QByteArray::number(kEntity0 + i) + " AND m.status = 'accepted')";
    }
    if (filter.withEvents)
        sql += " AND EXISTS (SELECT 1 FROM event_evidence ev WHERE ev.article_id = a.id)";
    if (filter.undatedOnly)
        sql += " AND a.published IS NULL";
    return sql;
}

// Sorted by events, a page walks the counts and joins each to its article. A condition on
// the article alone would make SQLite build a Bloom filter over every article before the
// first row (testing the search on each: 1.2 s in a million), so the article's conditions
// are asked in a subquery of each count's row; the hits table is tested on its id first.
QByteArray eventsFilterSql(const ArticleListFilter &filter, const SearchTest &test)
{
    QByteArray sql;
    ArticleListFilter rest = filter;
    if (!test.hits.isEmpty() && !filter.search.trimmed().isEmpty()) {
        sql += " AND +c.article_id IN (SELECT id FROM " + test.hits + ")";
        rest.search.clear();
        rest.searchEntities.clear();
    }
    const QByteArray article = filterSql(rest, {}, test);
    if (!article.isEmpty())
        sql += " AND EXISTS (SELECT 1 FROM article a WHERE a.id = c.article_id" + article + ")";
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

void bindFilter(Statement &st, const ArticleListFilter &filter, const SearchTest &test)
{
    if (test.hits.isEmpty() && !filter.search.trimmed().isEmpty()) {
        if (test.scan)
            st.bind(kScanText, filter.search.trimmed());
        else
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

} // namespace chipline::storage::listsql
