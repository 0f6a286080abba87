// Build-time tool: turns the hunspell-ko dictionary (MPL-1.1/GPL-2+/LGPL-2.1+, Debian
// package hunspell-ko) into the matcher's stop list of ordinary Korean words: the stems
// without affix flags, in NFC (hunspell-ko writes conjoining jamo), sorted by their UTF-8
// bytes and unique, one a line. text::WordList looks words up in it by binary search, so
// start-up neither decodes nor hashes a hundred thousand words.
//
//   chipline_ordinarywords DICTIONARY OUT
//
// No dictionary: an empty list and a warning (the patterns then have no stop list).
#include <unicode/normalizer2.h>
#include <unicode/uclean.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DICTIONARY OUT\n", argv[0]);
        return 2;
    }
    std::set<std::string> words; // std::string orders by bytes: UTF-8 bytes order code points
    std::ifstream in(argv[1]);
    if (!in)
        std::fprintf(stderr, "warning: %s not found: the Korean stop list is empty (install hunspell-ko)\n", argv[1]);
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(ec);
    if (U_FAILURE(ec)) {
        std::fprintf(stderr, "ICU: no NFC normalizer: %s\n", u_errorName(ec));
        return 1;
    }
    bool first = true;
    for (std::string line; std::getline(in, line); first = false) {
        if (first && line.find_first_not_of("0123456789\r") == std::string::npos)
            continue; // the entry count
        line = line.substr(0, line.find('/'));
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        if (line.empty())
            continue;
        std::string word;
        nfc->normalize(icu::UnicodeString::fromUTF8(line), ec).toUTF8String(word);
        if (U_FAILURE(ec)) {
            std::fprintf(stderr, "%s: cannot normalize '%s': %s\n", argv[1], line.c_str(), u_errorName(ec));
            return 1;
        }
        words.insert(word);
    }
    u_cleanup();
    std::ofstream out(argv[2], std::ios::binary);
    for (const std::string &w : words)
        out << w << '\n';
    return out ? 0 : 1;
}
