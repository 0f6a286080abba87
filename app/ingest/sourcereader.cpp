#include "ingest/sourcereader.h"

#include "core/hangul.h"
#include "core/textnormalizer.h"

#include "ingest/charsetconverter.h"
#include "ingest/textdecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

using namespace decoding;

core::Error fail(const QString &path, const QString &reason)
{
    return core::Error{path + u": "_s + reason};
}

// What a single pass over the bytes says about UTF-8: where the first bad sequence is,
// and how much well-formed multibyte text surrounds the bad sequences.
struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    qsizetype invalidCount = 0;
    qsizetype multibyteCount = 0;
    qsizetype multibyteBeforeFirstInvalid = 0;
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const begin = p;
    const auto *const end = p + bytes.size();
    while (p < end) {
        // ASCII runs dominate news text: test eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        if (const int n = utf8SequenceLength(p, end)) {
            ++scan.multibyteCount;
            p += n;
            continue;
        }
        if (scan.firstInvalid < 0) {
            scan.firstInvalid = p - begin;
            scan.multibyteBeforeFirstInvalid = scan.multibyteCount;
        }
        ++scan.invalidCount;
        ++p;
    }
    return scan;
}

qsizetype lineAt(QByteArrayView bytes, qsizetype offset)
{
    return bytes.first(qMin(offset, bytes.size())).count('\n') + 1;
}

// Corrupt UTF-8 (a damaged copy, a truncated download) keeps plenty of well-formed
// multibyte sequences; EUC-KR or CP949 text read as UTF-8 is malformed at nearly every
// Hangul syllable.
bool isCorruptUtf8(const Utf8Scan &scan)
{
    return scan.multibyteBeforeFirstInvalid >= 8 || scan.multibyteCount >= 4 * scan.invalidCount;
}

// Share of Hangul syllables among the non-ASCII letters: decides whether a CP949 reading
// of bytes that ICU's detector was unsure about is Korean or mojibake.
bool mostlyHangul(QStringView text)
{
    qsizetype hangul = 0, other = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80 || ch.isSpace() || ch.isPunct())
            continue;
        if (core::isHangulSyllable(c))
            ++hangul;
        else
            ++other;
    }
    return hangul > 0 && hangul * 10 >= (hangul + other) * 7;
}

// EUC-KR proper uses lead and trail bytes 0xA1-0xFE; anything else that CP949 accepted
// was one of its extension syllables.
bool usesCp949Extensions(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        if (end - p < 2)
            return false;
        if (p[0] < 0xA1 || p[1] < 0xA1)
            return true;
        p += 2;
    }
    return false;
}

core::Result<SourceDocument> finish(const QString &path, const QByteArray &bytes, QString text, const QString &encoding)
{
    removeLeadingBoms(text);
    if (looksBinary(QStringView(text).first(qMin<qsizetype>(text.size(), kSniffBytes))))
        return fail(path, SourceReader::tr("looks like a binary file, not text (control characters)"));
    if (!hasText(text))
        return fail(path, SourceReader::tr("is empty (only whitespace)"));
    unifyLineEndings(text);
    core::TextNormalizer::toNfc(text);
    return SourceDocument{path, bytes, std::move(text), encoding};
}

core::Result<SourceDocument> decodeUtf16(const QString &path, const QByteArray &bytes, bool littleEndian)
{
    const qsizetype units = (bytes.size() - 2) / 2;
    if ((bytes.size() - 2) % 2 != 0)
        return fail(path, SourceReader::tr("is not valid UTF-16: odd number of bytes"));
    QString text(units, Qt::Uninitialized);
    const auto *src = reinterpret_cast<const unsigned char *>(bytes.constData()) + 2;
    char16_t *dst = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < units; ++i, src += 2)
        dst[i] = littleEndian ? char16_t(src[0] | (src[1] << 8)) : char16_t((src[0] << 8) | src[1]);
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t c = dst[i];
        const bool high = QChar::isHighSurrogate(c);
        if (high && i + 1 < units && QChar::isLowSurrogate(dst[i + 1])) {
            ++i;
            continue;
        }
        if (high || QChar::isLowSurrogate(c))
            return fail(path, SourceReader::tr("is not valid UTF-16: unpaired surrogate at byte %1").arg(2 + 2 * i));
    }
    return finish(path, bytes, std::move(text), littleEndian ? u"UTF-16LE"_s : u"UTF-16BE"_s);
}

core::Result<SourceDocument> decodeLegacy(const QString &path, const QByteArray &bytes, const Utf8Scan &scan)
{
    const QByteArrayList detected = CharsetConverter::detect(bytes);
    auto asKorean = [&]() -> std::optional<core::Result<SourceDocument>> {
        auto text = CharsetConverter::decodeStrict(bytes, "windows-949");
        if (!text)
            return std::nullopt;
        const QString name = usesCp949Extensions(bytes) ? u"CP949"_s : u"EUC-KR"_s;
        return finish(path, bytes, std::move(*text), name);
    };
    if (!detected.isEmpty() && detected.front() == "EUC-KR") {
        if (auto doc = asKorean())
            return std::move(*doc);
    }
    // ICU's detector knows EUC-KR but not CP949's extension syllables: try the Korean
    // reading whenever it yields Hangul, before any other guess.
    if (auto text = CharsetConverter::decodeStrict(bytes, "windows-949"); text && mostlyHangul(*text)) {
        const QString name = usesCp949Extensions(bytes) ? u"CP949"_s : u"EUC-KR"_s;
        return finish(path, bytes, std::move(*text), name);
    }
    for (const QByteArray &name : detected) {
        if (name.startsWith("UTF-") || name == "EUC-KR")
            continue;
        const QByteArray converter = CharsetConverter::converterName(name);
        if (auto text = CharsetConverter::decodeStrict(bytes, converter.constData()))
            return finish(path, bytes, std::move(*text), QString::fromLatin1(name));
    }
    return fail(
        path,
        SourceReader::tr("is not valid UTF-8 (first invalid byte %1, line %2) and its encoding could not be recognised")
            .arg(scan.firstInvalid)
            .arg(lineAt(bytes, scan.firstInvalid)));
}

} // namespace

core::Result<SourceDocument> SourceReader::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return fail(path,
                    SourceReader::tr("is a broken symbolic link (it points to %1, which does not exist)")
                        .arg(info.symLinkTarget()));
    if (!info.exists())
        return fail(path, SourceReader::tr("does not exist"));
    if (info.isDir())
        return fail(path, SourceReader::tr("is a folder, not a file"));
    if (info.size() > maxBytes) {
        return fail(path,
                    SourceReader::tr("is %1 MB, larger than the limit of %2 MB")
                        .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(double(maxBytes) / (1024.0 * 1024.0), 0, 'f', 1));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable())
            return fail(path, SourceReader::tr("cannot be read: permission denied"));
        return fail(path, SourceReader::tr("cannot be read: %1").arg(file.errorString()));
    }
    // Read one byte past the limit: a file that grew since stat() is still refused.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(path, SourceReader::tr("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > maxBytes) {
        return fail(
            path,
            SourceReader::tr("is larger than the limit of %1 MB").arg(double(maxBytes) / (1024.0 * 1024.0), 0, 'f', 1));
    }
    return decode(path, bytes);
}

core::Result<SourceDocument> SourceReader::decode(const QString &path, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return fail(path, SourceReader::tr("is empty (0 bytes)"));
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (bytes.size() >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return decodeUtf16(path, bytes, true);
    if (bytes.size() >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return decodeUtf16(path, bytes, false);
    const bool utf8Bom = bytes.size() >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    if (looksBinary(QByteArrayView(bytes).first(qMin(bytes.size(), kSniffBytes))))
        return fail(path,
                    SourceReader::tr("looks like a binary file, not text (NUL or control bytes in the first 64 KB)"));

    const QByteArrayView body = QByteArrayView(bytes).sliced(utf8Bom ? 3 : 0);
    // The common case in one pass that validates while it converts. Only text it rejects
    // goes through Qt's decoder and is scanned again, to tell corrupt UTF-8 from a legacy
    // Korean encoding.
    if (auto text = decodeWellFormedUtf8(body))
        return finish(path, bytes, std::move(*text), u"UTF-8"_s);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return finish(path, bytes, std::move(text), u"UTF-8"_s);
    text.clear();
    const Utf8Scan scan = scanUtf8(body);
    if (scan.firstInvalid < 0) // Qt and RFC 3629 disagree on some edge; trust the strict scan
        return finish(path, bytes, QString::fromUtf8(body), u"UTF-8"_s);
    const qsizetype offset = scan.firstInvalid + (utf8Bom ? 3 : 0);
    if (utf8Bom || isCorruptUtf8(scan)) {
        return fail(path,
                    SourceReader::tr("invalid UTF-8 at byte %1 (line %2)").arg(offset).arg(lineAt(bytes, offset)));
    }
    return decodeLegacy(path, bytes,
                        Utf8Scan{offset, scan.invalidCount, scan.multibyteCount, scan.multibyteBeforeFirstInvalid});
}

} // namespace chipline::ingest
