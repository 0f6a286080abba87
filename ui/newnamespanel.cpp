#include "ui/newnamespanel.h"

#include "annotation/namereview.h"
#include "ui/entitycolors.h"
#include "ui/kwicdelegate.h"
#include "ui/kwictext.h"
#include "ui/newnamesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace chipline::ui {

namespace {
enum LineRole {
    ArticleRole = Qt::UserRole + 1,
    StartRole,
    EndRole
};
enum Page {
    ListPage,
    EmptyPage
};
} // namespace

NewNamesPanel::NewNamesPanel(annotation::NameReview &review, QWidget *parent)
    : QWidget(parent),
      m_review(review),
      m_model(new NewNamesModel(this)),
      m_type(new QComboBox(this)),
      m_minArticles(new QSpinBox(this)),
      m_filter(new QLineEdit(this)),
      m_summary(new QLabel(this)),
      m_message(new QLabel(this)),
      m_pages(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_split(new QSplitter(Qt::Vertical, this)),
      m_table(new QTableView(this)),
      m_contextTitle(new QLabel(this)),
      m_contexts(new QListWidget(this)),
      m_acceptAsMenu(new QMenu(tr("Accept as"), this))
{
    setObjectName(QStringLiteral("newNamesPanel"));
    m_accept =
        createAction(tr("Accept"), QStringLiteral("actionAcceptName"), {QKeySequence(Qt::Key_A)},
                     tr("Make the selected names your entities, of the guessed type, and mark them in every article"));
    m_acceptAs = createAction(tr("Accept as"), QStringLiteral("actionAcceptNameAs"), {QKeySequence(Qt::Key_T)},
                              tr("Accept the selected names as entities of another type"));
    m_alias =
        createAction(tr("Add as Alias of…"), QStringLiteral("actionAliasName"), {QKeySequence(Qt::Key_L)},
                     tr("Make the selected names other names of an entity you choose; their mentions move there"));
    m_reject = createAction(tr("Reject"), QStringLiteral("actionRejectName"),
                            {QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_Delete)},
                            tr("Not a name: remove the highlights and never propose it again"));
    m_acceptAsMenu->setObjectName(QStringLiteral("acceptAsMenu"));
    for (const QString &type : EntityColors::types()) {
        QAction *action = m_acceptAsMenu->addAction(QIcon(EntityColors::swatch(type)), EntityColors::displayName(type));
        action->setObjectName(QStringLiteral("acceptAs") + type);
        connect(action, &QAction::triggered, this, [this, type] {
            if (const auto names = selectedNames(); !names.isEmpty())
                Q_EMIT acceptRequested(names, type);
        });
    }
    connect(m_accept, &QAction::triggered, this, [this] {
        if (const auto names = selectedNames(); !names.isEmpty())
            Q_EMIT acceptRequested(names, QString());
    });
    connect(m_acceptAs, &QAction::triggered, this, [this] {
        // From the keyboard (T): the menu under its button, or under the list's current row.
        QWidget *anchor = m_acceptAsButton && m_acceptAsButton->isVisible() ? static_cast<QWidget *>(m_acceptAsButton)
                                                                            : m_table->viewport();
        const QRect row = m_table->visualRect(m_table->currentIndex());
        const QPoint at = anchor == m_table->viewport() ? row.bottomLeft() : QPoint(0, anchor->height());
        m_acceptAsMenu->popup(anchor->mapToGlobal(at));
    });
    connect(m_alias, &QAction::triggered, this, [this] {
        if (const auto names = selectedNames(); !names.isEmpty())
            Q_EMIT aliasRequested(names);
    });
    connect(m_reject, &QAction::triggered, this, [this] {
        if (const auto names = selectedNames(); !names.isEmpty())
            Q_EMIT rejectRequested(names);
    });

    m_table->setObjectName(QStringLiteral("newNamesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(NewNamesModel::NameColumn, QHeaderView::Stretch);
    int typeWidth = 0;
    for (const QString &type : EntityColors::types())
        typeWidth = std::max(typeWidth, fontMetrics().horizontalAdvance(EntityColors::displayName(type)));
    header->setSectionResizeMode(NewNamesModel::TypeColumn, QHeaderView::Interactive);
    header->resizeSection(NewNamesModel::TypeColumn, typeWidth + 16);
    header->setSectionResizeMode(NewNamesModel::ArticlesColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(NewNamesModel::MentionsColumn, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NewNamesModel::ArticlesColumn, Qt::DescendingOrder);
    for (QAction *action : decisionActions())
        m_table->addAction(action);
    m_table->installEventFilter(this); // fitColumns() on its resizes

    m_contexts->setObjectName(QStringLiteral("newNamesContexts"));
    m_contexts->setItemDelegate(new KwicDelegate(m_contexts));
    m_contexts->setUniformItemSizes(true);
    m_contexts->setAlternatingRowColors(true);
    m_contexts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contextTitle->setObjectName(QStringLiteral("newNamesContextTitle"));
    m_contextTitle->setTextFormat(Qt::PlainText);
    auto *contextPane = new QWidget(this);
    auto *contextLayout = new QVBoxLayout(contextPane);
    contextLayout->setContentsMargins(0, 4, 0, 0);
    contextLayout->setSpacing(2);
    contextLayout->addWidget(m_contextTitle);
    contextLayout->addWidget(m_contexts, 1);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(createButtons());
    m_split->addWidget(listPane);
    m_split->addWidget(contextPane);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);

    m_empty->setObjectName(QStringLiteral("newNamesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMaximumWidth(fontMetrics().averageCharWidth() * 64); // lines short enough to read
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QHBoxLayout(emptyPage);
    emptyLayout->addWidget(m_empty);
    m_pages->addWidget(m_split);
    m_pages->addWidget(emptyPage);

    m_message->setObjectName(QStringLiteral("newNamesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #e8b4b0;"
                                            " border-radius: 3px; padding: 4px; }"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createFilters());
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NewNamesPanel::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NewNamesPanel::showContexts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NewNamesPanel::updateState);
    connect(m_table, &QTableView::customContextMenuRequested, this, &NewNamesPanel::showMenu);
    connect(m_table, &QTableView::activated, this, &NewNamesPanel::openFirstContext);
    connect(m_contexts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT mentionActivated(item->data(ArticleRole).toLongLong(), item->data(StartRole).toLongLong(),
                                item->data(EndRole).toLongLong());
    });
    updateState();
}

QAction *NewNamesPanel::createAction(const QString &text, const QString &name, const QList<QKeySequence> &keys,
                                     const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    // Single keys, so only while the list has the focus (not while typing in the filter).
    action->setShortcutContext(Qt::WidgetShortcut);
    QStringList shown;
    for (const QKeySequence &key : keys)
        shown << key.toString(QKeySequence::NativeText);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shown.join(QStringLiteral(", "))));
    return action;
}

QWidget *NewNamesPanel::createFilters()
{
    m_type->setObjectName(QStringLiteral("newNamesTypeFilter"));
    m_type->setToolTip(tr("List only names of this guessed type"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : EntityColors::types())
        m_type->addItem(QIcon(EntityColors::swatch(type)), EntityColors::displayName(type), type);
    m_minArticles->setObjectName(QStringLiteral("newNamesMinArticles"));
    m_minArticles->setRange(1, 9999);
    m_minArticles->setToolTip(tr("List only names found in at least this many articles"));
    auto *minLabel = new QLabel(tr("Articles ≥"), this);
    minLabel->setBuddy(m_minArticles);
    minLabel->setToolTip(m_minArticles->toolTip());
    m_filter->setObjectName(QStringLiteral("newNamesFilter"));
    m_filter->setPlaceholderText(tr("Filter names"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("newNamesSummary"));

    auto *box = new QWidget(this);
    m_filterRows = new QBoxLayout(QBoxLayout::TopToBottom, box);
    m_filterRows->setContentsMargins(0, 0, 0, 0);
    m_filterRows->setSpacing(4);
    auto *first = new QHBoxLayout;
    first->addWidget(m_type);
    first->addStretch(1);
    first->addWidget(minLabel);
    first->addWidget(m_minArticles);
    auto *second = new QHBoxLayout;
    second->addWidget(m_filter, 1);
    second->addWidget(m_summary);
    m_filterRows->addLayout(first);
    m_filterRows->addLayout(second, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &NewNamesPanel::applyFilters);
    connect(m_minArticles, &QSpinBox::valueChanged, this, &NewNamesPanel::applyFilters);
    connect(m_filter, &QLineEdit::textChanged, this, &NewNamesPanel::applyFilters);
    return box;
}

QWidget *NewNamesPanel::createButtons()
{
    // A tool bar, as the timeline's: on a narrow dock what does not fit goes behind its » button.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("newNamesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(12, 12));
    m_acceptAs->setMenu(m_acceptAsMenu);
    const std::pair<QAction *, const char *> buttons[] = {{m_accept, "acceptNameButton"},
                                                          {m_acceptAs, "acceptAsButton"},
                                                          {m_alias, "aliasNameButton"},
                                                          {m_reject, "rejectNameButton"}};
    for (const auto &[action, name] : buttons) {
        bar->addAction(action);
        bar->widgetForAction(action)->setObjectName(QString::fromLatin1(name));
    }
    m_acceptAsButton = qobject_cast<QToolButton *>(bar->widgetForAction(m_acceptAs));
    m_acceptAsButton->setPopupMode(QToolButton::InstantPopup);
    return bar;
}

QList<QAction *> NewNamesPanel::decisionActions() const
{
    return {m_accept, m_acceptAs, m_alias, m_reject};
}

int NewNamesPanel::totalCount() const
{
    return m_model->totalCount();
}

void NewNamesPanel::refresh()
{
    m_refreshed = true;
    showNames(m_review.newNames());
}

void NewNamesPanel::showFirstNames(const QList<storage::NewNameRecord> &names)
{
    if (!m_refreshed)
        showNames(names);
}

void NewNamesPanel::showNames(const QList<storage::NewNameRecord> &names)
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 keep = current.isValid() ? current.data(NewNamesModel::IdRole).toLongLong() : 0;
    const int keepRow = current.isValid() ? current.row() : 0;
    m_model->setNames(names);
    // Gone (decided): the name after it takes its place, so that A, A, R… walks the list.
    if (!selectName(keep) && m_model->rowCount() > 0)
        selectName(m_model->record(std::min(keepRow, m_model->rowCount() - 1)).entityId);
    m_shownEntity = -1;
    showContexts();
    updateState();
    Q_EMIT countChanged(m_model->totalCount());
}

void NewNamesPanel::applyFilters()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 keep = current.isValid() ? current.data(NewNamesModel::IdRole).toLongLong() : 0;
    m_model->setFilter(m_type->currentData().toString(), m_minArticles->value(), m_filter->text());
    if (!selectName(keep) && m_model->rowCount() > 0)
        selectName(m_model->record(0).entityId);
    showContexts();
    updateState();
}

bool NewNamesPanel::selectName(qint64 entityId)
{
    const int row = entityId ? m_model->rowOf(entityId) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, NewNamesModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QList<storage::NewNameRecord> NewNamesPanel::selectedNames() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(NewNamesModel::NameColumn))
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<storage::NewNameRecord> out;
    for (int row : std::as_const(rows))
        out << m_model->record(row);
    return out;
}

void NewNamesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NewNamesPanel::updateState()
{
    const bool any = m_table->selectionModel()->hasSelection();
    for (QAction *action : decisionActions())
        action->setEnabled(any);
    const int total = m_model->totalCount();
    const int matching = m_model->matchingCount();
    m_summary->setText(matching == total ? tr("%Ln name(s)", nullptr, total)
                                         : tr("%1 of %Ln name(s)", nullptr, total).arg(matching));
    if (matching > 0) {
        m_pages->setCurrentIndex(ListPage);
        return;
    }
    m_empty->setText(
        total == 0
            ? tr("<p><b>No new names to review</b></p>"
                 "<p>Names found by patterns that are not in your entities yet appear here: officials named by "
                 "their titles (…&#8288;대변인, Commerce Secretary&nbsp;…), "
                 "firms by their head words (…&#8288;증권, …&nbsp;Corp.), chip "
                 "and model numbers.</p><p>Accept them as entities, give them another type, add them as another "
                 "name of an entity you have, or reject them. Until then the reader underlines them with dashes.</p>")
            : tr("<p>No new names match the filters.</p>"));
    m_pages->setCurrentIndex(EmptyPage);
}

void NewNamesPanel::showContexts()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(NewNamesModel::IdRole).toLongLong() : 0;
    if (id == m_shownEntity)
        return;
    m_shownEntity = id;
    m_contexts->clear();
    if (!id) {
        m_contextTitle->setText(tr("Select a name to see where it appears."));
        return;
    }
    const storage::NewNameRecord &name = m_model->record(current.row());
    m_contextTitle->setText(tr("Where “%1” appears (%Ln mention(s)):", nullptr, int(name.mentions)).arg(name.name));
    for (const storage::KwicLine &line : m_review.contexts(id, kMaxLines)) {
        auto *item = new QListWidgetItem(m_contexts);
        const QString date =
            line.published.isValid() ? line.published.toString(QStringLiteral("yyyy-MM-dd")) : tr("undated");
        const QString where = line.outlet.isEmpty() ? date : QStringLiteral("%1 · %2").arg(date, line.outlet);
        // An article without a title goes by its first words, as in the article list.
        const QString title = !line.title.isEmpty() ? line.title
            : line.lead.isEmpty()                   ? tr("(untitled)")
                                                    : line.lead + u'…';
        const QString left = KwicText::left(line.left, line.start);
        const QString right = KwicText::right(line.right);
        item->setText(left + line.hit + right);
        item->setData(KwicDelegate::LeftRole, left);
        item->setData(KwicDelegate::HitRole, line.hit);
        item->setData(KwicDelegate::RightRole, right);
        item->setData(KwicDelegate::TypeRole, name.type);
        item->setData(KwicDelegate::SourceRole, QStringLiteral("%1 — %2").arg(where, title));
        item->setData(ArticleRole, line.articleId);
        item->setData(StartRole, line.start);
        item->setData(EndRole, line.end);
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2<br>%3<b>%4</b>%5<br><i>%6</i>")
                             .arg(title.toHtmlEscaped(), where.toHtmlEscaped(), left.toHtmlEscaped(),
                                  line.hit.toHtmlEscaped(), right.toHtmlEscaped(),
                                  tr("Double-click to read it in the article").toHtmlEscaped()));
    }
    if (m_contexts->count() > 0)
        m_contexts->setCurrentRow(0, QItemSelectionModel::NoUpdate);
}

void NewNamesPanel::openFirstContext()
{
    showContexts();
    if (const QListWidgetItem *first = m_contexts->item(0))
        Q_EMIT mentionActivated(first->data(ArticleRole).toLongLong(), first->data(StartRole).toLongLong(),
                                first->data(EndRole).toLongLong());
}

void NewNamesPanel::showMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid() || selectedNames().isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("newNamesContextMenu"));
    menu.addAction(m_accept);
    menu.addMenu(m_acceptAsMenu);
    menu.addAction(m_alias);
    menu.addSeparator();
    menu.addAction(m_reject);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void NewNamesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Docked at the side the contexts go under the list; at the bottom or floating wide, beside it.
    const bool wide = width() > height() * 6 / 5 && width() >= 640;
    const Qt::Orientation wanted = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted) {
        m_split->setOrientation(wanted);
        // Side by side the contexts, longer than the names, take the larger part.
        m_split->setSizes(wide ? QList<int>{400, 600} : QList<int>{600, 400}); // shares of the room
    }
    // The filters in one row when there is the width for them.
    m_filterRows->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool NewNamesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void NewNamesPanel::fitColumns()
{
    // Narrow, the name keeps its room: the type shows as the swatch before it (and in its
    // tool tip) and the counts' headers may be cut (their tool tips say it all). Wide, every
    // column shows whole.
    const bool roomy = m_table->width() >= 420;
    if (m_roomyColumns == int(roomy))
        return;
    m_roomyColumns = int(roomy);
    QHeaderView *header = m_table->horizontalHeader();
    m_table->setColumnHidden(NewNamesModel::TypeColumn, !roomy);
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16;
    for (int column : {NewNamesModel::ArticlesColumn, NewNamesModel::MentionsColumn}) {
        const int title = fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        header->resizeSection(column, std::max(digits, roomy ? title : std::min(title, 80)));
    }
}

} // namespace chipline::ui
