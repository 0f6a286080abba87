#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// Byte-level helpers shared by SourceReader (whole files) and SourceStream (pieces).
namespace chipline::ingest::decoding {

// How much of a file's head is sniffed for binary content.
constexpr qsizetype kSniffBytes = 64 * 1024;

// Length of the well-formed sequence at p (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF), or 0 when it is malformed.
inline int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char b = p[0];
    const qsizetype left = end - p;
    auto cont = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF)
        return left >= 2 && cont(p[1]) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (left < 3 || !cont(p[1]) || !cont(p[2]))
            return 0;
        if ((b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] > 0x9F))
            return 0;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (left < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3]))
            return 0;
        if ((b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

// Well-formed UTF-8 to UTF-16 in one pass, or nothing at the first malformed sequence.
std::optional<QString> decodeWellFormedUtf8(QByteArrayView bytes);
// The same into text, whose capacity is reused; false (text undefined) when malformed.
bool decodeWellFormedUtf8(QByteArrayView bytes, QString &text);

// NUL bytes or a high share of control characters: an image, archive or database.
bool looksBinary(QByteArrayView head);
bool looksBinary(QStringView head);

// In place, one pass: "\r\n" and lone "\r" become "\n".
void unifyLineEndings(QString &text);

// Every leading BOM: files concatenated or re-saved by editors can carry several.
void removeLeadingBoms(QString &text);

// Anything but white space (U+FEFF inside counts as an invisible no-break space).
bool hasText(QStringView text);

} // namespace chipline::ingest::decoding
