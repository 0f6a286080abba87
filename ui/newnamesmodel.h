#pragma once

#include "storage/namestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace chipline::ui {

// The names recognition guessed and the analyst has not decided on, as a table: name,
// guessed type, articles, mentions. setNames() takes them all (one aggregate query);
// the filters (type, minimum articles, a part of the name) and the sort work on that
// list in memory, and rows reach the view in pages as it scrolls (canFetchMore).
class NewNamesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewNamesModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        ArticlesColumn,
        MentionsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole
    };
    static constexpr int kPageSize = 256;

    explicit NewNamesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the list (after a decision, an undo, an import or a recognition run).
    void setNames(const QList<storage::NewNameRecord> &names);
    // type empty: all types; text: a part of the name, case-insensitive.
    void setFilter(const QString &type, int minArticles, const QString &text);

    // Every undecided name, filtered out or not.
    int totalCount() const { return int(m_all.size()); }
    // The names the filters let through, loaded into the view or not yet.
    int matchingCount() const { return int(m_matching.size()); }
    const storage::NewNameRecord &record(int row) const { return m_matching.at(row); }
    // The row of the name, loading pages until it shows; -1 when the filters hide it.
    int rowOf(qint64 entityId);

private:
    void rebuild();
    bool matches(const storage::NewNameRecord &name) const;

    QList<storage::NewNameRecord> m_all;
    QList<storage::NewNameRecord> m_matching; // filtered and sorted
    int m_loaded = 0;
    bool m_changing = false; // inside a reset or an insertion: no fetchMore() from its listeners
    QString m_type;
    int m_minArticles = 1;
    QString m_text;
    int m_sortColumn = ArticlesColumn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace chipline::ui
