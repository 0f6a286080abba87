#pragma once

#include "timeline/textmetrics.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>

class QPaintDevice;

namespace chipline::render {

// TextMetrics answered by a real font on a real device (screen, PDF, image). Widths are
// cached by text: shaping is the dearest part of a layout, and the view re-lays the same
// labels out at every zoom step, the paginator at every span it tries.
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
    mutable QHash<QString, double> m_widths;
};

} // namespace chipline::render
