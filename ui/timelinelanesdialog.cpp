#include "ui/timelinelanesdialog.h"

#include "annotation/entitydirectory.h"
#include "ui/entitycolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace chipline::ui {

namespace {

constexpr int kMaxHits = 50;
constexpr int kMemberRole = Qt::UserRole + 1;

QString memberText(const QString &member)
{
    if (member == u'*')
        return TimelineLanesDialog::tr("Everything else");
    if (member.startsWith(QLatin1StringView("type:")))
        return TimelineLanesDialog::tr("Every %1").arg(EntityColors::displayName(member.mid(5)));
    return member;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

TimelineLanesDialog::TimelineLanesDialog(storage::Database &db, const timeline::LaneSet &lanes, bool isDefault,
                                         QWidget *parent)
    : QDialog(parent),
      m_directory(std::make_unique<annotation::EntityDirectory>(db)),
      m_lanes(lanes.lanes()),
      m_isDefault(isDefault),
      m_laneList(new QListWidget(this)),
      m_memberList(new QListWidget(this)),
      m_search(new QLineEdit(this)),
      m_hits(new QListWidget(this))
{
    setObjectName(QStringLiteral("timelineLanesDialog"));
    setWindowTitle(tr("Timeline Lanes"));
    m_laneList->setObjectName(QStringLiteral("laneList"));
    m_memberList->setObjectName(QStringLiteral("laneMembers"));
    m_memberList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_search->setObjectName(QStringLiteral("laneEntitySearch"));
    m_search->setPlaceholderText(tr("Find an entity by name or alias"));
    m_search->setClearButtonEnabled(true);
    m_hits->setObjectName(QStringLiteral("laneEntityHits"));

    auto *intro = new QLabel(tr("An event goes in the first lane that claims one of its actors; "
                                "events no lane claims go in the last lane."),
                             this);
    intro->setWordWrap(true);

    auto *addLane = button(tr("&Add Lane"), QStringLiteral("addLane"), this);
    auto *rename = button(tr("Re&name"), QStringLiteral("renameLane"), this);
    auto *remove = button(tr("Remo&ve Lane"), QStringLiteral("removeLane"), this);
    auto *up = button(tr("Move &Up"), QStringLiteral("laneUp"), this);
    auto *down = button(tr("Move &Down"), QStringLiteral("laneDown"), this);
    auto *laneButtons = new QGridLayout;
    laneButtons->addWidget(addLane, 0, 0);
    laneButtons->addWidget(rename, 0, 1);
    laneButtons->addWidget(remove, 0, 2);
    laneButtons->addWidget(up, 1, 0);
    laneButtons->addWidget(down, 1, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("&Lanes, top first:"), this));
    qobject_cast<QLabel *>(left->itemAt(0)->widget())->setBuddy(m_laneList);
    left->addWidget(m_laneList, 1);
    left->addLayout(laneButtons);

    auto *removeMember = button(tr("Remove from Lane"), QStringLiteral("removeMember"), this);
    auto *addEntity = button(tr("Add &Entity"), QStringLiteral("addEntity"), this);
    auto *types = new QComboBox(this);
    types->setObjectName(QStringLiteral("laneType"));
    types->addItem(tr("Add every entity of a type…"));
    for (const QString &type : EntityColors::types())
        types->addItem(EntityColors::displayName(type), type);
    auto *rest = button(tr("Add Everything Else"), QStringLiteral("addRest"), this);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addEntity);
    memberButtons->addWidget(types);
    memberButtons->addWidget(rest);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Members of the lane:"), this));
    right->addWidget(m_memberList, 2);
    right->addWidget(removeMember, 0, Qt::AlignLeft);
    right->addWidget(m_search);
    right->addWidget(m_hits, 1);
    right->addLayout(memberButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaultLanes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &TimelineLanesDialog::restoreDefaults);
    connect(addLane, &QPushButton::clicked, this, &TimelineLanesDialog::addLane);
    connect(rename, &QPushButton::clicked, this, &TimelineLanesDialog::renameLane);
    connect(remove, &QPushButton::clicked, this, &TimelineLanesDialog::removeLane);
    connect(up, &QPushButton::clicked, this, [this] { moveLane(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveLane(1); });
    connect(m_laneList, &QListWidget::currentRowChanged, this, &TimelineLanesDialog::showMembers);
    connect(m_laneList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_laneList->row(item);
        const QString title = item->text().trimmed();
        if (row < 0 || row >= m_lanes.size() || title == m_lanes[row].title)
            return;
        if (title.isEmpty()) {
            item->setText(m_lanes[row].title); // a lane needs a title
            return;
        }
        m_lanes[row].title = title;
        edited();
    });
    connect(removeMember, &QPushButton::clicked, this, &TimelineLanesDialog::removeMembers);
    connect(m_search, &QLineEdit::textChanged, this, &TimelineLanesDialog::search);
    connect(m_hits, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { addMember(item->data(kMemberRole).toString()); });
    connect(addEntity, &QPushButton::clicked, this, [this] {
        for (const QListWidgetItem *item : m_hits->selectedItems())
            addMember(item->data(kMemberRole).toString());
    });
    connect(types, &QComboBox::activated, this, [this, types](int index) {
        if (index > 0)
            addMember(u"type:" + types->itemData(index).toString());
        types->setCurrentIndex(0);
    });
    connect(rest, &QPushButton::clicked, this, [this] { addMember(QStringLiteral("*")); });
    showLanes(0);
}

TimelineLanesDialog::~TimelineLanesDialog() = default;

int TimelineLanesDialog::currentLane() const
{
    const int row = m_laneList->currentRow();
    return row >= 0 && row < m_lanes.size() ? row : -1;
}

void TimelineLanesDialog::showLanes(int select)
{
    const QSignalBlocker block(m_laneList);
    m_laneList->clear();
    for (const auto &lane : std::as_const(m_lanes)) {
        auto *item = new QListWidgetItem(lane.title, m_laneList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_laneList->setCurrentRow(std::clamp(select, 0, int(m_lanes.size()) - 1));
    showMembers();
}

void TimelineLanesDialog::showMembers()
{
    m_memberList->clear();
    const int lane = currentLane();
    if (lane < 0)
        return;
    for (const QString &member : std::as_const(m_lanes[lane].members)) {
        auto *item = new QListWidgetItem(memberText(member), m_memberList);
        item->setData(kMemberRole, member);
    }
}

void TimelineLanesDialog::search()
{
    m_hits->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    for (const annotation::DirectoryEntry &e : m_directory->search(text, kMaxHits)) {
        // Show the alias that matched when the name itself does not contain the text.
        QString alias;
        if (!e.name.contains(text, Qt::CaseInsensitive)) {
            for (const QString &a : e.aliases) {
                if (a.contains(text, Qt::CaseInsensitive)) {
                    alias = a;
                    break;
                }
            }
        }
        const QString shown = alias.isEmpty()
            ? tr("%1 (%2)").arg(e.name, EntityColors::displayName(e.type))
            : tr("%1 (%2) — “%3”").arg(e.name, EntityColors::displayName(e.type), alias);
        auto *item = new QListWidgetItem(shown, m_hits);
        item->setData(kMemberRole, e.name);
    }
    if (m_hits->count() > 0)
        m_hits->setCurrentRow(0);
}

void TimelineLanesDialog::addLane()
{
    const int at = currentLane() < 0 ? int(m_lanes.size()) : currentLane() + 1;
    m_lanes.insert(at, {tr("New lane"), {}});
    edited();
    showLanes(at);
    m_laneList->editItem(m_laneList->item(at));
}

void TimelineLanesDialog::removeLane()
{
    const int lane = currentLane();
    if (lane < 0 || m_lanes.size() <= 1)
        return; // the last lane takes every event no other claims: one must remain
    m_lanes.removeAt(lane);
    edited();
    showLanes(lane);
}

void TimelineLanesDialog::moveLane(int by)
{
    const int lane = currentLane();
    const int to = lane + by;
    if (lane < 0 || to < 0 || to >= m_lanes.size())
        return;
    m_lanes.move(lane, to);
    edited();
    showLanes(to);
}

void TimelineLanesDialog::renameLane()
{
    if (QListWidgetItem *item = m_laneList->currentItem())
        m_laneList->editItem(item);
}

void TimelineLanesDialog::addMember(const QString &member)
{
    const int lane = currentLane();
    if (lane < 0 || member.isEmpty())
        return;
    // An entity belongs to one lane: the first would claim it anyway.
    for (auto &l : m_lanes)
        l.members.removeAll(member);
    m_lanes[lane].members.append(member);
    edited();
    showMembers();
}

void TimelineLanesDialog::removeMembers()
{
    const int lane = currentLane();
    if (lane < 0)
        return;
    for (const QListWidgetItem *item : m_memberList->selectedItems())
        m_lanes[lane].members.removeAll(item->data(kMemberRole).toString());
    edited();
    showMembers();
}

void TimelineLanesDialog::restoreDefaults()
{
    m_lanes = timeline::LaneSet::defaultActorLanes().lanes();
    m_isDefault = true;
    showLanes(0);
}

void TimelineLanesDialog::edited()
{
    m_isDefault = false;
}

} // namespace chipline::ui
