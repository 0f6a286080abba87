#pragma once

#include "core/eventcategory.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::render {

// Colours of event categories and lanes, shared by the view, the printout and the images
// so that a legend means the same everywhere; the names are events::CategoryNames.
class CategoryStyle final
{
public:
    static QList<core::EventCategory> categories(); // every category in display order, None excluded
    static QStringList codes(); // their codes
    static QColor color(core::EventCategory category); // None takes Other's colour
    static QColor laneColor(int lane);
    // A TrueType Latin family, then hangulFamilies(): for the screen, printing and PNG.
    static QStringList fontFamilies();
    // The installed families with Hangul (and Latin), best first: for SVG, where a label
    // drawn in one family stays one text element.
    static QStringList hangulFamilies();
};

} // namespace chipline::render
