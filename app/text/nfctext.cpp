#include "nfctext.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace chipline::text {

namespace {

char32_t codePointAt(QStringView s, qsizetype i)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, s[i + 1]);
    return c.unicode();
}

} // namespace

NfcText::NfcText(QStringView original)
    : m_originalSize(original.size())
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    m_text.reserve(original.size());
    m_segmentStart.reserve(original.size());
    m_segmentEnd.reserve(original.size());
    qsizetype i = 0;
    while (i < original.size()) {
        qsizetype j = i + (codePointAt(original, i) > 0xFFFF ? 2 : 1);
        while (j < original.size() && !nfc->hasBoundaryBefore(static_cast<UChar32>(codePointAt(original, j))))
            j += codePointAt(original, j) > 0xFFFF ? 2 : 1;
        const QStringView segment = original.sliced(i, j - i);
        UErrorCode err = U_ZERO_ERROR;
        const icu::UnicodeString in(false, reinterpret_cast<const UChar *>(segment.utf16()),
                                    static_cast<int32_t>(segment.size()));
        const icu::UnicodeString out = nfc->normalize(in, err);
        if (U_SUCCESS(err) && U_SUCCESS(status))
            m_text.append(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
        else
            m_text.append(segment);
        while (m_segmentStart.size() < m_text.size()) {
            m_segmentStart.append(i);
            m_segmentEnd.append(j);
        }
        i = j;
    }
}

qsizetype NfcText::toOriginalStart(qsizetype pos) const
{
    return pos < m_segmentStart.size() ? m_segmentStart[pos] : m_originalSize;
}

qsizetype NfcText::toOriginalEnd(qsizetype pos) const
{
    return pos > 0 ? m_segmentEnd[pos - 1] : 0;
}

} // namespace chipline::text
