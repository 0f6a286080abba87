#include "textfold.h"

#include "core/textnormalizer.h"

#include <array>
#include <cstdint>
#include <memory>

namespace chipline::text {

namespace {

struct Tables
{
    std::array<char16_t, 0x10000> fold{};
    std::array<CharClass, 0x10000> cls{};
    std::array<bool, 0x10000> maybeNfc{};
};

struct Run
{
    char16_t first;
    std::uint16_t value;
};

// kFoldRuns, kClassRuns, kMaybeNfcRuns: made at build time by tools/textfoldtables.cpp.
#include "textfoldtables.inc"

template <std::size_t N, typename Value, typename Set>
void expand(const Run (&runs)[N], std::array<Value, 0x10000> &table, Set set)
{
    for (std::size_t r = 0; r < N; ++r) {
        const std::size_t last = r + 1 < N ? runs[r + 1].first : 0x10000;
        for (std::size_t u = runs[r].first; u < last; ++u)
            table[u] = set(char16_t(u), runs[r].value);
    }
}

std::unique_ptr<Tables> buildTables()
{
    auto t = std::make_unique<Tables>();
    expand(kFoldRuns, t->fold, [](char16_t u, std::uint16_t offset) { return char16_t(u + offset); });
    expand(kClassRuns, t->cls, [](char16_t, std::uint16_t cls) { return CharClass(cls); });
    expand(kMaybeNfcRuns, t->maybeNfc, [](char16_t, std::uint16_t maybe) { return maybe != 0; });
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
