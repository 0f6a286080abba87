#include "timeline/monospacemetrics.h"

#include <cmath>

namespace chipline::timeline {

double MonospaceMetrics::width(QStringView text) const
{
    return double(text.size()) * m_charWidth;
}

QString MonospaceMetrics::elided(const QString &text, double width) const
{
    if (this->width(text) <= width)
        return text;
    const qsizetype keep = qsizetype(std::floor(width / m_charWidth)) - 1;
    if (keep < 1)
        return {};
    return text.left(keep) + u'…';
}

} // namespace chipline::timeline
