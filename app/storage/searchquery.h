#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::storage {

class Database;

struct SearchHit
{
    qint64 id = 0;
    QString published; // "YYYY-MM-DDTHH:MM:SS" or empty
    QString title; // the title, or the body's first words when there is none
    QString snippet; // text around the hit, the hit wrapped in [ and ]
    double rank = 0; // bm25: lower is better
};

// Full-text search over titles and bodies. Each whitespace-separated term must occur
// (AND). Terms of three or more characters match anywhere, inside words too, through
// the trigram index (화웨이 finds 화웨이의); shorter ones (중국, AI) match the start of a
// word through the word index, since trigrams cannot. Best first: bm25, then newest.
class SearchQuery final
{
public:
    explicit SearchQuery(const QString &text);

    bool isEmpty() const { return m_long.isEmpty() && m_short.isEmpty(); }
    // FTS5 MATCH expressions for the two indexes; empty when no term goes there.
    QString trigramMatch() const;
    QString wordMatch() const;

    QList<SearchHit> run(Database &db, int limit) const;
    // Ids of every matching article, for filtering lists; unordered.
    QList<qint64> matchingIds(Database &db) const;

private:
    QStringList m_long;
    QStringList m_short;
};

} // namespace chipline::storage
