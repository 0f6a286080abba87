#include "ui/articlelistview.h"

#include "ui/articlelistmodel.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace chipline::ui {

ArticleListView::ArticleListView(ArticleListModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("articleList"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    verticalHeader()->hide();
    // Fixed row heights spare the view from measuring every row of a long list.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(ArticleListModel::DateColumn, fm.horizontalAdvance(QStringLiteral("2025-12-31 23:59")) + 24);
    header->resizeSection(ArticleListModel::OutletColumn, fm.horizontalAdvance(u'M') * 7);
    header->resizeSection(ArticleListModel::ReporterColumn, fm.horizontalAdvance(u'M') * 6);
    header->resizeSection(ArticleListModel::EventsColumn, fm.horizontalAdvance(tr("Events")) + 20);
    setSortingEnabled(true);
    sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    // Sorted by relevance, no column shows an arrow; a click on one sorts by it again.
    connect(model, &ArticleListModel::sortChanged, this, [this, model] {
        const QSignalBlocker quiet(horizontalHeader()); // the model is sorted already
        if (model->sortedByRelevance())
            horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
        else
            horizontalHeader()->setSortIndicator(model->sortedColumn(), model->sortedOrder());
    });
}

} // namespace chipline::ui
