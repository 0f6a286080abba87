// Build-time tool: writes the gazetteer rows for every country and territory (ICU's region
// display names) and for the world's time-zone exemplar cities, in Korean, English and
// Chinese, as text::Gazetteer TSV. Run by CMake, so the program ships fixed data (no ICU
// look-ups at start-up, the same names on every machine that runs one build).
//
//   chipline_icuplaces CONFIG DICTIONARY NAMES OUT
//
// CONFIG (resources/gazetteer/icu-places.txt) lists names to drop, English names to match
// with their case only, and zones to skip. DICTIONARY is the hunspell-ko word list the build
// makes (ordinary-ko.txt); a Korean name in it is dropped unless NAMES
// (resources/gazetteer/dictionary-names.txt) says it is a name first.
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using icu::UnicodeString;

std::string utf8(const UnicodeString &s)
{
    std::string out;
    s.toUTF8String(out);
    return out;
}

UnicodeString nfc(const UnicodeString &s)
{
    UErrorCode ec = U_ZERO_ERROR;
    const UnicodeString out = icu::Normalizer2::getNFCInstance(ec)->normalize(s, ec);
    return U_SUCCESS(ec) ? out : s;
}

// The comparison key of an alias, close to text::TextFold::key: NFKC case fold, one space.
std::string key(const UnicodeString &s)
{
    UErrorCode ec = U_ZERO_ERROR;
    UnicodeString f = icu::Normalizer2::getNFKCCasefoldInstance(ec)->normalize(s, ec);
    f.trim();
    UnicodeString out;
    for (int32_t i = 0; i < f.length(); ++i) {
        if (f[i] == u' ' && (out.isEmpty() || out[out.length() - 1] == u' '))
            continue;
        out.append(f[i]);
    }
    return utf8(out);
}

std::string unspaced(const UnicodeString &s)
{
    return key(UnicodeString(s).findAndReplace(UnicodeString(u" "), UnicodeString()));
}

struct Config
{
    std::set<std::string> drop; // keys (spaces removed) of names that are never aliases
    std::set<std::string> exact; // English names matched with their case only
    std::vector<std::string> skipZones; // zone id prefixes
    std::set<std::string> ordinary; // hunspell-ko words, NFC
    std::set<std::string> names; // hunspell-ko words that are names first
};

std::vector<std::string> lines(const char *path)
{
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (!line.empty() && line.front() != '#')
            out.push_back(line);
    }
    return out;
}

bool readConfig(const char *configPath, const char *dictionaryPath, const char *namesPath, Config &c)
{
    std::string section;
    const std::vector<std::string> config = lines(configPath);
    if (config.empty())
        return false;
    for (const std::string &line : config) {
        if (line.front() == '[') {
            section = line;
        } else if (section == "[drop]") {
            c.drop.insert(unspaced(UnicodeString::fromUTF8(line)));
        } else if (section == "[exact]") {
            c.exact.insert(line);
        } else if (section == "[skip-zones]") {
            c.skipZones.push_back(line);
        } else {
            std::fprintf(stderr, "%s: '%s' outside a known section\n", configPath, line.c_str());
            return false;
        }
    }
    for (const std::string &w : lines(dictionaryPath))
        c.ordinary.insert(utf8(nfc(UnicodeString::fromUTF8(w))));
    for (const std::string &line : lines(namesPath)) {
        std::istringstream words(line);
        for (std::string w; words >> w;)
            c.names.insert(utf8(nfc(UnicodeString::fromUTF8(w))));
    }
    return true;
}

UScriptCode scriptOf(const UnicodeString &s)
{
    for (int32_t i = 0; i < s.length();) {
        const UChar32 ch = s.char32At(i);
        i += U16_LENGTH(ch);
        UErrorCode ec = U_ZERO_ERROR;
        const UScriptCode sc = uscript_getScript(ch, &ec);
        if (sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED)
            return sc;
    }
    return USCRIPT_COMMON;
}

// "Myanmar (Burma)" -> "Myanmar", "刚果（金）" -> "刚果".
UnicodeString withoutParentheses(UnicodeString s)
{
    for (const auto &[open, close] : {std::pair{u'(', u')'}, std::pair{u'（', u'）'}}) {
        const int32_t a = s.indexOf(open);
        const int32_t b = a >= 0 ? s.indexOf(close, a) : -1;
        if (b > a)
            s.remove(a, b - a + 1);
    }
    s.findAndReplace(UnicodeString(u"  "), UnicodeString(u" "));
    return s.trim();
}

// "Réunion" -> "Reunion", "Côte d’Ivoire" -> "Cote d'Ivoire": how English news writes them.
UnicodeString asciiFolded(const UnicodeString &s)
{
    UErrorCode ec = U_ZERO_ERROR;
    const UnicodeString d = icu::Normalizer2::getNFDInstance(ec)->normalize(s, ec);
    UnicodeString out;
    for (int32_t i = 0; i < d.length(); ++i) {
        if (u_getCombiningClass(d[i]) != 0 || u_charType(d[i]) == U_NON_SPACING_MARK)
            continue;
        out.append(d[i] == u'’' ? char16_t(u'\'') : d[i]);
    }
    return out;
}

struct Row
{
    std::vector<UnicodeString> ko, en, zh;

    bool holds(const UnicodeString &name) const
    {
        const std::string k = key(name);
        for (const auto *list : {&ko, &en, &zh}) {
            if (std::any_of(list->cbegin(), list->cend(), [&k](const UnicodeString &n) { return key(n) == k; }))
                return true;
        }
        return false;
    }
};

class Builder
{
public:
    explicit Builder(const Config &c)
        : m_config(c)
    {}

    // Adds a place's names; region is the ISO code of the country, or of the country a city
    // is in. A city of its country's English name (Singapore, Kuwait) merges into it; other
    // names a city shares with a country (突尼斯 is Tunis and Tunisia) stay the country's.
    void add(const std::string &region, const std::vector<UnicodeString> &ko, const std::vector<UnicodeString> &en,
             const std::vector<UnicodeString> &zh, bool city)
    {
        Row row;
        for (const UnicodeString &n : ko)
            keep(row.ko, n, USCRIPT_HANGUL);
        for (const UnicodeString &n : en)
            keep(row.en, n, USCRIPT_LATIN);
        for (const UnicodeString &n : zh)
            keep(row.zh, n, USCRIPT_HAN);
        const auto country = m_countries.find(region);
        if (!city || country == m_countries.end()) {
            if (!city)
                m_countries[region] = m_rows.size();
            if (!row.ko.empty() || !row.en.empty() || !row.zh.empty())
                m_rows.push_back(std::move(row));
            return;
        }
        Row &c = m_rows[country->second];
        const bool same = !c.en.empty() && !row.en.empty() && c.en.front() == row.en.front();
        const auto countryName = [this](const UnicodeString &n) {
            return std::any_of(m_countries.cbegin(), m_countries.cend(),
                               [this, &n](const auto &entry) { return m_rows[entry.second].holds(n); });
        };
        for (auto [to, from] : {std::pair{&c.ko, &row.ko}, std::pair{&c.en, &row.en}, std::pair{&c.zh, &row.zh}}) {
            std::erase_if(*from, countryName);
            if (same)
                to->insert(to->end(), from->begin(), from->end());
        }
        if (!same && (!row.ko.empty() || !row.en.empty() || !row.zh.empty()))
            m_rows.push_back(std::move(row));
    }

    void write(std::ostream &out) const
    {
        // An alias two places claim ("Congo") names neither.
        std::map<std::string, int> owners;
        for (const Row &r : m_rows) {
            std::set<std::string> keys;
            for (const auto *list : {&r.ko, &r.en, &r.zh})
                for (const UnicodeString &n : *list)
                    keys.insert(key(n));
            for (const std::string &k : keys)
                ++owners[k];
        }
        for (const Row &r : m_rows) {
            std::vector<std::string> kept[3];
            int c = 0;
            for (const auto *list : {&r.ko, &r.en, &r.zh}) {
                for (const UnicodeString &n : *list) {
                    if (owners[key(n)] == 1)
                        kept[c].push_back(utf8(n));
                }
                ++c;
            }
            // The English name, else the Korean, else the Chinese one names the place.
            const std::vector<std::string> &first = !kept[1].empty() ? kept[1] : !kept[0].empty() ? kept[0] : kept[2];
            if (first.empty())
                continue;
            out << first.front() << "\tPLACE";
            for (const std::vector<std::string> &col : kept) {
                out << '\t';
                for (size_t i = 0; i < col.size(); ++i)
                    out << (i ? "|" : "") << (m_config.exact.contains(col[i]) ? "=" : "") << col[i];
            }
            out << '\n';
        }
        for (const auto &[k, n] : owners) {
            if (n > 1)
                out << "# ambiguous, left out: " << k << '\n';
        }
        for (const std::string &d : m_dropped)
            out << "# ordinary word, left out: " << d << '\n';
    }

private:
    void keep(std::vector<UnicodeString> &list, UnicodeString name, UScriptCode script)
    {
        name = nfc(withoutParentheses(name));
        if (name.isEmpty() || name.indexOf(u',') >= 0 || name.indexOf(UnicodeString(u" - ")) >= 0
            || scriptOf(name) != script)
            return;
        std::vector<UnicodeString> forms{name};
        if (script == USCRIPT_LATIN) {
            if (name.indexOf(UnicodeString(u" & ")) >= 0)
                forms.push_back(UnicodeString(name).findAndReplace(UnicodeString(u" & "), UnicodeString(u" and ")));
            for (size_t i = 0, n = forms.size(); i < n; ++i) {
                if (forms[i].startsWith(UnicodeString(u"St. ")))
                    forms.push_back(UnicodeString(forms[i]).replace(0, 3, UnicodeString(u"Saint")));
            }
            for (size_t i = 0, n = forms.size(); i < n; ++i) {
                if (const UnicodeString a = asciiFolded(forms[i]); a != forms[i])
                    forms.push_back(a);
            }
        } else if (script == USCRIPT_HANGUL && name.indexOf(u' ') >= 0) {
            forms.push_back(UnicodeString(name).findAndReplace(UnicodeString(u" "), UnicodeString()));
        }
        for (const UnicodeString &f : forms) {
            if (!allowed(f, script) || std::find(list.begin(), list.end(), f) != list.end())
                continue;
            list.push_back(f);
        }
    }

    bool allowed(const UnicodeString &name, UScriptCode script)
    {
        if (m_config.drop.contains(unspaced(name)))
            return false;
        int32_t letters = 0;
        for (int32_t i = 0; i < name.length(); ++i)
            letters += u_isalpha(name[i]) ? 1 : 0;
        if (script == USCRIPT_LATIN && letters <= 2)
            return false; // US, UK
        if (name.countChar32() < 2)
            return false; // one Hanja, one syllable (괌)
        const std::string s = utf8(name);
        if (script == USCRIPT_HANGUL && m_config.ordinary.contains(s) && !m_config.names.contains(s)) {
            m_dropped.insert(s);
            return false;
        }
        return true;
    }

    const Config &m_config;
    std::vector<Row> m_rows;
    std::map<std::string, size_t> m_countries; // region code -> row
    std::set<std::string> m_dropped;
};

// Region names of one locale: the standard one, its short form ("Hong Kong") and ICU's
// variant ("Czech Republic", "Ivory Coast").
class RegionNames
{
public:
    explicit RegionNames(const char *locale)
        : m_locale(locale)
    {
        UDisplayContext shortNames[] = {UDISPCTX_LENGTH_SHORT};
        m_short.reset(icu::LocaleDisplayNames::createInstance(m_locale, shortNames, 1));
        UErrorCode ec = U_ZERO_ERROR;
        m_bundle = ures_open(U_ICUDATA_NAME "-region", locale, &ec);
        m_variants = ures_getByKey(m_bundle, "Countries%variant", nullptr, &ec);
        if (U_FAILURE(ec)) {
            ures_close(m_variants);
            m_variants = nullptr;
        }
    }
    ~RegionNames()
    {
        ures_close(m_variants);
        ures_close(m_bundle);
    }
    RegionNames(const RegionNames &) = delete;
    RegionNames &operator=(const RegionNames &) = delete;

    std::vector<UnicodeString> of(const char *region) const
    {
        std::vector<UnicodeString> out;
        UnicodeString name;
        icu::Locale("", region).getDisplayCountry(m_locale, name);
        out.push_back(name);
        if (m_short) {
            // "Hong Kong SAR China" is "Hong Kong" first.
            m_short->regionDisplayName(region, name);
            out.insert(out.front().indexOf(UnicodeString(u" SAR ")) >= 0 ? out.begin() : out.end(), name);
        }
        if (m_variants) {
            UErrorCode ec = U_ZERO_ERROR;
            int32_t length = 0;
            const UChar *v = ures_getStringByKey(m_variants, region, &length, &ec);
            if (U_SUCCESS(ec))
                out.emplace_back(v, length);
        }
        return out;
    }

private:
    icu::Locale m_locale;
    std::unique_ptr<icu::LocaleDisplayNames> m_short;
    UResourceBundle *m_bundle = nullptr;
    UResourceBundle *m_variants = nullptr;
};

bool isAscii(const UnicodeString &s)
{
    for (int32_t i = 0; i < s.length(); ++i) {
        if (s[i] > 0x7F)
            return false;
    }
    return true;
}

int run(const Config &config, std::ostream &out)
{
    Builder builder(config);
    {
        const RegionNames ko("ko"), en("en"), zh("zh");
        for (const char *const *code = icu::Locale::getISOCountries(); *code; ++code)
            builder.add(*code, ko.of(*code), en.of(*code), zh.of(*code), false);
    }
    UErrorCode ec = U_ZERO_ERROR;
    const std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, ec));
    std::unique_ptr<icu::TimeZoneNames> names[3];
    const char *locales[3] = {"ko", "en", "zh"};
    for (int i = 0; i < 3; ++i)
        names[i].reset(icu::TimeZoneNames::createInstance(icu::Locale(locales[i]), ec));
    if (U_FAILURE(ec)) {
        std::fprintf(stderr, "ICU time-zone names: %s\n", u_errorName(ec));
        return 1;
    }
    std::vector<std::string> ids;
    for (const UnicodeString *id = zones->snext(ec); id && U_SUCCESS(ec); id = zones->snext(ec))
        ids.push_back(utf8(*id));
    std::sort(ids.begin(), ids.end());
    for (const std::string &id : ids) {
        if (std::any_of(config.skipZones.cbegin(), config.skipZones.cend(),
                        [&id](const std::string &p) { return id.rfind(p, 0) == 0; }))
            continue;
        std::vector<UnicodeString> cols[3];
        for (int i = 0; i < 3; ++i) {
            UnicodeString city;
            names[i]->getExemplarLocationName(UnicodeString::fromUTF8(id), city);
            // A locale without the city falls back to the zone id's own spelling.
            if (!city.isBogus() && !city.isEmpty() && (i == 1 || !isAscii(city)))
                cols[i].push_back(city);
        }
        char region[4] = {};
        UErrorCode rc = U_ZERO_ERROR;
        icu::TimeZone::getRegion(UnicodeString::fromUTF8(id), region, sizeof region, rc);
        builder.add(U_SUCCESS(rc) ? region : "", cols[0], cols[1], cols[2], true);
    }
    out << "# Generated at build time by tools/icuplaces.cpp from ICU " U_ICU_VERSION
           ": region display names and time-zone exemplar cities. Do not edit; curate in\n"
           "# resources/gazetteer/icu-places.txt and dictionary-names.txt.\n";
    builder.write(out);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s CONFIG DICTIONARY NAMES OUT\n", argv[0]);
        return 2;
    }
    Config config;
    if (!readConfig(argv[1], argv[2], argv[3], config)) {
        std::fprintf(stderr, "%s: cannot read the configuration\n", argv[1]);
        return 1;
    }
    std::ostringstream text;
    const int rc = run(config, text);
    u_cleanup();
    if (rc != 0)
        return rc;
    std::ofstream out(argv[4], std::ios::binary);
    out << text.str();
    return out ? 0 : 1;
}
