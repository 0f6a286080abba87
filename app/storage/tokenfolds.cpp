#include "storage/tokenfolds.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace chipline::storage {

namespace {

struct Token
{
    std::string text;
    int start = 0;
};

std::vector<Token> tokenize(const fts5_tokenizer &tokenizer, Fts5Tokenizer *instance, const QByteArray &text)
{
    std::vector<Token> out;
    tokenizer.xTokenize(
        instance, &out, FTS5_TOKENIZE_DOCUMENT, text.constData(), int(text.size()),
        [](void *tokens, int, const char *token, int size, int start, int) {
            static_cast<std::vector<Token> *>(tokens)->push_back({std::string(token, size_t(size)), start});
            return SQLITE_OK;
        });
    return out;
}

} // namespace

TokenFolds::TokenFolds(fts5_api *api, Kind kind)
{
    const bool trigram = kind == Kind::Trigram;
    fts5_tokenizer tokenizer{};
    void *context = nullptr;
    Fts5Tokenizer *instance = nullptr;
    if (!api
        || api->xFindTokenizer(api, trigram ? kTrigramTokenizer : kWordTokenizer, &context, &tokenizer) != SQLITE_OK
        || tokenizer.xCreate(context, trigram ? nullptr : kWordArguments, trigram ? 0 : 2, &instance) != SQLITE_OK) {
        m_folds.set(); // unknown: no text takes the fast path
        m_leads.fill(true);
        return;
    }
    if (trigram) {
        // All of the BMP in one text: a trigram's first character is the folded one at its start.
        QString all;
        for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
            if (c < 0xD800 || c > 0xDFFF)
                all.append(QChar(char16_t(c)));
        }
        all += QStringLiteral("zz"); // a trigram for the last one too
        const QByteArray text = all.toUtf8();
        for (const Token &t : tokenize(tokenizer, instance, text)) {
            if (!t.text.empty() && static_cast<unsigned char>(t.text[0]) < 0x80) {
                const QString c = QString::fromUtf8(text.constData() + t.start, 3).left(1);
                if (!c.isEmpty())
                    m_folds.set(c.at(0).unicode());
            }
        }
    } else {
        // Between two letters, a character is kept as it is (one token "aXa"), separates
        // (tokens "a" and "a"), or is changed: only the last defeats a byte search.
        for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            const QByteArray text = "a" + QString(QChar(char16_t(c))).toUtf8() + "a";
            const std::vector<Token> tokens = tokenize(tokenizer, instance, text);
            const bool kept = tokens.size() == 1 && tokens[0].text == text.toStdString();
            const bool separates = tokens.size() == 2 && tokens[0].text == "a" && tokens[1].text == "a";
            if (!kept && !separates)
                m_folds.set(c);
        }
    }
    tokenizer.xDelete(instance);
    for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
        if (m_folds.test(c))
            m_leads[c < 0x800 ? (0xC0 | (c >> 6)) : (0xE0 | (c >> 12))] = true;
    }
}

const TokenFolds &TokenFolds::trigram(fts5_api *api)
{
    static const TokenFolds folds(api, Kind::Trigram); // the tokenizers are SQLite's: one set per process
    return folds;
}

const TokenFolds &TokenFolds::words(fts5_api *api)
{
    static const TokenFolds folds(api, Kind::Words);
    return folds;
}

bool TokenFolds::anyIn(std::string_view text) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
        const unsigned char b = p[i];
        if (b < 0x80 || !m_leads[b])
            continue; // ASCII, a continuation byte, or a lead none of them starts with
        char32_t c = 0;
        if (b >= 0xE0 && b < 0xF0 && i + 2 < n) {
            c = char32_t(b & 0x0F) << 12 | char32_t(p[i + 1] & 0x3F) << 6 | char32_t(p[i + 2] & 0x3F);
            i += 2;
        } else if (b >= 0xC0 && b < 0xE0 && i + 1 < n) {
            c = char32_t(b & 0x1F) << 6 | char32_t(p[i + 1] & 0x3F);
            i += 1;
        } else {
            continue;
        }
        if (m_folds.test(c))
            return true;
    }
    return false;
}

bool containsAsciiFolded(std::string_view text, std::string_view term)
{
    if (term.empty() || text.size() < term.size())
        return false;
    const auto lower = [](unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c; };
    const auto first = static_cast<unsigned char>(term[0]);
    const bool letter = first >= 'a' && first <= 'z';
    const auto upper = static_cast<unsigned char>(letter ? first - 32 : first);
    const char *end = text.data() + text.size() - term.size() + 1; // last possible start + 1
    // The next start of each case, found by memchr (vectorized) and kept until passed.
    const auto next = [end](const char *from, unsigned char c) {
        const void *at = from < end ? std::memchr(from, c, size_t(end - from)) : nullptr;
        return at ? static_cast<const char *>(at) : end;
    };
    const char *lowerAt = next(text.data(), first);
    const char *upperAt = letter ? next(text.data(), upper) : end;
    while (lowerAt < end || upperAt < end) {
        const char *at = std::min(lowerAt, upperAt);
        size_t j = 1;
        while (j < term.size() && lower(static_cast<unsigned char>(at[j])) == static_cast<unsigned char>(term[j]))
            ++j;
        if (j == term.size())
            return true;
        if (at == lowerAt)
            lowerAt = next(at + 1, first);
        else
            upperAt = next(at + 1, upper);
    }
    return false;
}

} // namespace chipline::storage
