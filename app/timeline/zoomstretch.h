#pragma once

#include "timeline/timelinelayout.h"

namespace chipline::timeline {

// A frame of a zoom gesture: the last layout (made at layoutPixelsPerDay) stretched to
// pixelsPerDay without laying it out again, which for 10,000 events would lag behind the
// wheel. Every x scales (the plot starts at x 0); labels keep their offset from the marker
// and their width, never scaled text; only the items in [left, right] (plot x) are kept,
// and a label that would run into its row neighbour's is left out.
struct ZoomStretch
{
    double layoutPixelsPerDay = 1;
    double pixelsPerDay = 1;
    double plotWidth = 1; // the plot's width at pixelsPerDay
    double tickSpacing = 64;
    double left = 0; // the visible plot range, with some room for labels
    double right = 0;

    TimelineGeometry apply(const TimelineGeometry &laidOut) const;
};

} // namespace chipline::timeline
