#pragma once

#include "storage/articlelistquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <utility>

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

// The article list as a table over storage::ArticleListQuery: rows arrive in pages as the
// view scrolls (canFetchMore/fetchMore), sorting happens in SQL. Lives on the GUI thread
// with the GUI thread's connection.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column {
        DateColumn,
        OutletColumn,
        TitleColumn,
        ReporterColumn,
        EventsColumn,
        ColumnCount
    };
    // TitleIsLeadRole: true when the title column shows the first words of the body.
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleIsLeadRole
    };
    // A reload reads what a tall window shows; scrolling fetches the rest a page at a time.
    // A search too common to collect is tested row by row, so each row read costs.
    static constexpr int kFirstPageSize = 60;
    static constexpr int kPageSize = 200;

    explicit ArticleListModel(storage::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // While a search is typed the list is sorted by relevance, best first, until a column
    // is chosen; clearing the search brings back the sort from before it.
    void sortByRelevance();
    bool sortedByRelevance() const { return m_query.sortColumn() == storage::ArticleSortColumn::Relevance; }
    // False when a search is too short or matches too many articles to rank: it is listed
    // newest first.
    bool relevanceRanked() const { return sortedByRelevance() && m_query.ranked(); }
    // The column and order the list is sorted by; the column is -1 by relevance.
    int sortedColumn() const;
    Qt::SortOrder sortedOrder() const { return m_query.descending() ? Qt::DescendingOrder : Qt::AscendingOrder; }

    // All articles, including those fetched from the database, not only the loaded rows.
    qint64 totalCount() const { return m_total; }
    // Whether totalCount() is exact, a number the matches exceed or an estimate: a search
    // too common to count as one types is not counted in full (storage::ArticleListCount).
    storage::ArticleListCount::Kind totalKind() const { return m_totalKind; }
    qint64 articleId(int row) const;
    // The loaded row showing the article, or -1. With loadUpTo, fetches pages until the
    // article shows up or at least loadUpTo rows are loaded.
    int rowOfArticle(qint64 id, int loadUpTo = 0);

    void setFilter(const storage::ArticleListFilter &filter);
    const storage::ArticleListFilter &filter() const { return m_query.filter(); }
    storage::ArticleListQuery &query() { return m_query; }
    // Re-reads the list (after an import), loading at least as many rows as before so
    // that the view's scroll position and selection can be restored.
    void refresh();

    // The last database error, empty when the last read succeeded.
    const QString &lastError() const { return m_error; }

Q_SIGNALS:
    void loadFailed(const QString &message);
    // The sort changed: a column, relevance, or back from relevance when the search is cleared.
    void sortChanged();

private:
    // recount false keeps the count (a new sort order of the same articles).
    void reload(int minimumRows, bool recount = true);
    void fetchPage();
    void fail(const QString &message);

    storage::ArticleListQuery m_query;
    QList<storage::ArticleListRow> m_rows;
    std::optional<storage::ArticleListCursor> m_next;
    qint64 m_total = 0;
    storage::ArticleListCount::Kind m_totalKind = storage::ArticleListCount::Kind::Exact;
    bool m_atEnd = true;
    bool m_changing = false;
    QString m_error;
    // The sort to return to when the search is cleared.
    std::optional<std::pair<storage::ArticleSortColumn, bool>> m_sortBeforeSearch;
};

} // namespace chipline::ui
