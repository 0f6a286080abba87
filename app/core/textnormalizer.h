#pragma once

#include <QString>
#include <QStringView>

namespace chipline::core {

// NFC through ICU, the one normalizer of the program: what is read from files and what the
// gazetteer and the search box give is compared in this form. QString::normalized is
// quadratic on long decomposed Hangul (a 60 MB NFD file from macOS takes minutes); ICU is
// linear, and a quick check skips text that is already NFC, which is nearly all of it,
// without a copy.
class TextNormalizer final
{
public:
    static void toNfc(QString &text);
    static QString nfc(QString text)
    {
        toNfc(text);
        return text;
    }
    // Whether text is NFC already; the usual text is answered by the quick check alone.
    static bool isNfc(QStringView text);
};

} // namespace chipline::core
