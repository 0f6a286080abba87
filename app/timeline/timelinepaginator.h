#pragma once

#include "timeline/timelinelayout.h"

#include <QList>

namespace chipline::timeline {

class TextMetrics;

struct TimelinePage
{
    QDate from; // [from, to); the next page starts at to
    QDate to;
    QList<int> items; // indexes into the input whose first day falls on this page
    TimelineGeometry geometry;
};

// Splits a time range across pages of equal time span, so that the axis continues from
// page to page at one scale: the widest span per page at which every label fits in
// its lane and every page's lanes fit its height. At most 400 pages, and no more than the
// label density allows (a fifth of the label room on every page filled): beyond that the
// extra events go unlabelled, keeping their marker and their number in the printed list,
// rather than spreading a crowded selection over hundreds of pages.
class TimelinePaginator final
{
public:
    // options.width and options.left describe one page's plot; from/to the whole range.
    static QList<TimelinePage> paginate(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                        const LayoutOptions &options, double maxHeight, const TextMetrics &metrics);

private:
    static QList<TimelinePage> split(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                     const LayoutOptions &options, qint64 daysPerPage, double maxHeight,
                                     const TextMetrics &metrics);
    // The shortest span per page worth trying: enough pages for the labels, not more.
    static qint64 leastDaysPerPage(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                   const LayoutOptions &options, double maxHeight, const TextMetrics &metrics);
    static int unlabelled(const QList<TimelinePage> &pages);
};

} // namespace chipline::timeline
