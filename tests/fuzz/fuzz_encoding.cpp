// Encoding detection and decoding (UTF-8/16, EUC-KR/CP949 through ICU, NFC, line ends).
// Either a reason naming the file, or text with no BOM, no '\r' and nothing blank.
#include "fuzzsupport.h"
#include "ingest/charsetconverter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("fuzz-input");
    const auto doc = chipline::ingest::SourceReader::decode(path, bytes);
    if (!doc) {
        chipline::fuzz::require(doc.error().message.startsWith(path), "a refusal that does not name the file");
    } else {
        chipline::fuzz::require(!doc->text.contains(u'\r'), "a carriage return left in the text");
        chipline::fuzz::require(!doc->text.startsWith(QChar::ByteOrderMark), "a BOM left in the text");
        chipline::fuzz::require(!doc->text.trimmed().isEmpty(), "blank text accepted");
        chipline::fuzz::require(!doc->encoding.isEmpty(), "no encoding named");
    }
    // The charset helpers HtmlParser uses with labels taken from pages.
    (void)chipline::ingest::CharsetConverter::detect(bytes);
    (void)chipline::ingest::CharsetConverter::decodeLenient(bytes, "windows-949");
    return 0;
}
