#include "ingest/charsetconverter.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace chipline::ingest {

namespace {

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// Substitutes like ICU's default callback but remembers that it had to.
void substituteAndFlag(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits, int32_t length,
                       UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason <= UCNV_IRREGULAR)
        *static_cast<bool *>(const_cast<void *>(context)) = true;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

// Streams the bytes through the converter into a QString that grows only when a charset
// yields more UTF-16 units than bytes (none of the common ones do).
std::optional<QString> convert(QByteArrayView bytes, const char *name, bool strict, qsizetype *errorOffset,
                               bool *replaced)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(name, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    bool substituted = false;
    if (strict)
        ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    else
        ucnv_setToUCallBack(conv.get(), substituteAndFlag, &substituted, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    QString out(bytes.size() + 16, Qt::Uninitialized);
    const char *src = bytes.data();
    const char *const srcEnd = src + bytes.size();
    UChar *target = reinterpret_cast<UChar *>(out.data());
    for (;;) {
        status = U_ZERO_ERROR;
        UChar *const targetEnd = reinterpret_cast<UChar *>(out.data()) + out.size();
        ucnv_toUnicode(conv.get(), &target, targetEnd, &src, srcEnd, nullptr, true, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            const qsizetype used = target - reinterpret_cast<UChar *>(out.data());
            out.resize(out.size() * 2);
            target = reinterpret_cast<UChar *>(out.data()) + used;
            continue;
        }
        if (U_FAILURE(status)) {
            if (errorOffset) {
                char bad[32];
                int8_t badLength = sizeof bad;
                UErrorCode ignored = U_ZERO_ERROR;
                ucnv_getInvalidChars(conv.get(), bad, &badLength, &ignored);
                *errorOffset = (src - bytes.data()) - (U_SUCCESS(ignored) ? badLength : 0);
            }
            return std::nullopt;
        }
        break;
    }
    if (replaced)
        *replaced = substituted;
    out.truncate(target - reinterpret_cast<UChar *>(out.data()));
    return out;
}

} // namespace

QByteArray CharsetConverter::converterName(QByteArrayView label)
{
    QByteArray l = label.trimmed().toByteArray().toLower();
    if (l == "euc-kr" || l == "euckr" || l == "ks_c_5601-1987" || l == "ks_c_5601" || l == "ksc5601" || l == "korean"
        || l == "cp949" || l == "windows-949" || l == "x-windows-949" || l == "uhc" || l == "ms949"
        || l == "csksc56011987" || l == "iso-ir-149")
        return QByteArrayLiteral("windows-949");
    if (l == "iso-8859-1" || l == "latin1" || l == "latin-1" || l == "us-ascii" || l == "ascii")
        return QByteArrayLiteral("windows-1252");
    if (l == "gb2312" || l == "gbk" || l == "x-gbk")
        return QByteArrayLiteral("GB18030");
    if (l == "utf8")
        return QByteArrayLiteral("UTF-8");
    return l;
}

std::optional<QString> CharsetConverter::decodeStrict(QByteArrayView bytes, const char *converter,
                                                      qsizetype *errorOffset)
{
    return convert(bytes, converter, true, errorOffset, nullptr);
}

std::optional<QString> CharsetConverter::decodeLenient(QByteArrayView bytes, const char *converter, bool *replaced)
{
    return convert(bytes, converter, false, nullptr, replaced);
}

QByteArrayList CharsetConverter::detect(QByteArrayView bytes, int minConfidence)
{
    QByteArrayList names;
    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return names;
    const int32_t length = int32_t(qMin<qsizetype>(bytes.size(), 64 * 1024));
    ucsdet_setText(detector.get(), bytes.data(), length, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return names;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const int32_t confidence = ucsdet_getConfidence(matches[i], &s);
        const char *name = ucsdet_getName(matches[i], &s);
        if (U_SUCCESS(s) && name && confidence >= minConfidence)
            names.append(QByteArray(name));
    }
    return names;
}

} // namespace chipline::ingest
