#pragma once

#include "core/result.h"
#include "render/timelinepainter.h"
#include "render/timelineselection.h"

namespace chipline::render {

// The whole selection on one long page, for SVG and PNG: one scale, every lane, labelled in
// the installed language.
struct FlatTimeline
{
    timeline::TimelineGeometry geometry;
    QList<timeline::TimelineItem> items;
    PaintStyle style;
    double width = 0;
    double height = 0;

    static FlatTimeline make(const TimelineSelection &selection, double width);
};

class TimelineImage final
{
public:
    static core::Status writePng(const QString &path, const TimelineSelection &selection, double width);
    // SVG written directly (text stays text, fonts by family name) from the same geometry.
    static QByteArray svg(const TimelineSelection &selection, double width);
};

} // namespace chipline::render
