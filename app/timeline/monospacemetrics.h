#pragma once

#include "timeline/textmetrics.h"

namespace chipline::timeline {

// Every character (of any script) the same width: predictable geometry for tests and
// for headless estimates.
class MonospaceMetrics final : public TextMetrics
{
public:
    explicit MonospaceMetrics(double charWidth = 7, double lineHeight = 14)
        : m_charWidth(charWidth),
          m_lineHeight(lineHeight)
    {}

    double width(QStringView text) const override;
    QString elided(const QString &text, double width) const override;
    double lineHeight() const override { return m_lineHeight; }

private:
    double m_charWidth;
    double m_lineHeight;
};

} // namespace chipline::timeline
