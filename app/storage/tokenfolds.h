#pragma once

#include <sqlite3.h>

#include <array>
#include <bitset>
#include <string_view>

namespace chipline::storage {

// The tokenizers SearchIndex builds its two indexes with (kCreate in searchindex.cpp): keep
// them in step, or a large search (scanned) and a small one (indexed) stop agreeing.
inline constexpr const char *kTrigramTokenizer = "trigram";
inline constexpr const char *kWordTokenizer = "unicode61";
inline const char *kWordArguments[] = {"remove_diacritics", "2"};

// The characters beyond ASCII that one of the full-text index's tokenizers treats in a way
// a byte search cannot see, asked of the tokenizer itself, once, character by character over
// the BMP. A text holding none of them can be screened by comparing bytes (ASCII letters of
// any case) before it is tokenized. Characters beyond the BMP count as none of them.
class TokenFolds final
{
public:
    // For the trigram tokenizer: the characters it folds into ASCII (the Kelvin sign into k).
    static const TokenFolds &trigram(fts5_api *api);
    // For the word tokenizer (unicode61, diacritics removed): every token character it
    // changes or drops (É, a combining accent, a full-width letter).
    static const TokenFolds &words(fts5_api *api);

    // Whether the UTF-8 text holds one of them.
    bool anyIn(std::string_view text) const;

private:
    enum class Kind {
        Trigram,
        Words
    };
    TokenFolds(fts5_api *api, Kind kind);

    std::bitset<0x10000> m_folds;
    std::array<bool, 256> m_leads{}; // the UTF-8 lead bytes of the characters above
};

// Finds an ASCII-lower-case term in text, ASCII letters of any case, other bytes as they are.
bool containsAsciiFolded(std::string_view text, std::string_view term);

} // namespace chipline::storage
