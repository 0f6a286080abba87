#include "ui/timelinedock.h"

#include "events/categorynames.h"
#include "render/categorystyle.h"
#include "storage/database.h"
#include "storage/lanestore.h"
#include "ui/backgroundtask.h"
#include "ui/eventdetailspanel.h"
#include "ui/timelinecontroller.h"
#include "ui/timelinelanesdialog.h"
#include "ui/timelineview.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <optional>

namespace chipline::ui {

TimelineDock::TimelineDock(storage::Database &db, TimelineController *controller, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent),
      m_query(db),
      m_controller(controller),
      m_view(new TimelineView(this)),
      m_details(new EventDetailsPanel(this))
{
    setObjectName(QStringLiteral("timelineDock"));
    auto *body = new QWidget(this);
    auto *tools = new QToolBar(body);
    tools->setObjectName(QStringLiteral("timelineToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("Fit"), m_view, &TimelineView::fitAll)->setToolTip(tr("Show the whole range (Home)"));
    tools->addAction(tr("Zoom +"), m_view, &TimelineView::zoomIn);
    tools->addAction(tr("Zoom −"), m_view, &TimelineView::zoomOut);
    tools->addAction(tr("Go to Date…"), this, &TimelineDock::goToDate);
    tools->addAction(tr("Lanes…"), this, &TimelineDock::editLanes)
        ->setObjectName(QStringLiteral("actionTimelineLanes"));
    tools->addSeparator();
    tools->addAction(tr("Confirm"), this, &TimelineDock::confirmSelected)
        ->setObjectName(QStringLiteral("actionConfirmEvent"));
    tools->addAction(tr("Reject"), this, &TimelineDock::rejectSelected)
        ->setObjectName(QStringLiteral("actionRejectEvent"));
    tools->addAction(tr("Edit…"), this, &TimelineDock::editSelected)->setObjectName(QStringLiteral("actionEditEvent"));
    tools->addAction(tr("Merge"), this, &TimelineDock::mergeSelected)
        ->setToolTip(tr("Merge the selected events into the first"));
    tools->addAction(tr("Split Evidence"), this, &TimelineDock::splitSelected)
        ->setToolTip(tr("Move the passages selected in the details into a new event"));

    auto *split = new QSplitter(Qt::Horizontal, body);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 320});
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(tools);
    layout->addWidget(createFilters());
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_view, &TimelineView::selectionChanged, this, &TimelineDock::showSelection);
    connect(m_view, &TimelineView::eventActivated, this, &TimelineDock::editSelected);
    connect(m_details, &EventDetailsPanel::passageActivated, this, &TimelineDock::passageActivated);
    connect(m_controller, &TimelineController::eventsChanged, this, &TimelineDock::refreshIfLoaded);
}

void TimelineDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        loadInBackground();
}

void TimelineDock::loadInBackground()
{
    const QString path = m_query.database().path();
    if (path.isEmpty() || path.startsWith(u':') || path.startsWith(QStringLiteral("file:"))) {
        QTimer::singleShot(0, this, &TimelineDock::ensureLoaded); // no second connection to an in-memory database
        return;
    }
    using Loaded = std::optional<annotation::TimelineSelection>;
    m_loading = true;
    m_view->setLoading(true);
    runInBackground<Loaded>(
        this,
        [path, filter = currentFilter(), lanes = currentLanes()]() -> Loaded {
            auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            if (!db)
                return std::nullopt;
            auto loaded = annotation::TimelineSelection::load(*db.value(), filter, lanes);
            return loaded ? Loaded(std::move(loaded.value())) : std::nullopt;
        },
        [this](Loaded loaded) {
            m_loading = false;
            m_view->setLoading(false);
            if (m_loaded)
                return;
            // The reader's article or the list's filter may have changed meanwhile.
            const storage::TimelineFilter now = currentFilter();
            if (loaded && loaded->filter.articleIds == now.articleIds && loaded->filter.articles == now.articles)
                showLoaded(std::move(*loaded));
            else
                refresh(); // reads again here (and says why, should it fail)
        });
}

void TimelineDock::ensureLoaded()
{
    if (!m_loaded)
        refresh();
}

QWidget *TimelineDock::createFilters()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(6, 0, 6, 0);
    m_from = new QLineEdit(row);
    m_to = new QLineEdit(row);
    for (QLineEdit *e : {m_from, m_to}) {
        e->setPlaceholderText(tr("YYYY-MM-DD"));
        e->setMaximumWidth(100);
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::editingFinished, this, &TimelineDock::refresh);
    }
    m_from->setObjectName(QStringLiteral("timelineFrom"));
    m_to->setObjectName(QStringLiteral("timelineTo"));
    m_status = new QComboBox(row);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->addItem(tr("Confirmed and candidates"), QStringLiteral("confirmed,candidate"));
    m_status->addItem(tr("Confirmed"), QStringLiteral("confirmed"));
    m_status->addItem(tr("Candidates"), QStringLiteral("candidate"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_category = new QComboBox(row);
    m_category->setObjectName(QStringLiteral("timelineCategory"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &code : render::CategoryStyle::codes())
        m_category->addItem(events::CategoryNames::displayName(code), code);
    m_actor = new QLineEdit(row);
    m_actor->setObjectName(QStringLiteral("timelineActor"));
    m_actor->setPlaceholderText(tr("Actor"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(160);
    auto *completer = new QCompleter(m_query.entityNames(), m_actor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_actor->setCompleter(completer);
    connect(m_actor, &QLineEdit::editingFinished, this, &TimelineDock::refresh);
    m_lanes = new QComboBox(row);
    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    m_lanes->addItem(tr("Lanes by actor"));
    m_lanes->addItem(tr("Lanes by category"));
    m_follow = new QComboBox(row);
    m_follow->setObjectName(QStringLiteral("timelineFollow"));
    m_follow->addItem(tr("All articles"), int(Follow::Nothing));
    m_follow->addItem(tr("Articles in the list"), int(Follow::ArticleList));
    m_follow->addItem(tr("Article in the reader"), int(Follow::Reader));
    m_follow->setToolTip(tr("Show only events with evidence in the articles the list shows (its search, dates, "
                            "outlet, entities …) or in the article the reader shows"));
    for (QComboBox *c : {m_status, m_category, m_lanes, m_follow})
        connect(c, &QComboBox::currentIndexChanged, this, &TimelineDock::refresh);
    h->addWidget(new QLabel(tr("From"), row));
    h->addWidget(m_from);
    h->addWidget(new QLabel(tr("to"), row));
    h->addWidget(m_to);
    h->addWidget(m_status);
    h->addWidget(m_category);
    h->addWidget(m_actor);
    h->addWidget(m_lanes);
    h->addWidget(new QLabel(tr("Events of"), row));
    h->addWidget(m_follow);
    h->addStretch(1);
    return row;
}

storage::TimelineFilter TimelineDock::currentFilter() const
{
    storage::TimelineFilter f;
    const auto day = [](const QLineEdit *e) {
        const QString t = e->text().trimmed();
        return QDate::fromString(t, Qt::ISODate).isValid() && t.size() == 10 ? t : QString();
    };
    f.from = day(m_from);
    f.to = day(m_to);
    // The combo boxes hold the codes.
    for (const QString &code : m_status->currentData().toString().split(u',')) {
        if (const auto status = core::statusFromCode(code))
            f.statuses.append(*status);
    }
    if (!m_category->currentData().toString().isEmpty())
        f.categories = {core::categoryFromCode(m_category->currentData().toString())};
    if (!m_actor->text().trimmed().isEmpty())
        f.actors = {m_actor->text().trimmed()};
    switch (Follow(m_follow->currentData().toInt())) {
    case Follow::Nothing:
        break;
    case Follow::ArticleList:
        f.articles = m_listFilter;
        break;
    case Follow::Reader:
        f.articleIds = {m_readerArticle ? m_readerArticle : -1};
        break;
    }
    return f;
}

timeline::LaneSet TimelineDock::currentLanes()
{
    return m_lanes->currentIndex() == 1 ? timeline::LaneSet::categoryLanes(render::CategoryStyle::codes())
                                        : annotation::TimelineSelection::savedActorLanes(m_query.database());
}

void TimelineDock::refresh()
{
    m_loaded = true;
    auto loaded = annotation::TimelineSelection::load(m_query.database(), currentFilter(), currentLanes());
    if (!loaded) {
        QMessageBox::warning(this, tr("Timeline"), tr("Cannot read the events.\n\n%1").arg(loaded.error().message));
        return;
    }
    showLoaded(std::move(loaded.value()));
}

void TimelineDock::refreshIfLoaded()
{
    if (m_loaded)
        refresh();
}

void TimelineDock::showLoaded(annotation::TimelineSelection selection)
{
    m_loaded = true;
    m_selection = std::move(selection);
    m_view->setTimeline(m_selection.items(false), m_selection.laneTitles(), m_selection.from, m_selection.to);
    showSelection(m_view->selectedIds());
    setWindowTitle(tr("Timeline — %n event(s)", nullptr, int(m_selection.events.size())));
}

void TimelineDock::setReaderArticle(qint64 articleId)
{
    m_readerArticle = articleId;
    if (m_loaded && Follow(m_follow->currentData().toInt()) == Follow::Reader)
        refresh();
}

void TimelineDock::setListFilter(const storage::ArticleListFilter &filter)
{
    if (filter == m_listFilter)
        return;
    m_listFilter = filter;
    if (m_loaded && Follow(m_follow->currentData().toInt()) == Follow::ArticleList)
        refresh();
}

void TimelineDock::setFollow(Follow follow)
{
    m_follow->setCurrentIndex(m_follow->findData(int(follow)));
}

void TimelineDock::editLanes()
{
    storage::Database &db = m_query.database();
    auto saved = storage::LaneStore(db).load();
    if (!saved) {
        QMessageBox::warning(this, tr("Timeline Lanes"), tr("Cannot read the lanes.\n\n%1").arg(saved.error().message));
        return;
    }
    TimelineLanesDialog dialog(db, annotation::TimelineSelection::savedActorLanes(db), saved->isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<storage::StoredLane> lanes;
    if (!dialog.isDefault()) {
        for (const auto &lane : dialog.lanes())
            lanes.append({lane.title.trimmed(), lane.members});
    }
    // One command: Edit › Undo brings the lanes before it back (failed() says why when
    // they could not be saved).
    m_controller->setLanes(lanes);
    if (m_lanes->currentIndex() != 0)
        m_lanes->setCurrentIndex(0); // show what was edited (refreshes)
    else
        refresh();
}

QHash<qint64, QList<storage::EvidencePassage>> TimelineDock::evidence()
{
    ensureLoaded();
    QList<qint64> ids;
    for (const auto &e : std::as_const(m_selection.events))
        ids.append(e.id);
    QHash<qint64, QList<storage::EvidencePassage>> out;
    if (auto passages = m_query.evidence(ids)) {
        for (const auto &p : passages.value())
            out[p.eventId].append(p);
    }
    return out;
}

void TimelineDock::showSelection(const QList<qint64> &ids)
{
    if (ids.size() > 1) {
        m_details->showSeveral(int(ids.size()));
        return;
    }
    if (ids.isEmpty()) {
        m_details->clear();
        return;
    }
    auto event = m_query.event(ids.first());
    auto evidence = m_query.evidence({ids.first()});
    if (!event || !evidence) {
        m_details->clear();
        return;
    }
    m_details->showEvent(event.value(), evidence.value());
}

void TimelineDock::confirmSelected()
{
    m_controller->confirm(m_view->selectedIds());
}

void TimelineDock::rejectSelected()
{
    m_controller->reject(m_view->selectedIds());
}

void TimelineDock::editSelected()
{
    const QList<qint64> ids = m_view->selectedIds();
    if (ids.size() != 1)
        return;
    auto event = m_query.event(ids.first());
    if (!event)
        return;
    const auto &e = event.value();
    EventEditDialog dialog({e.date, e.category, e.title, e.actors, e.source, e.notes}, m_query.entityNames(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->edit(ids.first(), dialog.fields());
}

void TimelineDock::mergeSelected()
{
    const QList<qint64> ids = m_view->selectedIds();
    if (ids.size() < 2) {
        QMessageBox::information(this, tr("Merge"), tr("Select two or more events with Ctrl+click to merge them."));
        return;
    }
    m_controller->merge(ids);
}

void TimelineDock::splitSelected()
{
    const QList<qint64> ids = m_view->selectedIds();
    const QList<int> passages = m_details->selectedPassages();
    if (ids.size() != 1 || passages.isEmpty()) {
        QMessageBox::information(this, tr("Split"),
                                 tr("Select one event, then the passages to move into a new event."));
        return;
    }
    // The details list evidence in citation order: the passages by article and start.
    auto evidence = m_query.evidence(ids);
    if (!evidence)
        return;
    QList<std::pair<qint64, qint64>> moved;
    for (int p : passages)
        moved.append({evidence->at(p).articleId, evidence->at(p).start});
    m_controller->split(ids.first(), moved);
}

void TimelineDock::addEvent(const annotation::EventInput &prefill, qint64 articleId, qint64 start, qint64 end)
{
    EventEditDialog dialog(prefill, m_query.entityNames(), this);
    dialog.setWindowTitle(tr("Add to Timeline"));
    if (dialog.exec() == QDialog::Accepted)
        m_controller->add(dialog.fields(), articleId, start, end);
}

void TimelineDock::goToDate()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Date"), tr("Date (YYYY-MM-DD, YYYY-MM or YYYY):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto date = temporal::ResolvedDate::fromValue(text.trimmed());
    if (!date.isValid()) {
        QMessageBox::warning(this, tr("Go to Date"), tr("“%1” is not a date.").arg(text));
        return;
    }
    m_view->goToDate(date.firstDay());
}

} // namespace chipline::ui
