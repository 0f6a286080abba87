#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chipline::storage {

class Database;

// What the article list may be narrowed to. Empty fields do not filter; the conditions
// combine with AND (an article must mention every entity listed).
struct ArticleListFilter
{
    QString search; // full-text: a phrase searched in title and body
    // Entities the search names (by any alias, in any language): articles with an accepted
    // mention of one match the search too. Resolved by the caller, which knows the aliases.
    QList<qint64> searchEntities;
    QString outlet; // exact outlet name
    QDate from;     // published on or after (inclusive)
    QDate to;       // published on or before (inclusive)
    QList<qint64> entities; // accepted mentions of each of these
    QString layout; // dump, transcript, wire, text, html, feed
    bool withEvents = false; // only articles with candidate (or confirmed) events
    bool undatedOnly = false;

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && outlet.isEmpty() && !from.isValid() && !to.isValid()
            && entities.isEmpty() && layout.isEmpty() && !withEvents && !undatedOnly;
    }
    friend bool operator==(const ArticleListFilter &, const ArticleListFilter &) = default;
};

// Relevance orders a search's matches best first (FTS5 bm25; articles found through an
// entity the search names score as if its mentions were the typed text); without a
// search it falls back to the date.
enum class ArticleSortColumn { Published, Outlet, Title, Reporter, Events, Relevance };

struct ArticleListRow
{
    qint64 id = 0;
    QDateTime published; // invalid when undated
    QString outlet;
    QString title;       // the title, or the first words of the body when there is none
    bool titleIsLead = false;
    QString reporter;
    int events = 0; // events with evidence in the article
};

// Where the next page starts: the sort key and id of the last row already read. A null
// key means the last row was in the trailing group of rows without a key (undated, ...).
struct ArticleListCursor
{
    QString key;
    bool keyIsNull = false;
    qint64 id = 0;
};

// One page and the cursor that continues after it (nullopt at the end).
struct ArticleListPage
{
    QList<ArticleListRow> rows;
    std::optional<ArticleListCursor> next;
};

// The rows behind the article list, for databases of 100,000+ articles: a count and pages
// read by keyset pagination (WHERE (key, id) > (last key, last id)), so page 500 costs the
// same as page 1. Rows without a sort key (undated, no outlet) come last in both directions.
class ArticleListQuery final
{
    Q_DISABLE_COPY_MOVE(ArticleListQuery)

public:
    explicit ArticleListQuery(Database &db);
    ~ArticleListQuery();

    void setSort(ArticleSortColumn column, bool descending);
    void setFilter(const ArticleListFilter &filter);
    ArticleSortColumn sortColumn() const { return m_column; }
    bool descending() const { return m_descending; }
    const ArticleListFilter &filter() const { return m_filter; }

    core::Result<qint64> count();
    // The first page when after is nullopt.
    core::Result<ArticleListPage> page(const std::optional<ArticleListCursor> &after, int limit);
    // Every article the filter matches, in no order: for views that follow the list.
    core::Result<QList<qint64>> ids();
    // The distinct outlets and layouts, for the filter choices.
    QStringList outlets();
    QStringList layouts();
    // The first and last publication days (invalid when nothing is dated): where the date
    // pickers open.
    std::pair<QDate, QDate> publishedRange();

    // Whether the list is in relevance order: sorted by relevance, with a search of three
    // or more characters that matches at most kMaxRankedHits articles by its text. Other
    // searches are listed newest first.
    bool ranked() const { return m_hitsRanked; }
    static constexpr qint64 kMaxRankedHits = 10000;
    void setMaxRankedHits(qint64 hits) { m_maxRankedHits = hits; } // for tests

    // Longest lead, in characters, shown in place of a missing title.
    static constexpr int kLeadChars = 60;

private:
    // Fills this query's temporary table with the ids matching search, with their relevance
    // when ranked; false when it cannot.
    bool collectHits(const QString &search, bool ranked);

    Database &m_db;
    ArticleSortColumn m_column = ArticleSortColumn::Published;
    bool m_descending = true;
    ArticleListFilter m_filter;
    QByteArray m_hitsTable;  // temp.list_hits_N, created on first use
    QString m_hitsSearch;    // the search whose matches it holds; empty when none
    bool m_hitsRanked = false; // and whether it holds their relevance
    qint64 m_maxRankedHits = kMaxRankedHits;
};

} // namespace chipline::storage
