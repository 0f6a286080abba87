#pragma once

#include "timeline/timelinelayout.h"

#include <QFont>
#include <QSet>

class QPainter;

namespace chipline::render {

struct PaintStyle
{
    QFont font; // labels
    QFont smallFont; // axis, corroboration counts
    QFont titleFont; // lane titles
    bool showCorroboration = true;
    QSet<qint64> selected; // event ids drawn highlighted
    double visibleLeft = -1e12; // x range worth drawing: the rest is culled
    double visibleRight = 1e12;
};

// Paints a TimelineGeometry with QPainter: the one drawing code for screen, PDF and PNG.
// The title column left of geometry.plot is painted separately, so the view can keep it
// fixed while the plot pans under it.
class TimelinePainter final
{
public:
    static void paintBackground(QPainter &p, const timeline::TimelineGeometry &g, double left, double right);
    static void paintAxis(QPainter &p, const timeline::TimelineGeometry &g, const PaintStyle &style);
    static void paintItems(QPainter &p, const timeline::TimelineGeometry &g, const QList<timeline::TimelineItem> &items,
                           const PaintStyle &style);
    static void paintLaneTitles(QPainter &p, const timeline::TimelineGeometry &g, double left, double width,
                                const PaintStyle &style);
    // All of the above, the title column at [0, plot.left).
    static void paintAll(QPainter &p, const timeline::TimelineGeometry &g, const QList<timeline::TimelineItem> &items,
                         const PaintStyle &style);
};

} // namespace chipline::render
