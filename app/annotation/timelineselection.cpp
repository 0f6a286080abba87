#include "annotation/timelineselection.h"

#include "events/categorynames.h"
#include "storage/database.h"
#include "storage/lanestore.h"

#include <QLatin1StringView>

namespace chipline::annotation {

timeline::LaneSet TimelineSelection::savedActorLanes(storage::Database &db)
{
    QList<timeline::LaneSet::Lane> lanes;
    if (auto saved = storage::LaneStore(db).load()) {
        for (const storage::StoredLane &l : saved.value())
            lanes.append({l.title, l.members});
    }
    return timeline::LaneSet::actorLanes(lanes);
}

core::Result<TimelineSelection> TimelineSelection::load(storage::Database &db, const storage::TimelineFilter &filter,
                                                        const timeline::LaneSet &lanes)
{
    storage::TimelineQuery query(db);
    auto events = query.events(filter);
    if (!events)
        return events.error();
    TimelineSelection s;
    s.filter = filter;
    s.events = std::move(events.value());
    s.lanes = lanes;
    s.actorTypes = query.entityTypes();
    s.update();
    return s;
}

void TimelineSelection::update()
{
    QDate first, last;
    for (const storage::TimelineEvent &e : std::as_const(events)) {
        const timeline::DaySpan span = timeline::daySpan(e.date);
        if (!span.first.isValid())
            continue;
        if (!first.isValid() || span.first < first)
            first = span.first;
        if (!last.isValid() || span.end > last)
            last = span.end;
    }
    from = QDate::fromString(filter.from, Qt::ISODate);
    to = QDate::fromString(filter.to, Qt::ISODate);
    if (to.isValid())
        to = to.addDays(1); // the filter's last day is included
    if (!from.isValid())
        from = first.isValid() ? QDate(first.year(), first.month(), 1) : QDate(QDate::currentDate().year(), 1, 1);
    if (!to.isValid()) {
        to = last.isValid() ? last : from.addYears(1);
        if (to.day() != 1)
            to = QDate(to.year(), to.month(), 1).addMonths(1);
    }
    if (to <= from)
        to = from.addMonths(1);
}

QList<timeline::TimelineItem> TimelineSelection::items(bool numbered) const
{
    QList<timeline::TimelineItem> out;
    out.reserve(events.size());
    int number = 0;
    for (const storage::TimelineEvent &e : events) {
        ++number;
        timeline::TimelineItem it;
        static_cast<core::Event &>(it) = e;
        it.label = numbered ? QStringLiteral("%1. %2").arg(number).arg(e.title) : e.title;
        it.lane = lanes.laneFor(e.actors, core::categoryCode(e.category), actorTypes);
        it.corroboration = int(e.corroboration);
        out.append(it);
    }
    return out;
}

QStringList TimelineSelection::laneTitles() const
{
    QStringList out = lanes.titles();
    if (lanes.mode() == timeline::LaneSet::Mode::Category) {
        for (QString &t : out)
            t = events::CategoryNames::displayName(t);
    } else {
        // The built-in lanes' titles; the analyst's own lanes read as they were named.
        static const char *const builtIn[] = {QT_TR_NOOP("United States government"),
                                              QT_TR_NOOP("Chinese government"),
                                              QT_TR_NOOP("Nvidia"),
                                              QT_TR_NOOP("Huawei"),
                                              QT_TR_NOOP("Allies"),
                                              QT_TR_NOOP("Other companies"),
                                              QT_TR_NOOP("Other")};
        for (QString &t : out) {
            for (const char *title : builtIn) {
                if (t == QLatin1StringView(title)) {
                    t = tr(title);
                    break;
                }
            }
        }
    }
    return out;
}

QString TimelineSelection::describeFilter() const
{
    QStringList parts;
    const auto add = [&](const QString &name, const QStringList &values) {
        parts.append(name + QStringLiteral(": ") + (values.isEmpty() ? tr("all") : values.join(QStringLiteral(", "))));
    };
    // The statuses named as the event list names them.
    QStringList statuses;
    for (const core::EventStatus status : filter.statuses) {
        switch (status) {
        case core::EventStatus::Confirmed:
            statuses.append(tr("confirmed"));
            break;
        case core::EventStatus::Candidate:
            statuses.append(tr("candidate"));
            break;
        case core::EventStatus::Rejected:
            statuses.append(tr("rejected"));
            break;
        }
    }
    add(tr("Status"), statuses);
    if (!filter.categories.isEmpty()) {
        QStringList names;
        for (const core::EventCategory c : filter.categories)
            names.append(events::CategoryNames::displayName(c));
        add(tr("Categories"), names);
    }
    if (!filter.actors.isEmpty())
        add(tr("Actors"), filter.actors);
    if (filter.articles && !filter.articles->isEmpty()) {
        // The article list's filter the timeline follows, as the analyst set it.
        const storage::ArticleListFilter &a = *filter.articles;
        QStringList list;
        if (!a.search.trimmed().isEmpty())
            list.append(u'“' + a.search.trimmed() + u'”');
        if (!a.outlet.isEmpty())
            list.append(a.outlet);
        if (a.from.isValid() || a.to.isValid())
            list.append(a.from.toString(Qt::ISODate) + u'–' + a.to.toString(Qt::ISODate));
        if (!a.layout.isEmpty())
            list.append(a.layout);
        if (!a.entities.isEmpty())
            list.append(tr("%1 entities").arg(a.entities.size()));
        if (a.withEvents)
            list.append(tr("with events"));
        if (a.undatedOnly)
            list.append(tr("undated"));
        add(tr("Articles"), list);
    }
    parts.append(
        tr("Lanes: %1").arg(lanes.mode() == timeline::LaneSet::Mode::Actor ? tr("by actor") : tr("by category")));
    return parts.join(QStringLiteral(" · "));
}

} // namespace chipline::annotation
