#include "print/timelineselection.h"

#include "print/categorystyle.h"
#include "storage/database.h"
#include "storage/lanestore.h"

namespace chipline::print {

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
        it.tentative = !e.modality.isEmpty();
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
    } else if (korean) {
        // The built-in lanes' titles; the analyst's own lanes read as they were named.
        static const QHash<QString, QString> builtIn = {
            {QStringLiteral("United States government"), QStringLiteral("미국 정부")},
            {QStringLiteral("Chinese government"), QStringLiteral("중국 정부")},
            {QStringLiteral("Nvidia"), QStringLiteral("엔비디아")},
            {QStringLiteral("Huawei"), QStringLiteral("화웨이")},
            {QStringLiteral("Allies"), QStringLiteral("동맹국")},
            {QStringLiteral("Other companies"), QStringLiteral("기타 기업")},
            {QStringLiteral("Other"), QStringLiteral("기타")}};
        for (QString &t : out)
            t = builtIn.value(t, t);
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
    // A Korean page names the statuses in Korean, as its event list does.
    QStringList statuses;
    for (const QString &status : filter.statuses) {
        if (korean && status == u"confirmed")
            statuses.append(QStringLiteral("확정"));
        else if (korean && status == u"candidate")
            statuses.append(QStringLiteral("후보"));
        else if (korean && status == u"rejected")
            statuses.append(QStringLiteral("거부"));
        else
            statuses.append(status);
    }
    add(u"Status", u"상태", statuses);
    if (!filter.categories.isEmpty()) {
        QStringList names;
        for (const QString &c : filter.categories)
            names.append(CategoryStyle::displayName(c, korean));
        add(u"Categories", u"분류", names);
    }
    if (!filter.actors.isEmpty())
        add(u"Actors", u"행위자", filter.actors);
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
            list.append(QString::fromUtf16(korean ? u"개체 %1개" : u"%1 entities").arg(a.entities.size()));
        if (a.withEvents)
            list.append(QString::fromUtf16(korean ? u"사건 있는 기사" : u"with events"));
        if (a.undatedOnly)
            list.append(QString::fromUtf16(korean ? u"날짜 없음" : u"undated"));
        add(u"Articles", u"기사", list);
    }
    parts.append(QString::fromUtf16(korean ? u"레인: " : u"Lanes: ") +
                 QString::fromUtf16(lanes.mode() == timeline::LaneSet::Mode::Actor ? (korean ? u"행위자" : u"by actor")
                                                                                   : (korean ? u"분류" : u"by category")));
    return parts.join(QStringLiteral(" · "));
}

} // namespace chipline::print
