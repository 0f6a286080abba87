#include "ui/entitypanel.h"

#include "ui/entitycolors.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chipline::ui {

namespace {
enum Column {
    NameColumn,
    TypeColumn,
    MentionsColumn,
    ArticlesColumn
};
enum Role {
    IdRole = Qt::UserRole + 1
};
enum LineRole {
    ArticleRole = Qt::UserRole + 1,
    StartRole,
    EndRole
};
constexpr int kLeftContext = 16;

} // namespace

EntityPanel::EntityPanel(storage::Database &db, QWidget *parent)
    : QWidget(parent),
      m_query(db),
      m_kwic(db),
      m_scope(new QComboBox(this)),
      m_filter(new QLineEdit(this)),
      m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this)),
      m_lines(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("entityPanel"));
    m_scope->setObjectName(QStringLiteral("entityScope"));
    m_filter->setObjectName(QStringLiteral("entityFilter"));
    m_view->setObjectName(QStringLiteral("entityView"));
    m_lines->setObjectName(QStringLiteral("kwicList"));
    m_scope->addItem(tr("This article"));
    m_scope->addItem(tr("Whole corpus"));
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);

    m_model->setHorizontalHeaderLabels({tr("Entity"), tr("Type"), tr("Mentions"), tr("Articles")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole + 2);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // The name takes what the counts leave: beside a column of type names and the counts'
    // headers (with their sort arrows) an English panel showed "Cyb…". The type shows as
    // the name's colour swatch (the reader's legend names the colours) and in its tool tip.
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // The counts take their digits' width; their headers may elide, their tool tips say it all.
    m_view->header()->setMinimumSectionSize(24);
    for (int column : {MentionsColumn, ArticlesColumn}) {
        m_view->header()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_view->header()->resizeSection(column, fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 14);
    }
    m_model->setHeaderData(MentionsColumn, Qt::Horizontal, tr("Mentions"), Qt::ToolTipRole);
    m_model->setHeaderData(ArticlesColumn, Qt::Horizontal, tr("Articles"), Qt::ToolTipRole);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnHidden(TypeColumn, true);
    m_view->sortByColumn(MentionsColumn, Qt::DescendingOrder);

    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setHeaderLabels({tr("Article"), tr("Context")});
    m_lines->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("2025-12-31 Reuters")) + 12);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_lines);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scope);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) { setScope(Scope(index)); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EntityPanel::showMentions);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (const qint64 id = selectedEntity())
            Q_EMIT filterByEntity(id, m_proxy->index(m_view->currentIndex().row(), NameColumn).data().toString());
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EntityPanel::showMenu);
    connect(m_lines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT mentionActivated(item->data(0, ArticleRole).toLongLong(), item->data(0, StartRole).toLongLong(),
                                item->data(0, EndRole).toLongLong());
    });
}

void EntityPanel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    if (m_scope->currentIndex() == ArticleScope)
        refresh();
}

void EntityPanel::setScope(Scope scope)
{
    if (m_scope->currentIndex() != scope) {
        m_scope->setCurrentIndex(scope); // comes back here through the signal
        return;
    }
    m_corpusStale = true;
    refresh();
}

void EntityPanel::refresh()
{
    const qint64 keep = selectedEntity();
    if (m_scope->currentIndex() == CorpusScope)
        fill(m_query.corpus());
    else
        fill(m_articleId ? m_query.forArticle(m_articleId) : QList<storage::EntitySummary>());
    if (keep)
        selectEntity(keep);
    m_shownEntity = -1;
    showMentions();
}

void EntityPanel::fill(const QList<storage::EntitySummary> &entities)
{
    m_model->removeRows(0, m_model->rowCount());
    const bool corpus = m_scope->currentIndex() == CorpusScope;
    m_view->setColumnHidden(ArticlesColumn, !corpus);
    for (const storage::EntitySummary &e : entities) {
        auto *name = new QStandardItem(e.entity.name);
        name->setData(EntityColors::swatch(e.entity.type), Qt::DecorationRole);
        name->setToolTip(QStringLiteral("%1 — %2").arg(e.entity.name, EntityColors::displayName(e.entity.type)));
        name->setData(e.entity.id, IdRole);
        name->setData(e.entity.name.toLower(), Qt::UserRole + 2);
        auto *type = new QStandardItem(EntityColors::displayName(e.entity.type));
        type->setBackground(EntityColors::background(e.entity.type));
        type->setData(e.entity.type, Qt::UserRole + 2);
        auto *mentions = new QStandardItem(QString::number(e.mentions));
        mentions->setData(e.mentions, Qt::UserRole + 2);
        mentions->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *articles = new QStandardItem(QString::number(e.articles));
        articles->setData(e.articles, Qt::UserRole + 2);
        articles->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({name, type, mentions, articles});
    }
}

qint64 EntityPanel::selectedEntity() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->index(current.row(), NameColumn).data(IdRole).toLongLong() : 0;
}

bool EntityPanel::selectEntity(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void EntityPanel::showMentions()
{
    const qint64 id = selectedEntity();
    if (id == m_shownEntity)
        return;
    m_shownEntity = id;
    m_lines->clear();
    if (!id)
        return;
    QList<QTreeWidgetItem *> items;
    for (const storage::KwicLine &line : m_kwic.forEntity(id, kMaxLines)) {
        auto *item = new QTreeWidgetItem;
        const QString date =
            line.published.isValid() ? line.published.toString(QStringLiteral("yyyy-MM-dd")) : tr("undated");
        item->setText(0, QStringLiteral("%1 %2").arg(date, line.outlet));
        item->setToolTip(0, line.title);
        // A short left context keeps the name in sight in a narrow column.
        item->setText(
            1, QStringLiteral("…%1 【%2】 %3…").arg(line.left.right(kLeftContext).trimmed(), line.hit, line.right));
        item->setToolTip(1, item->text(1));
        item->setData(0, ArticleRole, line.articleId);
        item->setData(0, StartRole, line.start);
        item->setData(0, EndRole, line.end);
        items << item;
    }
    m_lines->addTopLevelItems(items);
}

void EntityPanel::showMenu(const QPoint &pos)
{
    const qint64 id = selectedEntity();
    if (!id)
        return;
    const QString name = m_proxy->index(m_view->currentIndex().row(), NameColumn).data().toString();
    QMenu menu(this);
    menu.addAction(tr("Show Only Articles Mentioning %1").arg(name), this,
                   [this, id, name] { Q_EMIT filterByEntity(id, name); });
    menu.addSeparator();
    menu.addAction(tr("Rename…"), this, [this, id] { Q_EMIT renameRequested(id); });
    menu.addAction(tr("Change Type…"), this, [this, id] { Q_EMIT retypeRequested(id); });
    menu.addAction(tr("Merge Into…"), this, [this, id] { Q_EMIT mergeRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace chipline::ui
