#pragma once

#include "core/result.h"
#include "render/timelinepainter.h"
#include "render/timelinesheet.h"

#include <QByteArray>

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

    static FlatTimeline make(const TimelineSheet &sheet, double width, const QStringList &fontFamilies);
};

// The flat timeline as an image, painted by TimelinePainter as the screen and the PDF are.
// The SVG comes from QSvgGenerator: text stays text, one element per label (selectable,
// searchable), its size is the PNG's in pixels, its title and description those of the
// printout's page header. Its font is the Hangul family, which has Latin too, so that the
// file names a font that shows all of a label.
class TimelineImage final
{
public:
    static core::Status writePng(const QString &path, const TimelineSheet &sheet, double width);
    // An empty title is the printout's default one.
    static QByteArray svg(const TimelineSheet &sheet, double width, const QString &title = QString());
};

} // namespace chipline::render
