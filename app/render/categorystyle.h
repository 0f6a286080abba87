#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace chipline::render {

// Colours of event categories and lanes, shared by the view, the printout and the images
// so that a legend means the same everywhere; the names are events::CategoryNames.
class CategoryStyle final
{
public:
    static QStringList codes(); // every category code in display order ("none" excluded)
    static QColor color(const QString &code); // Other's colour for an unknown code
    static QColor laneColor(int lane);
    // A TrueType Latin family, then hangulFamilies(): for the screen, printing and PNG.
    static QStringList fontFamilies();
    // The installed families with Hangul (and Latin), best first: for SVG, where a label
    // drawn in one family stays one text element.
    static QStringList hangulFamilies();
};

} // namespace chipline::render
