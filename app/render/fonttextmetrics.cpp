#include "render/fonttextmetrics.h"

namespace chipline::render {

FontTextMetrics::FontTextMetrics(const QFont &font, QPaintDevice *device)
    : m_metrics(device ? QFontMetricsF(font, device) : QFontMetricsF(font)),
      m_minimum(m_metrics.horizontalAdvance(QStringLiteral("x…")))
{}

double FontTextMetrics::width(QStringView text) const
{
    const QString key = text.toString();
    const auto hit = m_widths.constFind(key);
    if (hit != m_widths.constEnd())
        return hit.value();
    const double w = m_metrics.horizontalAdvance(key);
    if (m_widths.size() > 200000)
        m_widths.clear(); // a bound, not an eviction policy: labels repeat, free text does not
    m_widths.insert(key, w);
    return w;
}

QString FontTextMetrics::elided(const QString &text, double width) const
{
    if (width < m_minimum)
        return {};
    const QString out = m_metrics.elidedText(text, Qt::ElideRight, width);
    return out == QStringLiteral("…") ? QString() : out;
}

} // namespace chipline::render
