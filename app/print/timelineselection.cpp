#include "print/timelineselection.h"

#include "print/categorystyle.h"
#include "storage/database.h"

namespace chipline::print {

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
        const timeline::DaySpan span = timeline::daySpan(temporal::ResolvedDate::fromValue(e.date));
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
        it.id = e.id;
        it.date = temporal::ResolvedDate::fromValue(e.date);
        it.label = numbered ? QStringLiteral("%1. %2").arg(number).arg(e.title) : e.title;
        it.lane = lanes.laneFor(e.actors, e.category, actorTypes);
        it.corroboration = int(e.corroboration);
        it.candidate = e.status != u"confirmed";
        it.category = e.category;
        out.append(it);
    }
    return out;
}

QStringList TimelineSelection::laneTitles(bool korean) const
{
    QStringList out = lanes.titles();
    if (lanes.mode() == timeline::LaneSet::Mode::Category) {
        for (QString &t : out)
            t = CategoryStyle::displayName(t, korean);
    }
    return out;
}

QString TimelineSelection::describeFilter(bool korean) const
{
    QStringList parts;
    const auto add = [&](const char16_t *en, const char16_t *ko, const QStringList &values) {
        parts.append(QString::fromUtf16(korean ? ko : en) + QStringLiteral(": ") +
                     (values.isEmpty() ? QString::fromUtf16(korean ? u"전체" : u"all") : values.join(QStringLiteral(", "))));
    };
    add(u"Status", u"상태", filter.statuses);
    if (!filter.categories.isEmpty()) {
        QStringList names;
        for (const QString &c : filter.categories)
            names.append(CategoryStyle::displayName(c, korean));
        add(u"Categories", u"분류", names);
    }
    if (!filter.actors.isEmpty())
        add(u"Actors", u"행위자", filter.actors);
    parts.append(QString::fromUtf16(korean ? u"레인: " : u"Lanes: ") +
                 QString::fromUtf16(lanes.mode() == timeline::LaneSet::Mode::Actor ? (korean ? u"행위자" : u"by actor")
                                                                                   : (korean ? u"분류" : u"by category")));
    return parts.join(QStringLiteral(" · "));
}

} // namespace chipline::print
