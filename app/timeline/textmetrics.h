#pragma once

#include <QString>
#include <QStringView>

namespace chipline::timeline {

// How wide text is: the layout engine asks, the screen and printer answer with their fonts
// (render::FontTextMetrics), tests with MonospaceMetrics. Keeps the geometry free of QtGui.
class TextMetrics
{
public:
    virtual ~TextMetrics() = default;
    virtual double width(QStringView text) const = 0;
    // text shortened with an ellipsis to at most width; empty when not even "x…" fits.
    virtual QString elided(const QString &text, double width) const = 0;
    virtual double lineHeight() const = 0;
};

} // namespace chipline::timeline
