#pragma once

#include "timeline/textmetrics.h"

#include <QFont>
#include <QFontMetricsF>

class QPaintDevice;

namespace chipline::print {

// TextMetrics answered by a real font on a real device (screen, PDF, image).
class FontTextMetrics final : public timeline::TextMetrics
{
public:
    explicit FontTextMetrics(const QFont &font, QPaintDevice *device = nullptr);

    double width(QStringView text) const override;
    QString elided(const QString &text, double width) const override;
    double lineHeight() const override { return m_metrics.height(); }
    const QFontMetricsF &metrics() const { return m_metrics; }

private:
    QFontMetricsF m_metrics;
    double m_minimum;
};

} // namespace chipline::print
