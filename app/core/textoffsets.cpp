#include "core/textoffsets.h"

#include <algorithm>

namespace chipline::core {

TextOffsets::TextOffsets(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_surrogateAt.append(i);
            ++i;
        }
    }
    m_codePoints = n - m_surrogateAt.size();
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16) const
{
    // Every surrogate pair that starts before utf16 counts one code point less.
    const auto it = std::lower_bound(m_surrogateAt.cbegin(), m_surrogateAt.cend(), utf16);
    return utf16 - (it - m_surrogateAt.cbegin());
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    // The k-th pair shifts every later code point by k+1 units.
    qsizetype lo = 0, hi = m_surrogateAt.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_surrogateAt[mid] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

} // namespace chipline::core
