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
    QDate from; // published on or after (inclusive)
    QDate to; // published on or before (inclusive)
    QList<qint64> entities; // accepted mentions of each of these
    QString layout; // dump, transcript, wire, text, html, feed
    bool withEvents = false; // only articles with candidate (or confirmed) events
    bool undatedOnly = false;

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && outlet.isEmpty() && !from.isValid() && !to.isValid() && entities.isEmpty()
            && layout.isEmpty() && !withEvents && !undatedOnly;
    }
    friend bool operator==(const ArticleListFilter &, const ArticleListFilter &) = default;
};

// Relevance orders a search's matches best first (FTS5 bm25; articles found through an
// entity the search names score as if its mentions were the typed text); without a
// search it falls back to the date.
enum class ArticleSortColumn {
    Published,
    Outlet,
    Title,
    Reporter,
    Events,
    Relevance
};

struct ArticleListRow
{
    qint64 id = 0;
    QDateTime published; // invalid when undated
    QString outlet;
    QString title; // the title, or the first words of the body when there is none
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

// How many articles the filter matches. A search too common to count as one types is not
// counted in full: value is then a number the matches exceed (MoreThan), or an estimate
// from a sample of the articles, rounded to two figures (About).
struct ArticleListCount
{
    enum class Kind {
        Exact,
        MoreThan,
        About
    };
    qint64 value = 0;
    Kind kind = Kind::Exact;
    friend bool operator==(const ArticleListCount &, const ArticleListCount &) = default;
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
// A search's matches are collected once, up to the count limit; a search with more (a
// common word in a million articles) is tested on each article a page walks past instead
// (SearchScan), and is not counted in full. A sample of the articles tells a common
// search before the index is asked: the index answers a common word prefix slowly.
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

    // Also decides how the pages after it test the search: call it first after a change.
    core::Result<ArticleListCount> count();
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
    // searches (and those too common to collect) are listed newest first.
    bool ranked() const { return m_hitsRanked; }
    static constexpr qint64 kMaxRankedHits = 10000;
    void setMaxRankedHits(qint64 hits) { m_maxRankedHits = hits; } // for tests

    // Longest lead, in characters, shown in place of a missing title.
    static constexpr int kLeadChars = 60;
    // Matches collected for a search at most; with more, the count says "more than". At
    // this many a page tests at most about 20 articles for each it shows, in a million.
    static constexpr qint64 kCountLimit = 50000;
    // With other filters beside such a search, matches counted at most.
    static constexpr qint64 kScanCountLimit = 1000;
    // Articles in the sample, and the share of them a search naming a much-mentioned entity
    // matches at least to be scanned for.
    static constexpr int kSampleSize = 500;
    static constexpr double kCommonShare = 0.1;
    // The share above which a search the index would not collect in full is scanned for: a
    // page of 200 rows then walks at most about 4,000 articles.
    static constexpr double kScanShare = 0.05;
    // Mentions of the entities a search names read at most without asking the sample.
    static constexpr qint64 kNamedMentionLimit = 10000;
    void setCountLimits(qint64 collected, qint64 scanned, qint64 namedMentions = kNamedMentionLimit);

private:
    enum class Hits {
        None,
        All,
        TooMany
    };
    // Fills this query's temporary table with the ids matching search, up to the count
    // limit, with their relevance when ranked; None when it cannot (pages then match in
    // the index).
    Hits collectHits(const QString &search, bool ranked);
    // Adds the articles of the entities the search names to the hits.
    Hits collectNamed(bool ranked, qint64 textHits);
    // The estimated matches of a search common enough to scan for, from a sample; in a
    // database of any size when anySize, else only where collecting could cost much.
    std::optional<qint64> estimateCommon(const QString &search, bool anySize = false);
    // The mentions of the entities the search names, counted up to limit.
    qint64 searchEntityMentions(qint64 limit);
    core::Result<ArticleListCount> countScanned();
    qint64 storedTotal();

    Database &m_db;
    ArticleSortColumn m_column = ArticleSortColumn::Published;
    bool m_descending = true;
    ArticleListFilter m_filter;
    QByteArray m_hitsTable; // temp.list_hits_N, created on first use
    QByteArray m_namedTable; // temp.list_named_N: the named entities' articles, on the way
    QString m_hitsSearch; // the search whose matches it holds; empty when none
    QString m_scanSearch; // the search too common to collect, tested on each row
    bool m_hitsRanked = false; // whether the hits hold their relevance
    qint64 m_maxRankedHits = kMaxRankedHits;
    qint64 m_countLimit = kCountLimit;
    qint64 m_scanCountLimit = kScanCountLimit;
    qint64 m_namedMentionLimit = kNamedMentionLimit;
};

} // namespace chipline::storage
