#pragma once

#include <QString>

namespace chipline::ingest {

// NFC through ICU. QString::normalized is quadratic on long decomposed Hangul (a 60 MB
// NFD file from macOS takes minutes); ICU is linear, and a quick check skips text that
// is already NFC, which is nearly all of it.
class TextNormalizer final
{
public:
    static void toNfc(QString &text);
    static QString nfc(QString text)
    {
        toNfc(text);
        return text;
    }
};

} // namespace chipline::ingest
