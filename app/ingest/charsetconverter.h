#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace chipline::ingest {

// Legacy-charset decoding through ICU converters, shared by SourceReader (whole files)
// and HtmlParser (pages that declare their charset). Strict decoding reports the byte
// offset of the first undecodable sequence so that messages can point at it.
class CharsetConverter final
{
public:
    // The ICU converter to use for a charset label as found in files and meta tags.
    // EUC-KR and its aliases map to windows-949 (CP949), a strict superset that also
    // covers the 8,822 syllables EUC-KR lacks; Latin-1 maps to windows-1252 as browsers do.
    static QByteArray converterName(QByteArrayView label);

    // Decodes all of bytes, or returns nullopt and sets *errorOffset to the first bad byte.
    static std::optional<QString> decodeStrict(QByteArrayView bytes, const char *converter,
                                               qsizetype *errorOffset = nullptr);
    // Decodes with U+FFFD for bad sequences; *replaced tells whether any were replaced.
    static std::optional<QString> decodeLenient(QByteArrayView bytes, const char *converter, bool *replaced = nullptr);

    // ICU charset detection on the first bytes: charset names, most likely first, with at
    // least the given confidence (0-100).
    static QByteArrayList detect(QByteArrayView bytes, int minConfidence = 10);
};

} // namespace chipline::ingest
