#include "render/sparsepages.h"

namespace chipline::render {

namespace {

using timeline::TimelinePage;

// Labels left out or cut short on a page: what joining must not make worse.
int lostLabels(const TimelinePage &page, const QList<timeline::TimelineItem> &items)
{
    int lost = page.geometry.overflowCount;
    for (const timeline::PlacedItem &p : page.geometry.items) {
        if (p.row < 0 || p.text != items.at(p.item).label)
            ++lost;
    }
    return lost;
}

} // namespace

QList<TimelinePage> SparsePages::merge(const QList<TimelinePage> &pages, const QList<timeline::TimelineItem> &items,
                                       const QStringList &laneTitles, const timeline::LayoutOptions &options,
                                       double maxHeight, const timeline::TextMetrics &metrics)
{
    const auto laidOut = [&](QDate from, QDate to, const QList<int> &indexes) {
        TimelinePage page;
        page.from = from;
        page.to = to;
        page.items = indexes;
        QList<timeline::TimelineItem> subset;
        for (int i : indexes)
            subset.append(items[i]);
        timeline::LayoutOptions o = options;
        o.from = from;
        o.to = to;
        page.geometry = timeline::TimelineLayout::layout(subset, laneTitles, o, metrics);
        for (timeline::PlacedItem &p : page.geometry.items)
            p.item = indexes[p.item];
        return page;
    };

    QList<TimelinePage> out;
    int lostSoFar = 0; // by the last page of out, as the paginator laid it out
    for (const TimelinePage &page : pages) {
        if (page.items.isEmpty() && pages.size() > 1)
            continue;
        if (!out.isEmpty()) {
            TimelinePage joined = laidOut(out.last().from, page.to, out.last().items + page.items);
            const int lost = lostSoFar + lostLabels(page, items);
            if (joined.geometry.height <= maxHeight && lostLabels(joined, items) <= lost) {
                out.last() = std::move(joined);
                lostSoFar = lost;
                continue;
            }
        }
        out.append(page);
        lostSoFar = lostLabels(page, items);
    }
    return out;
}

} // namespace chipline::render
