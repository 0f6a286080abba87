#include "timeline/timelinepaginator.h"

#include "timeline/textmetrics.h"

#include <algorithm>
#include <cmath>

namespace chipline::timeline {

namespace {

constexpr double kFill = 0.2;

} // namespace

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

qint64 TimelinePaginator::leastDaysPerPage(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                           const LayoutOptions &options, double maxHeight, const TextMetrics &metrics)
{
    const qint64 total = std::max<qint64>(1, options.from.daysTo(options.to));
    int count = 0;
    double labels = 0;
    for (const TimelineItem &it : items) {
        const DaySpan days = daySpan(it.date);
        if (!days.first.isValid() || days.end <= options.from || days.first >= options.to)
            continue;
        ++count;
        labels += std::min(options.maxLabelWidth, metrics.width(it.label));
    }
    if (count == 0)
        return total;
    // A label's footprint in its row: marker, label and the gap to the next.
    const double footprint = labels / count + 2 * options.markerRadius + 3 + options.gap;
    const int laneCount = int(std::max<qsizetype>(1, laneTitles.size()));
    const double fixed =
        options.axisHeight + laneCount * (2 * options.lanePadding + options.stripHeight + options.laneGap);
    const double rowH = TimelineLayout::rowHeight(options, metrics);
    const int rows = std::clamp(int((maxHeight - fixed) / rowH / laneCount), 1, std::max(1, options.maxRows));
    const double perRow = std::max(1.0, options.width / footprint);
    // Events never spread evenly over lanes and time: count on filling a fifth of the room.
    const double perPage = std::max(1.0, laneCount * rows * perRow * kFill);
    const qint64 pages = std::max<qint64>(1, qint64(std::ceil(count / perPage)));
    return std::max<qint64>(1, (total + pages - 1) / pages);
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
    // The widest span per page within the tolerance wins. Fitting is monotone enough in the
    // span per page for a binary search.
    const qint64 floorDays = std::max<qint64>(1, total / 400);
    // Two per cent more than what cannot fit even at the finest split (fifty events on one
    // day) may go unlabelled (they keep their marker and their number in the list) when
    // that saves pages: otherwise one crowded day decides the whole scale.
    const int tolerated =
        unlabelled(split(items, laneTitles, options, floorDays, maxHeight, metrics)) + int(items.size() / 50);
    // Never more pages than the labels need: a crowded selection past that goes unlabelled.
    const qint64 least = std::max(floorDays, leastDaysPerPage(items, laneTitles, options, maxHeight, metrics));
    if (least >= total)
        return best;
    best = split(items, laneTitles, options, least, maxHeight, metrics);
    qint64 lo = least, hi = total;
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
