#include "ingest/textnormalizer.h"

#include <unicode/unorm2.h>

namespace chipline::ingest {

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
    const int32_t span = unorm2_spanQuickCheckYes(nfc, src, length, &status);
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
        const int32_t written = unorm2_normalizeSecondAndAppend(nfc, dst, span, int32_t(capacity), src + span,
                                                                length - span, &status);
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

} // namespace chipline::ingest
