#include "timeline/timelinepaginator.h"

namespace chipline::timeline {

QList<TimelinePage> TimelinePaginator::split(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                             const LayoutOptions &options, qint64 daysPerPage, double maxHeight,
                                             const TextMetrics &metrics)
{
    QList<TimelinePage> pages;
    for (QDate from = options.from; from < options.to; from = from.addDays(daysPerPage)) {
        TimelinePage page;
        page.from = from;
        page.to = from.addDays(daysPerPage);
        pages.append(page);
    }
    if (pages.isEmpty())
        return pages;
    const qint64 origin = options.from.toJulianDay();
    for (int i = 0; i < items.size(); ++i) {
        const QDate first = daySpan(items[i].date).first;
        if (!first.isValid() || first >= options.to || daySpan(items[i].date).end <= options.from)
            continue;
        const qint64 index = std::max<qint64>(0, (first.toJulianDay() - origin) / daysPerPage);
        pages[qsizetype(std::min<qint64>(index, pages.size() - 1))].items.append(i);
    }
    for (TimelinePage &page : pages) {
        QList<TimelineItem> subset;
        subset.reserve(page.items.size());
        for (int i : std::as_const(page.items))
            subset.append(items[i]);
        LayoutOptions o = options;
        o.from = page.from;
        o.to = page.to;
        page.geometry = TimelineLayout::layout(subset, laneTitles, o, metrics);
        // Too tall: fewer label rows in the busiest lanes, their surplus to the strips.
        while (page.geometry.height > maxHeight && o.maxRows > 1) {
            int rows = 0;
            for (const LaneBox &lane : std::as_const(page.geometry.lanes))
                rows = std::max(rows, lane.rows);
            o.maxRows = std::max(1, std::min(o.maxRows, rows) - 1);
            page.geometry = TimelineLayout::layout(subset, laneTitles, o, metrics);
        }
        for (PlacedItem &p : page.geometry.items)
            p.item = page.items[p.item]; // back to indexes into the input
    }
    return pages;
}

int TimelinePaginator::unlabelled(const QList<TimelinePage> &pages)
{
    int count = 0;
    for (const TimelinePage &page : pages)
        count += page.geometry.overflowCount;
    return count;
}

QList<TimelinePage> TimelinePaginator::paginate(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                                const LayoutOptions &options, double maxHeight,
                                                const TextMetrics &metrics)
{
    const qint64 total = std::max<qint64>(1, options.from.daysTo(options.to));
    QList<TimelinePage> best = split(items, laneTitles, options, total, maxHeight, metrics);
    if (unlabelled(best) == 0)
        return best;
    // What cannot fit even at a day a page (fifty events on one day) is tolerated; the
    // widest span per page that adds nothing to it wins. Fitting is monotone enough in
    // the span per page for a binary search.
    const qint64 floorDays = std::max<qint64>(1, total / 400);
    QList<TimelinePage> narrow = split(items, laneTitles, options, floorDays, maxHeight, metrics);
    // Two per cent more may go unlabelled (they keep their marker and their number in the
    // list) when that saves pages: otherwise one crowded day decides the whole scale.
    const int tolerated = unlabelled(narrow) + int(items.size() / 50);
    best = std::move(narrow);
    qint64 lo = floorDays, hi = total;
    while (hi - lo > 1) {
        const qint64 mid = (lo + hi) / 2;
        QList<TimelinePage> pages = split(items, laneTitles, options, mid, maxHeight, metrics);
        if (unlabelled(pages) <= tolerated) {
            lo = mid;
            best = std::move(pages);
        } else {
            hi = mid;
        }
    }
    return best;
}

} // namespace chipline::timeline
