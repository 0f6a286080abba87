#pragma once

#include "timeline/timelinepaginator.h"

namespace chipline::render {

// The paginator gives every page the same time span, so that the axis runs on at one
// scale; a selection with a few events in its early years then prints whole pages that
// hold one event each. This joins neighbouring pages while the joined page still shows
// every label it showed before (nothing more unlabelled or cut short) within the height,
// and drops pages with no event at all: dense pages keep their scale, sparse years share.
class SparsePages final
{
public:
    static QList<timeline::TimelinePage> merge(const QList<timeline::TimelinePage> &pages,
                                               const QList<timeline::TimelineItem> &items,
                                               const QStringList &laneTitles, const timeline::LayoutOptions &options,
                                               double maxHeight, const timeline::TextMetrics &metrics);
};

} // namespace chipline::render
