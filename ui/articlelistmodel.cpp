#include "ui/articlelistmodel.h"

#include <QGuiApplication>
#include <QPalette>

namespace chipline::ui {

namespace {

storage::ArticleSortColumn sortColumnFor(int column)
{
    switch (column) {
    case ArticleListModel::OutletColumn:
        return storage::ArticleSortColumn::Outlet;
    case ArticleListModel::TitleColumn:
        return storage::ArticleSortColumn::Title;
    case ArticleListModel::ReporterColumn:
        return storage::ArticleSortColumn::Reporter;
    case ArticleListModel::EventsColumn:
        return storage::ArticleSortColumn::Events;
    default:
        return storage::ArticleSortColumn::Published;
    }
}

} // namespace

ArticleListModel::ArticleListModel(storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent),
      m_query(db)
{
    reload(0);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ArticleListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return row.published.isValid() ? row.published.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                           : QStringLiteral("—");
        case OutletColumn:
            return row.outlet;
        case TitleColumn:
            return row.title;
        case ReporterColumn:
            return row.reporter;
        case EventsColumn:
            return row.events > 0 ? QVariant(row.events) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row.titleIsLead ? tr("No title; the first words of the text:\n%1").arg(row.title) : row.title;
        if (index.column() == DateColumn && !row.published.isValid())
            return tr("The source gives no publication date");
        if (index.column() == EventsColumn && row.events > 0)
            return tr("%n candidate or confirmed event(s) found in this article", nullptr, row.events);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DateColumn && !row.published.isValid())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DateColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        if (index.column() == EventsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.id;
    case TitleIsLeadRole:
        return row.titleIsLead;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // One click on the date, from any other sort (relevance too), shows the newest first.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && section == DateColumn)
        return Qt::DescendingOrder;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case OutletColumn:
        return tr("Outlet");
    case TitleColumn:
        return tr("Title");
    case ReporterColumn:
        return tr("Reporter");
    case EventsColumn:
        return tr("Events");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    // Ignored while rows are inserted or the model is reset: a view (or the model tester)
    // reacting to rowsInserted or modelReset must not start a change inside another.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    fetchPage();
}

void ArticleListModel::fetchPage()
{
    auto page = m_query.page(m_next, kPageSize);
    if (!page) {
        fail(page.error().message);
        return;
    }
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    if (page->rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows.append(std::move(page->rows));
    endInsertRows();
    m_changing = false;
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        // No column (a header state saved while sorted by relevance): the list keeps its
        // sort, and the view shows it again.
        Q_EMIT sortChanged();
        return;
    }
    const storage::ArticleSortColumn sortColumn = sortColumnFor(column);
    const bool descending = order == Qt::DescendingOrder;
    // The view asks for the sort it starts with; the first page is already in that order.
    if (sortColumn == m_query.sortColumn() && descending == m_query.descending() && !m_rows.isEmpty()
        && m_error.isEmpty())
        return;
    const bool relevanceBefore = m_query.sortColumn() == storage::ArticleSortColumn::Relevance;
    m_query.setSort(sortColumn, descending);
    // The same articles, so their count stands, unless relevance order starts or ends:
    // a search's matches are ranked as they are collected.
    const bool ranking = (sortColumn == storage::ArticleSortColumn::Relevance) != relevanceBefore
        && !m_query.filter().search.trimmed().isEmpty();
    reload(0, ranking || !m_error.isEmpty());
    Q_EMIT sortChanged();
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOfArticle(qint64 id, int loadUpTo)
{
    for (;;) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return int(i);
        }
        if (m_atEnd || m_rows.size() >= loadUpTo)
            return -1;
        const qsizetype before = m_rows.size();
        fetchPage();
        if (m_rows.size() == before)
            return -1;
    }
}

int ArticleListModel::sortedColumn() const
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortColumnFor(column) == m_query.sortColumn())
            return column;
    }
    return -1;
}

void ArticleListModel::sortByRelevance()
{
    if (sortedByRelevance() || m_query.filter().search.trimmed().isEmpty())
        return;
    m_query.setSort(storage::ArticleSortColumn::Relevance, true);
    reload(0);
    Q_EMIT sortChanged();
}

void ArticleListModel::setFilter(const storage::ArticleListFilter &filter)
{
    // A search starts sorted by relevance and gives the sort back when it is cleared; the
    // sort is set before the one reload, so a keystroke reads the list once.
    const bool searched = !m_query.filter().search.trimmed().isEmpty();
    const bool searching = !filter.search.trimmed().isEmpty();
    bool sortChanges = false;
    if (searching && !searched) {
        m_sortBeforeSearch = std::pair(m_query.sortColumn(), m_query.descending());
        m_query.setSort(storage::ArticleSortColumn::Relevance, true);
        sortChanges = true;
    } else if (!searching && searched && m_sortBeforeSearch) {
        m_query.setSort(m_sortBeforeSearch->first, m_sortBeforeSearch->second);
        m_sortBeforeSearch.reset();
        sortChanges = true;
    }
    m_query.setFilter(filter);
    reload(0);
    if (sortChanges)
        Q_EMIT sortChanged();
}

void ArticleListModel::refresh()
{
    reload(int(m_rows.size()));
}

void ArticleListModel::reload(int minimumRows, bool recount)
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    m_error.clear();
    if (recount) {
        m_totalKind = storage::ArticleListCount::Kind::Exact;
        if (auto total = m_query.count(); total) {
            m_total = total->value;
            m_totalKind = total->kind;
        } else {
            m_total = 0;
            m_atEnd = true;
            m_error = total.error().message;
        }
    }
    // Loading inside the reset keeps views from seeing a transient empty model.
    while (!m_atEnd && (m_rows.isEmpty() || m_rows.size() < minimumRows)) {
        auto page = m_query.page(m_next, m_rows.isEmpty() ? kFirstPageSize : kPageSize);
        if (!page) {
            m_error = page.error().message;
            m_atEnd = true;
            break;
        }
        m_next = page->next;
        m_atEnd = !m_next.has_value();
        m_rows.append(std::move(page->rows));
    }
    endResetModel();
    m_changing = false;
    if (!m_error.isEmpty())
        Q_EMIT loadFailed(m_error);
}

void ArticleListModel::fail(const QString &message)
{
    m_error = message;
    m_atEnd = true;
    Q_EMIT loadFailed(message);
}

} // namespace chipline::ui
