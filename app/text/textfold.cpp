#include "textfold.h"

#include "core/hangul.h"
#include "core/textnormalizer.h"

#include <QChar>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace chipline::text {

namespace {

struct Tables
{
    std::array<char16_t, 0x10000> fold{};
    std::array<CharClass, 0x10000> cls{};
    std::array<bool, 0x10000> maybeNfc{};
};

bool isHorizontalSpace(char16_t u)
{
    return u == u'\t' || u == u' ' || u == 0x00A0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F
        || u == 0x205F || u == 0x3000;
}

// Identity ranges that need no ICU call: Hangul syllables and the main Han block.
bool foldsToItself(char16_t u)
{
    return core::isHangulSyllable(u) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xD800 && u <= 0xDFFF);
}

CharClass classify(char16_t f)
{
    if (f == u' ')
        return CharClass::Space;
    const QChar c(f);
    switch (c.script()) {
    case QChar::Script_Hangul:
        return CharClass::Hangul;
    case QChar::Script_Han:
        return CharClass::Han;
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return CharClass::Kana;
    default:
        break;
    }
    if (c.isDigit())
        return CharClass::Digit;
    if (c.isLetter() || c.isMark())
        return CharClass::Letter;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

std::unique_ptr<Tables> buildTables()
{
    auto t = std::make_unique<Tables>();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    for (int i = 0; i < 0x10000; ++i) {
        const auto u = static_cast<char16_t>(i);
        char16_t f = u;
        if (isHorizontalSpace(u)) {
            f = u' ';
        } else if (!foldsToItself(u) && U_SUCCESS(status) && !nfkcCf->isInert(u)) {
            // An inert unit is its own NFKC_Casefold form: only the others are normalized.
            UErrorCode err = U_ZERO_ERROR;
            const icu::UnicodeString folded = nfkcCf->normalize(icu::UnicodeString(UChar(u)), err);
            if (U_SUCCESS(err) && folded.length() == 1)
                f = folded.charAt(0);
            else if (const UChar32 simple = u_foldCase(u, U_FOLD_CASE_DEFAULT); simple <= 0xFFFF)
                f = static_cast<char16_t>(simple);
            if (isHorizontalSpace(f))
                f = u' ';
        }
        t->fold[i] = f;
        t->cls[i] = classify(f);
        t->maybeNfc[i] = !(u >= 0xD800 && u <= 0xDFFF) && u_getIntPropertyValue(u, UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
    }
    return t;
}

const Tables &tables()
{
    static const std::unique_ptr<Tables> instance = buildTables();
    return *instance;
}

} // namespace

char16_t TextFold::fold(char16_t unit)
{
    return tables().fold[unit];
}
const CharClass *TextFold::charClasses()
{
    return tables().cls.data();
}
bool TextFold::mayNeedNfc(char16_t unit)
{
    return tables().maybeNfc[unit];
}

QString TextFold::key(QStringView text)
{
    // Names are mostly NFC already (the gazetteer's thousands at every start): those are
    // folded as they are, without the normalizer's copies.
    QString normalized;
    if (!core::TextNormalizer::isNfc(text)) {
        normalized = core::TextNormalizer::nfc(text.toString());
        text = normalized;
    }
    // Written straight into the result (every alias and anchor at start-up passes here).
    const Tables &t = tables();
    QString out(text.size(), Qt::Uninitialized);
    char16_t *const folded = reinterpret_cast<char16_t *>(out.data());
    qsizetype size = 0;
    for (const QChar c : text) {
        const char16_t f = t.fold[c.unicode()];
        if (f == u' ' && (size == 0 || folded[size - 1] == u' '))
            continue;
        folded[size++] = f;
    }
    while (size > 0 && folded[size - 1] == u' ')
        --size;
    out.truncate(size);
    return out;
}

} // namespace chipline::text
