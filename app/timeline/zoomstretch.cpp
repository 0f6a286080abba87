#include "timeline/zoomstretch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace chipline::timeline {

TimelineGeometry ZoomStretch::apply(const TimelineGeometry &laidOut) const
{
    const double k = pixelsPerDay / layoutPixelsPerDay;
    TimelineGeometry g = laidOut;
    g.scale = TimeScale(g.scale.first(), 0, pixelsPerDay);
    const QDate to = g.scale.first().addDays(qint64(std::llround(plotWidth / pixelsPerDay)));
    g.ticks = g.scale.ticks(g.scale.first(), to, tickSpacing);
    g.plot.setWidth(plotWidth);
    g.axis.setWidth(plotWidth);
    for (LaneBox &lane : g.lanes) {
        lane.rect.setWidth(plotWidth);
        if (!lane.strip.isEmpty())
            lane.strip.setWidth(plotWidth);
    }
    // Items come by lane, then by x: a label that would now run into its row neighbour's
    // is left out, so labels do not pile up while zooming out.
    constexpr int kRowSlots = 16;
    QList<double> rowEnd(g.lanes.size() * kRowSlots, -std::numeric_limits<double>::infinity());
    g.items.clear();
    for (const PlacedItem &placed : laidOut.items) {
        const double x = placed.marker.x() * k;
        const double barRight = placed.bar.isEmpty() ? x : placed.bar.right() * k;
        if (barRight < left || x > right)
            continue;
        PlacedItem &p = g.items.emplace_back(placed);
        if (!p.label.isEmpty()) {
            p.label.moveLeft(x + (p.label.left() - p.marker.x()));
            const qsizetype slot = qsizetype(p.lane) * kRowSlots + std::clamp(p.row, 0, kRowSlots - 1);
            if (p.row >= 0 && slot < rowEnd.size()) {
                if (p.label.left() < rowEnd[slot] + 4) {
                    p.label = QRectF();
                    p.text.clear();
                } else {
                    rowEnd[slot] = p.label.right();
                }
            }
        }
        if (!p.bar.isEmpty())
            p.bar = QRectF(p.bar.left() * k, p.bar.top(), std::max(1.0, p.bar.width() * k), p.bar.height());
        p.marker.setX(x);
    }
    return g;
}

} // namespace chipline::timeline
