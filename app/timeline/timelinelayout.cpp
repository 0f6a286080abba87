#include "timeline/timelinelayout.h"

#include "timeline/textmetrics.h"

#include <algorithm>
#include <limits>

namespace chipline::timeline {

namespace {

struct Slot
{
    double end = -std::numeric_limits<double>::infinity(); // right edge of what the row holds
    int last = -1; // index into the placed list
    double solid = 0; // its marker and span, which cannot shrink
};

struct Pending
{
    int item;
    double mx; // marker x
    double barLeft; // span left (clipped), or marker x
    double barRight;
    bool span;
    bool clippedLeft;
    bool clippedRight;
};

} // namespace

double TimelineLayout::rowHeight(const LayoutOptions &options, const TextMetrics &metrics)
{
    return std::max(metrics.lineHeight(), 2 * options.markerRadius) + 4;
}

TimelineGeometry TimelineLayout::layout(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                        const LayoutOptions &options, const TextMetrics &metrics)
{
    TimelineGeometry g;
    const int laneCount = int(std::max<qsizetype>(1, laneTitles.size()));
    g.scale = TimeScale::fit(options.from, options.to, options.left, options.width);
    g.plot = QRectF(options.left, options.top, options.width, 0);
    g.axis = QRectF(options.left, options.top, options.width, options.axisHeight);
    g.ticks = g.scale.ticks(options.from, options.to, options.tickSpacing);
    const double plotLeft = options.left;
    const double plotRight = options.left + options.width;
    const double r = options.markerRadius;
    const double rowH = rowHeight(options, metrics);
    const double lineH = metrics.lineHeight();

    // Bucket the visible events by lane, in marker order.
    QList<QList<Pending>> byLane(laneCount);
    for (int i = 0; i < items.size(); ++i) {
        const TimelineItem &it = items[i];
        const DaySpan days = daySpan(it.date);
        if (!days.first.isValid() || days.end <= options.from || days.first >= options.to)
            continue;
        Pending p;
        p.item = i;
        p.span = days.isSpan();
        p.clippedLeft = days.first < options.from;
        p.clippedRight = days.end > options.to;
        p.barLeft = std::max(plotLeft, g.scale.x(days.first));
        p.barRight = std::min(plotRight, g.scale.x(days.end));
        p.mx = p.span ? p.barLeft : (p.barLeft + p.barRight) / 2;
        p.mx = std::clamp(p.mx, plotLeft, plotRight);
        byLane[std::clamp(it.lane, 0, laneCount - 1)].append(p);
    }

    double y = options.top + options.axisHeight;
    g.lanes.reserve(laneCount);
    qsizetype placedCount = 0;
    for (const QList<Pending> &lane : std::as_const(byLane))
        placedCount += lane.size();
    g.items.reserve(placedCount);
    for (int lane = 0; lane < laneCount; ++lane) {
        QList<Pending> &pending = byLane[lane];
        std::stable_sort(pending.begin(), pending.end(),
                         [](const Pending &a, const Pending &b) { return a.mx < b.mx; });
        QList<Slot> rows(std::max(1, options.maxRows));
        const qsizetype firstPlaced = g.items.size();
        int rowsUsed = 1;
        bool strip = false;
        for (const Pending &p : pending) {
            PlacedItem placed;
            placed.item = p.item;
            placed.lane = lane;
            placed.clippedLeft = p.clippedLeft;
            placed.clippedRight = p.clippedRight;
            const double full = std::min(options.maxLabelWidth, metrics.width(items[p.item].label));
            // The label goes right of the marker, or left of it when the plot edge is near.
            double labelLeft = p.mx + r + 3;
            double labelWidth = std::min(full, plotRight - labelLeft);
            if (labelWidth < std::min(full, options.minLabelWidth)) {
                const double right = p.mx - r - 3;
                labelWidth = std::min(full, right - plotLeft);
                labelLeft = right - labelWidth;
            }
            if (labelWidth < std::min(full, options.minLabelWidth))
                labelWidth = 0;
            const double extentLeft = std::min(p.mx - r, labelWidth > 0 ? labelLeft : p.mx - r);
            const double extentRight = std::max({p.mx + r, p.barRight, labelLeft + labelWidth});

            int row = -1;
            for (int k = 0; k < rows.size(); ++k) {
                if (rows[k].end + options.gap <= extentLeft) {
                    row = k;
                    break;
                }
            }
            if (row < 0) {
                // Make room by eliding the label of the row's last event, if it keeps enough.
                double best = 0;
                for (int k = 0; k < rows.size(); ++k) {
                    const PlacedItem &prev = g.items[rows[k].last];
                    if (prev.label.isEmpty() || prev.label.left() < prev.marker.x()
                        || rows[k].solid + options.gap > extentLeft)
                        continue;
                    const double keep = extentLeft - options.gap - prev.label.left();
                    if (keep >= options.minLabelWidth && keep > best) {
                        best = keep;
                        row = k;
                    }
                }
                if (row >= 0) {
                    PlacedItem &prev = g.items[rows[row].last];
                    prev.label.setWidth(best);
                }
            }
            if (row < 0) {
                strip = true;
                placed.row = -1;
                placed.marker = QPointF(p.mx, 0);
                g.items.append(placed);
                ++g.overflowCount;
                continue;
            }
            placed.row = row;
            placed.marker = QPointF(p.mx, 0);
            if (p.span)
                placed.bar = QRectF(p.barLeft, 0, std::max(1.0, p.barRight - p.barLeft), 0);
            if (labelWidth > 0)
                placed.label = QRectF(labelLeft, 0, labelWidth, lineH);
            rows[row].end = extentRight;
            rows[row].last = int(g.items.size());
            rows[row].solid = std::max(p.mx + r, p.barRight);
            rowsUsed = std::max(rowsUsed, row + 1);
            g.items.append(placed);
        }

        // Vertical placement now that the lane's height is known.
        const double laneTop = y;
        const double rowsTop = laneTop + options.lanePadding;
        const double stripTop = rowsTop + rowsUsed * rowH;
        for (qsizetype k = firstPlaced; k < g.items.size(); ++k) {
            PlacedItem &p = g.items[k];
            const double cy = p.row < 0 ? stripTop + options.stripHeight / 2 : rowsTop + p.row * rowH + rowH / 2;
            p.marker.setY(cy);
            if (p.bar.width() > 0) {
                const double barH = 2 * r;
                p.bar = QRectF(p.bar.left(), cy - barH / 2, p.bar.width(), barH);
            }
            if (p.label.width() > 0) {
                p.label.moveTop(cy - lineH / 2);
                const QString &text = items[p.item].label;
                p.text = metrics.width(text) <= p.label.width() + 0.01 ? text : metrics.elided(text, p.label.width());
                if (p.text.isEmpty())
                    p.label = QRectF();
            }
        }
        const double height = 2 * options.lanePadding + rowsUsed * rowH + (strip ? options.stripHeight : 0);
        LaneBox box;
        box.title = laneTitles.value(lane);
        box.rect = QRectF(plotLeft, laneTop, options.width, height);
        box.rows = rowsUsed;
        if (strip)
            box.strip = QRectF(plotLeft, stripTop, options.width, options.stripHeight);
        g.lanes.append(box);
        y += height + options.laneGap;
    }
    g.height = y - options.top;
    g.plot.setHeight(g.height);
    return g;
}

} // namespace chipline::timeline
