#include "ui/filterbar.h"

#include "storage/database.h"
#include "ui/backgroundtask.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace chipline::ui {

namespace {

// The earliest date stands for "no bound" and shows as a dash.
const QDate kNoDate(1990, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(kNoDate);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_relevance(new QToolButton(this)),
      m_searchTimer(new QTimer(this)),
      m_from(dateEdit(this, QStringLiteral("filterFrom"))),
      m_to(dateEdit(this, QStringLiteral("filterTo"))),
      m_outlet(new QComboBox(this)),
      m_layout(new QComboBox(this)),
      m_events(new QCheckBox(tr("With events"), this)),
      m_undated(new QCheckBox(tr("Undated"), this)),
      m_entityRow(new QHBoxLayout),
      m_entityField(new QLineEdit(this)),
      m_entityNames(new QStringListModel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles and text"));
    m_search->setClearButtonEnabled(true);
    m_outlet->setObjectName(QStringLiteral("filterOutlet"));
    m_layout->setObjectName(QStringLiteral("filterLayout"));
    m_events->setObjectName(QStringLiteral("filterEvents"));
    m_undated->setObjectName(QStringLiteral("filterUndated"));
    m_events->setToolTip(tr("Only articles with candidate events"));
    m_undated->setToolTip(tr("Only articles without a publication date"));
    m_relevance->setObjectName(QStringLiteral("sortByRelevance"));
    m_relevance->setText(tr("Relevance"));
    m_relevance->setCheckable(true);
    m_relevance->setAutoRaise(true);
    m_relevance->setVisible(false);
    setSortedByRelevance(false, false);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    setChoices({}, {});

    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show all articles"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_relevance);
    grid->addLayout(searchRow, 0, 0, 1, 4);
    grid->addWidget(clear, 0, 4);
    grid->addWidget(new QLabel(tr("From"), this), 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(new QLabel(tr("to"), this), 1, 2);
    grid->addWidget(m_to, 1, 3);
    auto *row = new QHBoxLayout;
    row->addWidget(m_outlet, 1);
    row->addWidget(m_layout, 1);
    row->addWidget(m_events);
    row->addWidget(m_undated);
    grid->addLayout(row, 2, 0, 1, 5);
    m_entityRow->setContentsMargins(0, 0, 0, 0);
    // Filtering by entity in plain sight, not only behind a double-click in the panel.
    m_entityField->setObjectName(QStringLiteral("entityFilterField"));
    m_entityField->setPlaceholderText(tr("Entity…"));
    m_entityField->setToolTip(tr("Only articles that mention an entity: type any of its names or aliases"));
    m_entityField->setMaximumWidth(180);
    auto *completer = new QCompleter(m_entityNames, m_entityField);
    completer->setObjectName(QStringLiteral("entityCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_entityField->setCompleter(completer);
    m_entityRow->addWidget(m_entityField);
    m_entityRow->addStretch(1);
    grid->addLayout(m_entityRow, 3, 0, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_relevance, &QToolButton::clicked, this, [this] {
        // Checked only by the list's sort: a click asks for it, it does not toggle it off.
        m_relevance->setChecked(!m_relevance->isChecked());
        Q_EMIT relevanceWanted();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_outlet, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_events, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_undated, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(clear, &QToolButton::clicked, this, &FilterBar::clearAll);
    connect(m_entityField, &QLineEdit::textEdited, this, &FilterBar::completeEntities);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &FilterBar::chooseEntity);
    connect(m_entityField, &QLineEdit::returnPressed, this, [this] { chooseEntity(m_entityField->text()); });
    // The popup shows the month of the edit's date, 1990 for "no bound": turn the page
    // to the data's when it opens (see eventFilter). The calendars are made when first
    // wanted (a press on the edit), not with the window: each costs milliseconds at start.
    for (QDateEdit *edit : {m_from, m_to})
        edit->installEventFilter(this);
}

void FilterBar::setDateRange(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && (watched == m_from || watched == m_to)) {
        auto *edit = static_cast<QDateEdit *>(watched);
        edit->removeEventFilter(this);
        edit->calendarWidget()->window()->installEventFilter(this); // before the edit opens it
    }
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_from, m_to}) {
            const QDate at = edit == m_from ? m_first : m_last;
            if (watched == edit->calendarWidget()->window() && edit->date() == kNoDate && at.isValid())
                edit->calendarWidget()->setCurrentPage(at.year(), at.month());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setSearchDelay(int ms)
{
    m_searchTimer->setInterval(ms);
}

void FilterBar::setSortedByRelevance(bool on, bool ranked)
{
    // As a paragraph, so that a long tip wraps.
    const auto paragraph = [](const QString &text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    m_relevance->setChecked(on);
    m_relevance->setText(on && !ranked ? tr("Relevance: newest first") : tr("Relevance"));
    if (!on)
        m_relevance->setToolTip(tr("Sort by relevance: the best matches first"));
    else if (ranked)
        m_relevance->setToolTip(
            paragraph(tr("Sorted by relevance: the best matches first. Click the Date header for the newest first.")));
    else
        m_relevance->setToolTip(paragraph(tr("Listed newest first: a search of one or two characters, or one that more "
                                             "than %L1 articles match, is not ranked. Type more to rank the matches by "
                                             "relevance.")
                                              .arg(storage::ArticleListQuery::kMaxRankedHits)));
}

storage::ArticleListFilter FilterBar::filter() const
{
    storage::ArticleListFilter f;
    f.search = m_search->text();
    if (m_searchEntities && !f.search.trimmed().isEmpty())
        f.searchEntities = m_searchEntities(f.search.trimmed());
    f.outlet = m_outlet->currentData().toString();
    f.layout = m_layout->currentData().toString();
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    for (const auto &entity : m_entities)
        f.entities << entity.first;
    f.withEvents = m_events->isChecked();
    f.undatedOnly = m_undated->isChecked();
    return f;
}

void FilterBar::setChoices(const QStringList &outlets, const QStringList &layouts)
{
    const QString outlet = m_outlet->currentData().toString();
    const QString layout = m_layout->currentData().toString();
    const QSignalBlocker a(m_outlet), b(m_layout);
    m_outlet->clear();
    m_outlet->addItem(tr("All outlets"), QString());
    for (const QString &o : outlets)
        m_outlet->addItem(o, o);
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(outlet)));
    m_layout->clear();
    m_layout->addItem(tr("All layouts"), QString());
    for (const QString &l : layouts)
        m_layout->addItem(l, l);
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(layout)));
}

void FilterBar::addEntity(qint64 id, const QString &name)
{
    for (const auto &entity : std::as_const(m_entities)) {
        if (entity.first == id)
            return;
    }
    m_entities.append({id, name});
    auto *chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("entityChip_%1").arg(id));
    chip->setText(name + QStringLiteral("  ×"));
    chip->setToolTip(tr("Only articles that mention %1; click to remove").arg(name));
    m_entityRow->insertWidget(m_entityRow->count() - 1, chip);
    connect(chip, &QToolButton::clicked, this, [this, id, chip] {
        chip->deleteLater();
        removeEntity(id);
    });
    emitChanged();
}

void FilterBar::setEntitySearch(std::function<QList<std::pair<qint64, QString>>(const QString &)> search)
{
    m_entitySearch = std::move(search);
}

void FilterBar::setSearchEntities(std::function<QList<qint64>(const QString &)> resolve)
{
    m_searchEntities = std::move(resolve);
}

void FilterBar::completeEntities(const QString &text)
{
    m_entityHits = m_entitySearch && !text.trimmed().isEmpty() ? m_entitySearch(text.trimmed())
                                                               : QList<std::pair<qint64, QString>>();
    QStringList names;
    for (const auto &hit : std::as_const(m_entityHits))
        names << hit.second;
    m_entityNames->setStringList(names);
}

void FilterBar::chooseEntity(const QString &name)
{
    // The name picked from the list, else the best hit for what was typed.
    if (m_entityHits.isEmpty())
        completeEntities(name);
    if (m_entityHits.isEmpty())
        return;
    auto chosen = m_entityHits.first();
    for (const auto &hit : std::as_const(m_entityHits)) {
        if (hit.second.compare(name, Qt::CaseInsensitive) == 0)
            chosen = hit;
    }
    QMetaObject::invokeMethod(m_entityField, &QLineEdit::clear, Qt::QueuedConnection); // after the completer wrote
    addEntity(chosen.first, chosen.second);
}

void FilterBar::removeEntity(qint64 id)
{
    m_entities.removeIf([id](const auto &entity) { return entity.first == id; });
    emitChanged();
}

void FilterBar::clearAll()
{
    {
        const QSignalBlocker a(m_search), b(m_from), c(m_to), d(m_outlet), e(m_layout), f(m_events), g(m_undated);
        m_search->clear();
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        m_outlet->setCurrentIndex(0);
        m_layout->setCurrentIndex(0);
        m_events->setChecked(false);
        m_undated->setChecked(false);
        m_entityField->clear();
    }
    for (auto *chip : findChildren<QToolButton *>()) {
        if (chip->objectName().startsWith(QStringLiteral("entityChip_")))
            chip->deleteLater();
    }
    m_entities.clear();
    emitChanged();
}

void FilterBar::emitChanged()
{
    m_searchTimer->stop();
    // Shown with the search it sorts, at the moment the list follows the search.
    m_relevance->setVisible(!m_search->text().trimmed().isEmpty());
    Q_EMIT filterChanged(filter());
}

void FilterBar::loadChoices(storage::ArticleListQuery &query)
{
    setChoices(query.outlets(), query.layouts());
    const auto [first, last] = query.publishedRange();
    setDateRange(first, last);
}

void FilterBar::loadChoicesInBackground(const QString &path, storage::ArticleListQuery &query)
{
    if (path.isEmpty() || path.startsWith(u':') || path.startsWith(QStringLiteral("file:"))) {
        QMetaObject::invokeMethod(
            this, [this, &query] { loadChoices(query); }, Qt::QueuedConnection);
        return;
    }
    struct Choices
    {
        QStringList outlets, layouts;
        std::pair<QDate, QDate> range;
    };
    runInBackground<Choices>(
        this,
        [path]() -> Choices {
            auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            if (!db)
                return {};
            storage::ArticleListQuery worker(*db.value());
            return {worker.outlets(), worker.layouts(), worker.publishedRange()};
        },
        [this, &query](const Choices &choices) {
            if (choices.outlets.isEmpty() && choices.layouts.isEmpty()) {
                loadChoices(query); // the worker could not read them: do it here
                return;
            }
            setChoices(choices.outlets, choices.layouts);
            setDateRange(choices.range.first, choices.range.second);
        });
}

} // namespace chipline::ui
