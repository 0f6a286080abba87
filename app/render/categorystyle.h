#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace chipline::render {

// Colours and display names of event categories and lanes, shared by the view, the
// printout and SVG so that a legend means the same everywhere.
class CategoryStyle final
{
public:
    static QStringList codes(); // every category code in display order ("none" excluded)
    static QColor color(const QString &code);
    // The display name in the installed language; the code itself for unknown categories.
    static QString displayName(const QString &code);
    static QColor laneColor(int lane);
    // A TrueType Latin family, then the installed families with Hangul: for printing and SVG.
    static QStringList fontFamilies();
};

} // namespace chipline::render
