#pragma once

#include "timeline/timelineitem.h"
#include "timeline/timescale.h"

#include <QList>
#include <QRectF>
#include <QStringList>

namespace chipline::timeline {

class TextMetrics;

struct LayoutOptions
{
    QDate from; // the plotted days, [from, to)
    QDate to;
    double left = 0; // the plot area; lane titles go left of it
    double width = 800;
    double top = 0;
    double axisHeight = 28;
    double laneGap = 4;
    double lanePadding = 3;
    int maxRows = 6; // label rows per lane before events drop to the lane's strip
    double markerRadius = 5;
    double gap = 6; // the least space between neighbours in a row
    double minLabelWidth = 36;
    double maxLabelWidth = 300;
    double stripHeight = 9; // the rug of events with no room for a label
    double tickSpacing = 70;
};

struct PlacedItem
{
    int item = -1; // index into the input
    int lane = 0;
    int row = -1; // -1: in the lane's strip, unlabelled
    QPointF marker;
    QRectF bar; // month/year spans: the days covered, clipped to the plot; else empty
    QRectF label; // empty when unlabelled
    QString text; // the label as drawn: whole or elided
    bool clippedLeft = false; // the span begins before the plotted range
    bool clippedRight = false; // and ends after it
};

struct LaneBox
{
    QString title;
    QRectF rect; // the whole band, plot width
    int rows = 0;
    QRectF strip; // empty when no event overflowed
};

struct TimelineGeometry
{
    TimeScale scale;
    QRectF plot; // axis and lanes, without the title column
    QRectF axis;
    QList<Tick> ticks;
    QList<LaneBox> lanes;
    QList<PlacedItem> items; // the events that fall in [from, to), by lane, then by marker x
    double height = 0;
    int overflowCount = 0;
};

// The pure geometry of a timeline: given events, lanes, the plotted range and width,
// where every marker, span and label goes. Labels never overlap: each lane stacks them in
// rows, elides a label that a later neighbour needs room for, and drops an event to the
// lane's strip (marker only) when neither helps. Used by the view, the printer and SVG.
class TimelineLayout final
{
public:
    static TimelineGeometry layout(const QList<TimelineItem> &items, const QStringList &laneTitles,
                                   const LayoutOptions &options, const TextMetrics &metrics);
    // How tall a layout would be, cheaply enough to try several maxRows.
    static double rowHeight(const LayoutOptions &options, const TextMetrics &metrics);
};

} // namespace chipline::timeline
