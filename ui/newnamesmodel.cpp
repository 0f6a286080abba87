#include "ui/newnamesmodel.h"

#include "ui/entitycolors.h"

#include <QColor>
#include <QScopedValueRollback>

#include <algorithm>

namespace chipline::ui {

NewNamesModel::NewNamesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int NewNamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

int NewNamesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NewNamesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::NewNameRecord &n = m_matching.at(index.row());
    switch (role) {
    case IdRole:
        return n.entityId;
    case TypeRole:
        return n.type;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n.name;
        case TypeColumn:
            return EntityColors::displayName(n.type);
        case ArticlesColumn:
            return n.articles;
        case MentionsColumn:
            return n.mentions;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TypeColumn)
            return tr("Guessed from the words around the name; “Accept as” gives it another type");
        if (index.column() == NameColumn)
            return tr("%1 — %2, in %Ln article(s)", nullptr, int(n.articles))
                .arg(n.name, EntityColors::displayName(n.type));
        return {};
    case Qt::DecorationRole:
        // The type's swatch before the name, as in the entity panel (the type column may be hidden).
        return index.column() == NameColumn ? QVariant(EntityColors::background(n.type)) : QVariant();
    case Qt::BackgroundRole:
        // The type's colour, as the entity panel and the reader's highlights show it.
        return index.column() == TypeColumn ? QVariant(EntityColors::background(n.type)) : QVariant();
    case Qt::ForegroundRole:
        // The type colours are light: dark text on them in any palette.
        return index.column() == TypeColumn ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ArticlesColumn || index.column() == MentionsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant NewNamesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case NameColumn:
        return role == Qt::DisplayRole ? tr("Name") : tr("The name as the articles write it");
    case TypeColumn:
        return role == Qt::DisplayRole ? tr("Guessed type") : tr("The type the pattern that found the name suggests");
    case ArticlesColumn:
        return role == Qt::DisplayRole ? tr("Articles") : tr("Articles that mention the name");
    case MentionsColumn:
        return role == Qt::DisplayRole ? tr("Mentions") : tr("Mentions in all articles");
    default:
        return {};
    }
}

bool NewNamesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_loaded < m_matching.size();
}

void NewNamesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // A view (or the model tester) reacting to rowsInserted must not start a change inside this one.
    const QScopedValueRollback changing(m_changing, true);
    const int more = std::min(kPageSize, int(m_matching.size()) - m_loaded);
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

void NewNamesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    rebuild();
}

void NewNamesModel::setNames(const QList<storage::NewNameRecord> &names)
{
    m_all = names;
    rebuild();
}

void NewNamesModel::setFilter(const QString &type, int minArticles, const QString &text)
{
    m_type = type;
    m_minArticles = std::max(1, minArticles);
    m_text = text.trimmed();
    rebuild();
}

int NewNamesModel::rowOf(qint64 entityId)
{
    const auto it = std::find_if(m_matching.cbegin(), m_matching.cend(),
                                 [entityId](const storage::NewNameRecord &n) { return n.entityId == entityId; });
    if (it == m_matching.cend())
        return -1;
    const int row = int(it - m_matching.cbegin());
    while (row >= m_loaded && canFetchMore({}))
        fetchMore({});
    return row;
}

bool NewNamesModel::matches(const storage::NewNameRecord &name) const
{
    return (m_type.isEmpty() || name.type == m_type) && name.articles >= m_minArticles
        && (m_text.isEmpty() || name.name.contains(m_text, Qt::CaseInsensitive));
}

void NewNamesModel::rebuild()
{
    // The rows loaded before stay loaded, so that the view keeps its place after a decision.
    const int keepLoaded = std::max(m_loaded, int(kPageSize));
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_matching.clear();
    for (const storage::NewNameRecord &n : std::as_const(m_all)) {
        if (matches(n))
            m_matching.append(n);
    }
    const QStringList typeOrder = EntityColors::types();
    const auto key = [this, &typeOrder](const storage::NewNameRecord &a, const storage::NewNameRecord &b) -> int {
        switch (m_sortColumn) {
        case NameColumn:
            return QString::localeAwareCompare(a.name, b.name);
        case TypeColumn:
            return int(typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type));
        case ArticlesColumn:
            return a.articles == b.articles ? 0 : (a.articles < b.articles ? -1 : 1);
        default:
            return a.mentions == b.mentions ? 0 : (a.mentions < b.mentions ? -1 : 1);
        }
    };
    const bool ascending = m_order == Qt::AscendingOrder;
    std::stable_sort(m_matching.begin(), m_matching.end(),
                     [&key, ascending](const storage::NewNameRecord &a, const storage::NewNameRecord &b) {
                         const int c = key(a, b);
                         if (c != 0)
                             return ascending ? c < 0 : c > 0;
                         // Ties: the most frequent first, then by name, whatever the order.
                         if (a.articles != b.articles)
                             return a.articles > b.articles;
                         if (a.mentions != b.mentions)
                             return a.mentions > b.mentions;
                         return a.name < b.name;
                     });
    m_loaded = std::min(keepLoaded, int(m_matching.size()));
    endResetModel();
}

} // namespace chipline::ui
