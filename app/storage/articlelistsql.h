#pragma once

#include "storage/articlelistquery.h"

#include <QByteArray>
#include <QString>

namespace chipline::storage {

class Statement;

// The article list's filter as SQL, for ArticleListQuery: the conditions on article a that
// follow its FROM clause, and the values they bind. Every statement numbers its
// parameters alike.
namespace listsql {

// Parameter numbers shared by every statement built here; unused ones stay unbound.
enum Param {
    kSearch = 1,
    kOutlet = 2,
    kKey = 3,
    kId = 4,
    kLimit = 5,
    kFrom = 6,
    kTo = 7,
    kLayout = 8,
    kScanText = 9,
    kEntity0 = 10,
    kIdf = 26,
    kSearchEntity0 = 30
};
// More entities than this are ignored: nobody narrows a list by a dozen names at once.
constexpr int kMaxEntities = 16;
constexpr int kMaxSearchEntities = 8;

// How a statement tests the search: in the index, in a table of its matches (hits), or
// on each article's text (scan).
struct SearchTest
{
    QByteArray hits;
    bool scan = false;
};

// The articles that mention one of the entities the search names (columns: what to select
// of each mention m).
QByteArray searchEntitiesSql(const ArticleListFilter &filter, const QByteArray &columns = "m.article_id");
// Their mentions of any status, read from the entity index alone (for counting them).
QByteArray searchEntityMentionsSql(const ArticleListFilter &filter);
// The full-text index a search goes to, and what it matches there.
QByteArray ftsTable(const QString &search);
QString ftsQuery(const QString &search);
// True when the filter is a search and nothing else: its count comes from the index alone.
bool searchOnly(const ArticleListFilter &filter);
// Whether article a matches the search, read from its text and its mentions (SearchScan);
// the two parts alone (the second empty when the search names no entity).
QByteArray scanSql(const ArticleListFilter &filter);
QByteArray scanTextSql();
QByteArray mentionsSearchEntitySql(const ArticleListFilter &filter);
// " AND ..." for every condition of the filter (see the definition for walkId).
QByteArray filterSql(const ArticleListFilter &filter, const QByteArray &walkId = {}, const SearchTest &test = {});
// The same for a page sorted by events, which joins article_event_count c to article a.
QByteArray eventsFilterSql(const ArticleListFilter &filter, const SearchTest &test);
void bindSearchEntities(Statement &st, const ArticleListFilter &filter);
void bindFilter(Statement &st, const ArticleListFilter &filter, const SearchTest &test = {});

} // namespace listsql

} // namespace chipline::storage
