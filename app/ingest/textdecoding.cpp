#include "ingest/textdecoding.h"

#include <algorithm>
#include <cstring>

namespace chipline::ingest::decoding {

// Well-formed UTF-8 straight to UTF-16 in one pass, or nothing at the first malformed
// sequence. Qt's decoder takes a slow path for every multibyte character, which made it
// a tenth of tagging Korean text.
std::optional<QString> decodeWellFormedUtf8(QByteArrayView bytes)
{
    QString text;
    if (!decodeWellFormedUtf8(bytes, text))
        return std::nullopt;
    return text;
}

bool decodeWellFormedUtf8(QByteArrayView bytes, QString &text)
{
    text.resize(bytes.size()); // never more units than bytes; keeps a reused buffer's capacity
    auto *const begin = reinterpret_cast<char16_t *>(text.data());
    char16_t *dst = begin;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            // An ASCII run, eight bytes at a time.
            while (end - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                for (int k = 0; k < 8; ++k)
                    dst[k] = p[k];
                dst += 8;
                p += 8;
            }
            while (p < end && *p < 0x80)
                *dst++ = *p++;
            continue;
        }
        // Hangul and most CJK: a run of three-byte sequences, checked inline. E0 and ED
        // leads need a range check on the second byte (overlongs, surrogates).
        if (b >= 0xE1 && b <= 0xEF) {
            const auto *const runStart = p;
            while (end - p >= 3 && p[0] >= 0xE1 && p[0] <= 0xEF && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
                   && (p[0] != 0xED || p[1] < 0xA0)) {
                *dst++ = char16_t(((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
                p += 3;
            }
            if (p != runStart)
                continue;
        }
        switch (utf8SequenceLength(p, end)) {
        case 2:
            *dst++ = char16_t(((b & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
            break;
        case 3:
            *dst++ = char16_t(((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            p += 3;
            break;
        case 4: {
            const char32_t c = (char32_t(b & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6)
                | char32_t(p[3] & 0x3F);
            *dst++ = QChar::highSurrogate(c);
            *dst++ = QChar::lowSurrogate(c);
            p += 4;
            break;
        }
        default:
            return false;
        }
    }
    text.truncate(dst - begin);
    return true;
}

bool looksBinary(QByteArrayView head)
{
    if (head.contains('\0'))
        return true;
    qsizetype controls = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    return controls * 10 > head.size();
}

bool looksBinary(QStringView head)
{
    qsizetype controls = 0;
    for (const QChar ch : head) {
        const char16_t c = ch.unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v')
            ++controls;
    }
    return controls * 10 > head.size();
}

void unifyLineEndings(QString &text)
{
    const qsizetype firstCr = text.indexOf(u'\r');
    if (firstCr < 0)
        return;
    QChar *data = text.data();
    const qsizetype n = text.size();
    qsizetype out = firstCr;
    for (qsizetype i = firstCr; i < n; ++i) {
        if (data[i] == u'\r') {
            data[out++] = u'\n';
            if (i + 1 < n && data[i + 1] == u'\n')
                ++i;
        } else {
            data[out++] = data[i];
        }
    }
    text.truncate(out);
}

void removeLeadingBoms(QString &text)
{
    qsizetype boms = 0;
    while (boms < text.size() && text.at(boms) == QChar::ByteOrderMark)
        ++boms;
    text.remove(0, boms);
}

bool hasText(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar ch) { return !ch.isSpace() && ch != QChar::ByteOrderMark; });
}

} // namespace chipline::ingest::decoding
