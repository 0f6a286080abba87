#include "print/fonttextmetrics.h"

namespace chipline::print {

FontTextMetrics::FontTextMetrics(const QFont &font, QPaintDevice *device)
    : m_metrics(device ? QFontMetricsF(font, device) : QFontMetricsF(font))
    , m_minimum(m_metrics.horizontalAdvance(QStringLiteral("x…")))
{
}

double FontTextMetrics::width(QStringView text) const
{
    return m_metrics.horizontalAdvance(text.toString());
}

QString FontTextMetrics::elided(const QString &text, double width) const
{
    if (width < m_minimum)
        return {};
    const QString out = m_metrics.elidedText(text, Qt::ElideRight, width);
    return out == QStringLiteral("…") ? QString() : out;
}

} // namespace chipline::print
