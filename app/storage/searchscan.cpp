#include "storage/searchscan.h"

#include "storage/database.h"
#include "storage/tokenfolds.h"

#include <QChar>
#include <QList>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace chipline::storage {

namespace {

fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

// True when no character of the term has case, so that the index's case folding can
// neither change it nor make another character equal to it (Korean, digits): the term
// then matches exactly where its own bytes occur.
bool caseless(const QString &term)
{
    for (const char32_t c : term.toUcs4()) {
        if (QChar::isLower(c) || QChar::isUpper(c) || QChar::isTitleCase(c) || QChar::toLower(c) != c
            || QChar::toUpper(c) != c || QChar::toTitleCase(c) != c || QChar::toCaseFolded(c) != c)
            return false;
    }
    return true;
}

bool isAscii(const QString &term)
{
    return std::all_of(term.cbegin(), term.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// One search, compiled: the bytes to find, or the tokens the index's tokenizer makes of
// it, to find in a row in the same order (the last as a word's start for the word index).
class Matcher final
{
    Q_DISABLE_COPY_MOVE(Matcher)

public:
    Matcher() = default;
    ~Matcher()
    {
        if (m_instance)
            m_tokenizer.xDelete(m_instance);
    }

    static std::unique_ptr<Matcher> create(fts5_api *api, const QString &search)
    {
        auto m = std::make_unique<Matcher>();
        const bool trigrams = SearchScan::usesTrigrams(search);
        if (trigrams && caseless(search)) {
            m->m_needle = search.toStdString();
            return m;
        }
        if (trigrams && isAscii(search)) {
            // Letters of any case, unless the text holds a character that folds into ASCII.
            m->m_asciiTerm = search.toLower().toStdString();
            m->m_asciiFolds = &TokenFolds::trigram(api);
        }
        void *context = nullptr;
        if (!api
            || api->xFindTokenizer(api, trigrams ? kTrigramTokenizer : kWordTokenizer, &context, &m->m_tokenizer)
                != SQLITE_OK)
            return nullptr;
        if (m->m_tokenizer.xCreate(context, trigrams ? nullptr : kWordArguments, trigrams ? 0 : 2, &m->m_instance)
            != SQLITE_OK)
            return nullptr;
        m->m_prefix = !trigrams;
        const QByteArray query = search.toUtf8();
        m->m_tokenizer.xTokenize(m->m_instance, &m->m_terms, FTS5_TOKENIZE_QUERY, query.constData(), int(query.size()),
                                 [](void *terms, int, const char *token, int size, int, int) {
                                     static_cast<std::vector<std::string> *>(terms)->emplace_back(token, size);
                                     return SQLITE_OK;
                                 });
        m->m_window.resize(m->m_terms.size());
        if (!trigrams)
            m->m_wordFolds = &TokenFolds::words(api);
        return m;
    }

    bool matches(const char *text, int size)
    {
        const std::string_view row(text, size_t(size));
        if (!m_needle.empty())
            return row.find(m_needle) != std::string_view::npos;
        if (m_asciiFolds && !m_asciiFolds->anyIn(row))
            return containsAsciiFolded(row, m_asciiTerm);
        if (m_terms.empty())
            return false;
        if (m_wordFolds && !m_wordFolds->anyIn(row)) {
            // Each token of the search is somewhere in the text's bytes, or it cannot match:
            // most rows are turned away here without being tokenized.
            for (const std::string &term : m_terms) {
                if (!containsAsciiFolded(row, term))
                    return false;
            }
        }
        m_seen = 0;
        m_found = false;
        m_tokenizer.xTokenize(m_instance, this, FTS5_TOKENIZE_DOCUMENT, text, size, &Matcher::take);
        return m_found;
    }

private:
    // Keeps the row's last tokens; stops the tokenizer once they are the search's.
    static int take(void *self, int, const char *token, int size, int, int)
    {
        auto *m = static_cast<Matcher *>(self);
        const size_t k = m->m_terms.size();
        m->m_window[m->m_seen % k].assign(token, size_t(size));
        ++m->m_seen;
        if (m->m_seen < k)
            return SQLITE_OK;
        for (size_t j = k; j-- > 0;) { // the newest token first: it rejects most rows
            const std::string &seen = m->m_window[(m->m_seen + j) % k];
            const std::string &term = m->m_terms[j];
            if (m->m_prefix && j == k - 1 ? !seen.starts_with(term) : seen != term)
                return SQLITE_OK;
        }
        m->m_found = true;
        return SQLITE_DONE; // some tokenizers return it as SQLITE_OK: m_found tells
    }

    std::string m_needle; // a term without case: its bytes
    std::string m_asciiTerm; // an ASCII term, in lower case
    const TokenFolds *m_asciiFolds = nullptr; // for an ASCII term on the trigram index
    const TokenFolds *m_wordFolds = nullptr; // for the word index
    fts5_tokenizer m_tokenizer{};
    Fts5Tokenizer *m_instance = nullptr;
    std::vector<std::string> m_terms;
    bool m_prefix = false;
    std::vector<std::string> m_window; // the last tokens read, a ring
    size_t m_seen = 0;
    bool m_found = false;
};

// search_scan(title, body, search): 1 when title or body matches. The compiled search is
// kept with the statement (auxiliary data of its bound argument) for every row after.
void scan(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *matcher = static_cast<Matcher *>(sqlite3_get_auxdata(context, 2));
    std::unique_ptr<Matcher> made;
    if (!matcher) {
        const auto *search = reinterpret_cast<const char *>(sqlite3_value_text(argv[2]));
        made = Matcher::create(static_cast<fts5_api *>(sqlite3_user_data(context)),
                               QString::fromUtf8(search, sqlite3_value_bytes(argv[2])).trimmed());
        if (!made) {
            sqlite3_result_error(context, "search_scan: no full-text tokenizer", -1);
            return;
        }
        matcher = made.get();
    }
    bool found = false;
    for (int i = 0; i < 2 && !found; ++i) {
        if (sqlite3_value_type(argv[i]) != SQLITE_NULL)
            found = matcher->matches(reinterpret_cast<const char *>(sqlite3_value_text(argv[i])),
                                     sqlite3_value_bytes(argv[i]));
    }
    if (made)
        sqlite3_set_auxdata(context, 2, made.release(), [](void *m) { delete static_cast<Matcher *>(m); });
    sqlite3_result_int(context, found ? 1 : 0);
}

} // namespace

core::Status SearchScan::install(Database &db)
{
    fts5_api *api = fts5Of(db.handle());
    if (!api)
        return core::Error{QStringLiteral("full-text search (FTS5) is not available")};
    if (sqlite3_create_function_v2(db.handle(), "search_scan", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, api, &scan,
                                   nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return core::Error{db.lastError()};
    return {};
}

} // namespace chipline::storage
