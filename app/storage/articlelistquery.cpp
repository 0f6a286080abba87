#include "storage/articlelistquery.h"

#include "core/article.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QByteArray>

namespace chipline::storage {

namespace {

// Parameter numbers shared by every statement built here; unused ones stay unbound.
enum Param { kSearch = 1, kOutlet = 2, kKey = 3, kId = 4, kLimit = 5 };

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
    }
    return "a.id";
}

// The title expression never yields NULL, so its list has no trailing group.
bool keyCanBeNull(ArticleSortColumn column)
{
    return column != ArticleSortColumn::Title;
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

QByteArray filterSql(const ArticleListFilter &filter)
{
    QByteArray sql;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        sql += useTrigram(search) ? " AND a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?1)"
                                  : " AND a.id IN (SELECT rowid FROM article_words WHERE article_words MATCH ?1)";
    }
    if (!filter.outlet.isEmpty())
        sql += " AND a.outlet = ?2";
    return sql;
}

void bindFilter(Statement &st, const ArticleListFilter &filter)
{
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        st.bind(kSearch, useTrigram(search) ? ftsPhrase(search) : ftsPhrase(search) + u'*');
    if (!filter.outlet.isEmpty())
        st.bind(kOutlet, filter.outlet);
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
    const QByteArray sql = "SELECT count(*) FROM article a WHERE 1" + filterSql(m_filter);
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindFilter(st.value(), m_filter);
    if (!st->next())
        return core::Error{st->failed() ? st->errorMessage() : QStringLiteral("count returned no row")};
    return st->int64(0);
}

core::Result<ArticleListPage> ArticleListQuery::page(const std::optional<ArticleListCursor> &after, int limit)
{
    const QByteArray key = sortKey(m_column);
    const QByteArray cmp = m_descending ? " < " : " > ";
    const QByteArray dir = m_descending ? " DESC" : "";
    const QByteArray head = "SELECT a.id, a.published, a.outlet, a.title, CASE WHEN a.title IS NULL OR a.title = '' "
                            "THEN " + kLeadSql.toByteArray() + " END, a.reporter, " + key +
                            " FROM article a WHERE ";
    const QByteArray tail = filterSql(m_filter);

    ArticleListPage page;
    // Reads one group: keyed rows in key order, or the key-less rows in id order.
    auto readGroup = [&](bool nullGroup, const std::optional<ArticleListCursor> &cursor) -> core::Status {
        QByteArray where;
        if (!nullGroup) {
            where = cursor ? QByteArray("(" + key + ", a.id)" + cmp + "(?3, ?4)") : QByteArray(key + " IS NOT NULL");
        } else {
            where = key + " IS NULL";
            if (cursor)
                where += " AND a.id" + cmp + "?4";
        }
        const QByteArray order = nullGroup ? QByteArray(" ORDER BY a.id" + dir)
                                           : QByteArray(" ORDER BY " + key + dir + ", a.id" + dir);
        const QByteArray sql = head + where + tail + order + " LIMIT ?5";
        auto st = m_db.prepare(sql.constData());
        if (!st)
            return st.error();
        bindFilter(st.value(), m_filter);
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

} // namespace chipline::storage
