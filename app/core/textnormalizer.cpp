#include "core/textnormalizer.h"

#include "core/hangul.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chipline::core {

namespace {

// Units that are NFC in any context and never combine with what precedes them (NFC quick
// check yes, combining class 0), so a boundary lies before each: below U+0300, precomposed
// Hangul, Han, and the punctuation news is full of (quotes, dashes, bullets). One bit
// each, from ICU's properties once; surrogates are never plain.
class PlainUnits final
{
public:
    PlainUnits()
    {
        for (std::uint32_t u = 0; u < 0x10000; ++u) {
            const bool plain = u < 0x300 || isHangulSyllable(char16_t(u)) || (u >= 0x4E00 && u <= 0x9FFF)
                || (!(u >= 0xD800 && u <= 0xDFFF) && u_getCombiningClass(UChar32(u)) == 0
                    && u_getIntPropertyValue(UChar32(u), UCHAR_NFC_QUICK_CHECK) == UNORM_YES);
            m_bits[u >> 6] |= std::uint64_t(plain) << (u & 63);
        }
    }

    bool operator()(UChar u) const { return (m_bits[u >> 6] >> (u & 63)) & 1; }

private:
    std::array<std::uint64_t, 0x10000 / 64> m_bits{};
};

const PlainUnits &plainUnits()
{
    static const PlainUnits plain;
    return plain;
}

// The first unit at or after from that is not plain; length when all are. Eight units at a
// time while they are all below U+0300 or precomposed Hangul (Korean news nearly always),
// the table for the rest.
int32_t plainEnd(const PlainUnits &plain, const UChar *src, int32_t from, int32_t length)
{
    while (from < length) {
#if defined(__SSE2__)
        // Unsigned compares as signed ones, both sides offset by 0x8000.
        const __m128i bias = _mm_set1_epi16(std::int16_t(0x8000));
        const __m128i latinEnd = _mm_set1_epi16(std::int16_t(0x300 ^ 0x8000));
        const __m128i hangulFirst = _mm_set1_epi16(std::int16_t(kHangulFirst));
        const __m128i hangulCount = _mm_set1_epi16(std::int16_t(kHangulSyllables ^ 0x8000));
        while (length - from >= 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + from));
            const __m128i latin = _mm_cmplt_epi16(_mm_xor_si128(v, bias), latinEnd);
            const __m128i hangul = _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(v, hangulFirst), bias), hangulCount);
            if (_mm_movemask_epi8(_mm_or_si128(latin, hangul)) != 0xFFFF)
                break;
            from += 8;
        }
#endif
        const int32_t stop = std::min(length, from + 8);
        while (from < stop && plain(src[from]))
            ++from;
        if (from < stop)
            return from;
    }
    return length;
}

// Length of the prefix that is NFC already. ICU's quick check only looks at the runs of
// other units: Korean and English news is nearly all plain units, which cost one compare.
// The end may fall before a combining mark; normalizeSecondAndAppend merges across it.
int32_t nfcSpan(const UNormalizer2 *nfc, const UChar *src, int32_t length, UErrorCode *status)
{
    const PlainUnits &plainNfc = plainUnits();
    int32_t span = 0;
    while (span < length) {
        span = plainEnd(plainNfc, src, span, length);
        int32_t stop = span;
        while (stop < length && !plainNfc(src[stop]))
            ++stop;
        if (stop == span)
            break;
        const int32_t yes = unorm2_spanQuickCheckYes(nfc, src + span, stop - span, status);
        if (U_FAILURE(*status) || yes < stop - span)
            return span + yes;
        span = stop;
    }
    return span;
}

} // namespace

bool TextNormalizer::isNfc(QStringView text)
{
    // Below U+0300, Hangul syllables and the main Han block every unit is NFC_QC=Yes with
    // combining class 0, so text of them alone is NFC: most names and lines, without ICU.
    if (std::all_of(text.begin(), text.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return u < 0x300 || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x4E00 && u <= 0x9FFF);
        }))
        return true;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        return true; // nothing would normalize it either
    const auto *src = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    // The quick span stops short at marks that may combine; ICU's full check settles those.
    if (nfcSpan(nfc, src, length, &status) == length && U_SUCCESS(status))
        return true;
    status = U_ZERO_ERROR;
    const UBool normalized = unorm2_isNormalized(nfc, src, length, &status);
    return U_FAILURE(status) || normalized;
}

void TextNormalizer::toNfc(QString &text)
{
    if (text.isEmpty())
        return;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        return;
    const auto *src = reinterpret_cast<const UChar *>(text.constData());
    const auto length = int32_t(text.size());
    const int32_t span = nfcSpan(nfc, src, length, &status);
    if (U_FAILURE(status) || span == length)
        return;
    // The prefix is NFC already; normalize the rest onto it. NFC rarely grows text, so
    // the first attempt almost always fits.
    QString out;
    qsizetype capacity = text.size() + 16;
    for (int attempt = 0; attempt < 2; ++attempt) {
        out = QString(capacity, Qt::Uninitialized);
        auto *dst = reinterpret_cast<UChar *>(out.data());
        std::copy(src, src + span, dst);
        status = U_ZERO_ERROR;
        const int32_t written =
            unorm2_normalizeSecondAndAppend(nfc, dst, span, int32_t(capacity), src + span, length - span, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            capacity = written + 16;
            continue;
        }
        if (U_FAILURE(status))
            return;
        out.truncate(written);
        text = std::move(out);
        return;
    }
}

} // namespace chipline::core
