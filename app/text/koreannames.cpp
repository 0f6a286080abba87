#include "koreannames.h"

#include "entitypatterns.h"
#include "textfold.h"

#include "core/hangul.h"

#include <algorithm>
#include <array>

namespace chipline::text {

using core::hangulIndex;
using core::isHangulSyllable;

namespace {

constexpr float kNameConfidence = 0.5F;
constexpr float kSurnameConfidence = 0.45F;
constexpr qsizetype kMaxAge = 12; // "(41)", "(41·회사원)"
constexpr qsizetype kMaxTitle = 6;
constexpr qsizetype kMaxParticles = 5; // 에서부터는

// Syllables that end a verb form, a particle or a common noun, never a given name.
constexpr char16_t kLastStops[] = u"다고며면서게니까요죠네던였었았겠했됐된될됨하되해돼려러록듯들및등측께것씨"
                                  u"스드트크프브즈츠르그느므쓰"
                                  u"님적쪽곳후전간내외법권제받질는를을에의와로";

// Last syllables of districts, towns and islands: 구, 동, 읍, 면, 리, 도, 군.
constexpr char16_t kPlaceEnds[] = u"구동읍면리도군";

// The one-syllable particles a name takes directly.
constexpr char16_t kCaseParticles[] = u"은는이가을를의에와과도만께랑";

// Syllables led by a surname that rarely lead a name when standing alone before a title:
// 전 (former), 현 (current), 한 (one), 고 (the late), 각 (each), 총 (total), 부 (deputy).
constexpr char16_t kAloneStops[] = u"전현한고각총부";

// c is one of units: compared inline, as the scan asks it at every three-syllable word.
bool isOneOf(QChar c, QStringView units)
{
    return std::find(units.cbegin(), units.cend(), c) != units.cend();
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// After "(": an age or a short note and ")" - "(41)", "(41·회사원)"; the position after it.
qsizetype afterAge(QStringView text, qsizetype open)
{
    if (open >= text.size() || text[open] != u'(' || open + 1 >= text.size() || !isDigit(text[open + 1]))
        return -1;
    const qsizetype close = text.indexOf(u')', open);
    return close > open && close - open <= kMaxAge ? close + 1 : -1;
}

// What a unit is to the scan for names (KoreanNames::m_lead).
enum Lead : quint8 {
    NotWord,
    Word,
    SurnameLead,
    LetterLead
};

// The first unit at or after from that starts a word and may lead a name; n when none does.
// afterWord: the unit before from continues a word. A loop of its own, kept out of line so
// that its few variables stay in registers: it reads every unit of the text.
Q_NEVER_INLINE qsizetype nextLead(const quint8 *leads, const char16_t *units, qsizetype from, qsizetype n,
                                  bool afterWord)
{
    for (qsizetype i = from; i < n; ++i) {
        const quint8 lead = leads[units[i]];
        if (lead >= SurnameLead && !afterWord)
            return i;
        afterWord = lead != NotWord;
    }
    return n;
}

// A surname alone or a capital letter stands for a person in its own article only.
EntityMatch localPerson(QStringView text, qsizetype start, qsizetype end)
{
    EntityMatch m = patternMatch(text, start, end, EntityType::Person, kSurnameConfidence);
    m.local = true;
    return m;
}

} // namespace

KoreanNames::KoreanNames(const MatcherLexicon &lexicon, const KoreanParticles &particles, const MatchBoundary &boundary,
                         const OpenPatterns &open)
    : m_titles(lexicon.titles),
      m_stopwords(lexicon.nameStopwords),
      m_particles(particles),
      m_boundary(boundary),
      m_open(open)
{
    for (const QString &s : lexicon.surnames) {
        if (s.size() == 1 && isHangulSyllable(s[0]))
            m_surnames.set(hangulIndex(s[0].unicode()));
        else if (s.size() == 2)
            m_doubleSurnames.append(s);
    }
    const auto stop = [this](QStringView syllables) {
        for (const QChar c : syllables) {
            if (isHangulSyllable(c))
                m_lastStops.set(hangulIndex(c.unicode()));
        }
    };
    stop(kLastStops);
    for (const QStringList *list : {&lexicon.particles, &lexicon.particleTails}) {
        for (const QString &p : *list) {
            if (isHangulSyllable(p[0]))
                m_particleStarts.set(hangulIndex(p[0].unicode()));
        }
    }
    m_particleStarts.set(hangulIndex(u'씨'));
    for (const QString &s : lexicon.nameSuffixStops)
        stop(s);
    m_lead.resize(0x10000);
    for (int u = 0; u < 0x10000; ++u) {
        const auto unit = static_cast<char16_t>(u);
        quint8 &lead = m_lead[std::size_t(u)];
        if (!TextFold::isWordUnit(unit))
            lead = NotWord;
        else if (isHangulSyllable(unit))
            lead = m_surnames.test(hangulIndex(unit)) ? SurnameLead : Word;
        else
            lead = unit >= u'A' && unit <= u'Z' ? LetterLead : Word;
    }
}

bool KoreanNames::isSurname(QChar c) const
{
    return isHangulSyllable(c) && m_surnames.test(hangulIndex(c.unicode()));
}

bool KoreanNames::titleAt(QStringView text, qsizetype pos) const
{
    // A title word at pos, ended by a word boundary or a particle: "의원은", "대표".
    qsizetype end = pos;
    while (end < text.size() && end - pos < kMaxTitle && isWordUnit(text[end]))
        ++end;
    for (qsizetype e = end; e > pos; --e) {
        if (!m_titles.contains(text.sliced(pos, e - pos)))
            continue;
        // "대통령님이": the honorific 님 may stand between a title and its particle.
        if (m_boundary.endsAt(text, e) || (e < text.size() && text[e] == u'님' && m_boundary.endsAt(text, e + 1)))
            return true;
    }
    return false;
}

bool KoreanNames::titleAfter(QStringView text, qsizetype pos) const
{
    // "신 회장", "박 전 상무", "이 현 대표": 전 (former) or 현 (current) may lead the title.
    if (titleAt(text, pos))
        return true;
    return pos + 2 < text.size() && (text[pos] == u'전' || text[pos] == u'현') && text[pos + 1] == u' '
        && titleAt(text, pos + 2);
}

bool KoreanNames::ordinaryWithParticle(QStringView text, qsizetype start, qsizetype wordEnd) const
{
    // "경찰은", "이상이", "사이에서": an ordinary word and its particles.
    for (qsizetype k = start + 1; k < wordEnd; ++k) {
        if (m_particles.chainLength(text, k) == wordEnd - k && m_open.isOrdinary(text.sliced(start, k - start)))
            return true;
    }
    return false;
}

bool KoreanNames::fullName(QStringView text, qsizetype start, qsizetype nameEnd, qsizetype wordEnd, Cache &cache) const
{
    if (nameEnd > wordEnd || m_lastStops.test(hangulIndex(text[nameEnd - 1].unicode())))
        return false;
    if (nameEnd == wordEnd && wordEnd < text.size() && isWordUnit(text[wordEnd]))
        return false;
    // Most words led by a surname go on with no particle (반도체기업): told apart before
    // any look-up by the syllable after the name and the word's length.
    if (nameEnd < wordEnd
        && (wordEnd - nameEnd > kMaxParticles || !m_particleStarts.test(hangulIndex(text[nameEnd].unicode()))))
        return false;
    // The word's verdict depends on the word alone: asked once per text for each.
    ViewMap<Verdict> &seen = nameEnd - start == 3 ? cache.three : cache.four;
    const Verdict v = seen.findOrInsert(text.sliced(start, wordEnd - start), [&] {
        return verdict(text.sliced(start, nameEnd - start), text, start, wordEnd);
    });
    return v == Verdict::Name || (v == Verdict::NeedsContext && personContext(text, start, nameEnd, wordEnd));
}

KoreanNames::Verdict KoreanNames::verdict(QStringView name, QStringView text, qsizetype start, qsizetype wordEnd) const
{
    const QStringView word = text.sliced(start, wordEnd - start);
    const qsizetype nameEnd = start + name.size();
    // What follows the name in its word: a particle chain or 씨.
    if (nameEnd < wordEnd) {
        const bool honorific = text[nameEnd] == u'씨' && m_boundary.endsAt(text, nameEnd + 1);
        if (!honorific && m_particles.chainLength(text, nameEnd) != wordEnd - nameEnd)
            return Verdict::Word;
        // One syllable after a name is a case particle; 선, 산, 내 there end a longer word.
        if (!honorific && wordEnd - nameEnd == 1 && !QStringView(kCaseParticles).contains(text[nameEnd]))
            return Verdict::Word;
    }
    // "주대만 대표부": 주 before a place is 'stationed in', not a surname.
    if (name.front() == u'주' && m_open.isOrdinary(name.sliced(1)))
        return Verdict::Word;
    // "이같은", "이밖에", "그마저": a demonstrative and a word that leans on it.
    static constexpr std::array kLeaning = {u"같은", u"같이", u"밖에", u"마저", u"처럼", u"만큼", u"대로", u"외에"};
    if ((name.front() == u'이' || name.front() == u'그' || name.front() == u'저')
        && std::any_of(kLeaning.cbegin(), kLeaning.cend(),
                       [word](const char16_t *w) { return word.sliced(1).startsWith(QStringView(w)); }))
        return Verdict::Word;
    // A particle agrees with the name's last sound: 을, 은, 이, 과 after a consonant, 를, 는,
    // 가, 와 after a vowel. "봉하마을" read as 봉하마 + 을 breaks that: it is one word.
    if (nameEnd < wordEnd) {
        const QChar p = text[nameEnd];
        const bool consonant = core::endsInConsonant(text[nameEnd - 1]);
        if ((!consonant && QStringView(u"을은이과").contains(p)) || (consonant && QStringView(u"를는가와").contains(p)))
            return Verdict::Word;
    }
    // "이들은": a plural is no name.
    if (name[name.size() - 2] == u'들' || m_open.isOrdinary(name) || m_open.isOrdinary(word)
        || m_stopwords.contains(name))
        return Verdict::Word;
    if (ordinaryWithParticle(text, start, wordEnd) || m_open.looksInflected(name))
        return Verdict::Word;
    // "최종예(선)", "장기휴(가)": an ordinary word and one more syllable is more often a
    // word cut short than a name; "반덤핑", "신제품": a prefix that is also a surname before
    // an ordinary word is more often a word. Such a name needs 씨, an age or a title beside it.
    static constexpr char16_t prefixes[] = u"반비탈친초재총전신구고저무불대소미";
    if (m_open.isOrdinary(name.first(name.size() - 1))
        || (QStringView(prefixes).contains(name.front()) && m_open.isOrdinary(name.sliced(1))))
        return Verdict::NeedsContext;
    return Verdict::Name;
}

bool KoreanNames::personContext(QStringView text, qsizetype start, qsizetype nameEnd, qsizetype wordEnd) const
{
    if (nameEnd < wordEnd)
        return text[nameEnd] == u'씨';
    if (afterAge(text, wordEnd) > 0)
        return true;
    if (wordEnd + 1 < text.size() && text[wordEnd] == u' '
        && (text[wordEnd + 1] == u'씨' || titleAfter(text, wordEnd + 1)))
        return true;
    // "배우 노하람": a title word before the name.
    qsizetype s = start - 1;
    if (s <= 0 || text[s] != u' ')
        return false;
    while (s > 0 && isHangulSyllable(text[s - 1]))
        --s;
    return s < start - 1 && m_titles.contains(text.sliced(s, start - 1 - s));
}

std::optional<EntityMatch> KoreanNames::surnameAlone(QStringView text, qsizetype start, qsizetype wordEnd) const
{
    // "노 의원은", "노 씨는", "노씨의", "노모(41)씨", "노모 씨".
    qsizetype p = start + 1;
    if (p < wordEnd && text[p] == u'모')
        ++p;
    if (p < wordEnd) {
        if (text[p] == u'씨' && m_boundary.endsAt(text, p + 1))
            return localPerson(text, start, p);
        return std::nullopt;
    }
    qsizetype after = p;
    if (const qsizetype age = afterAge(text, after); age > 0)
        after = age;
    const bool spaced = after < text.size() && text[after] == u' ';
    if (spaced)
        ++after;
    if (after < text.size() && text[after] == u'씨' && m_boundary.endsAt(text, after + 1))
        return localPerson(text, start, p);
    // "박 모 씨", "박 모(41)씨": 모 (a certain) belongs to the surname before it.
    if (spaced && p == start + 1 && after + 1 < text.size() && text[after] == u'모') {
        qsizetype next = after + 1;
        if (const qsizetype age = afterAge(text, next); age > 0)
            next = age;
        if (next < text.size() && text[next] == u' ')
            ++next;
        if (next < text.size() && text[next] == u'씨' && m_boundary.endsAt(text, next + 1))
            return localPerson(text, start, after + 1);
    }
    // "노 의원", "노모 상병": a surname alone, or with 모, one space before a title.
    const bool bare = after == p + 1;
    if (bare && !QStringView(kAloneStops).contains(text[start]) && titleAfter(text, after))
        return localPerson(text, start, p);
    return std::nullopt;
}

std::optional<EntityMatch> KoreanNames::nameAt(QStringView text, qsizetype start, qsizetype wordEnd, Cache &cache) const
{
    const qsizetype length = wordEnd - start;
    if (length <= 3 && start + 1 < text.size()
        && (length == 1 || text[start + 1] == u'모' || text[start + 1] == u'씨')) {
        if (auto alone = surnameAlone(text, start, wordEnd))
            return alone;
    }
    const auto doubleSurname = [this, text, start] {
        const char16_t first = text[start].unicode();
        const char16_t second = text[start + 1].unicode();
        return std::any_of(m_doubleSurnames.cbegin(), m_doubleSurnames.cend(), [first, second](const QString &s) {
            return s[0].unicode() == first && s[1].unicode() == second;
        });
    };
    if (length >= 4 && doubleSurname() && fullName(text, start, start + 4, wordEnd, cache))
        return patternMatch(text, start, start + 4, EntityType::Person, kNameConfidence);
    if (length >= 3 && fullName(text, start, start + 3, wordEnd, cache))
        return patternMatch(text, start, start + 3, EntityType::Person, kNameConfidence);
    return std::nullopt;
}

std::optional<EntityMatch> KoreanNames::letterAt(QStringView text, qsizetype start) const
{
    // "B씨는", "B(41)씨", "B 씨": one capital letter standing for a person.
    qsizetype after = start + 1;
    if (const qsizetype age = afterAge(text, after); age > 0)
        after = age;
    if (after < text.size() && text[after] == u' ')
        ++after;
    if (after < text.size() && text[after] == u'씨' && m_boundary.endsAt(text, after + 1))
        return localPerson(text, start, start + 1);
    // "A군은", "B(16)양이": a boy or girl the story does not name; without an age a
    // particle must follow ("A군 연쇄상구균" is a class of bacteria).
    const bool aged = text[after - 1] == u')';
    if ((aged || after == start + 1) && after + 1 < text.size() && (text[after] == u'군' || text[after] == u'양')
        && (aged ? m_boundary.endsAt(text, after + 1) : m_particles.chainLength(text, after + 1) > 0))
        return localPerson(text, start, start + 1);
    return std::nullopt;
}

void KoreanNames::apply(QStringView text, QList<EntityMatch> &matches) const
{
    QList<EntityMatch> found;
    Cache cache;
    qsizetype cursor = 0; // the first match that may overlap position i
    const QList<EntityMatch> &known = matches;
    const qsizetype n = text.size();
    const char16_t *const units = text.utf16();
    const quint8 *const leads = m_lead.data();
    // Only a word's first unit, when it may lead a name, is looked at further.
    for (qsizetype i = nextLead(leads, units, 0, n, false); i < n; i = nextLead(leads, units, i + 1, n, true)) {
        const bool syllable = leads[units[i]] == SurnameLead;
        if (!syllable
            && !(i + 1 < n
                 && (text[i + 1] == u'씨' || text[i + 1] == u'(' || text[i + 1] == u' ' || text[i + 1] == u'군'
                     || text[i + 1] == u'양')))
            continue;
        qsizetype wordEnd = i + 1;
        while (syllable && wordEnd < n && isHangulSyllable(text[wordEnd]))
            ++wordEnd;
        while (cursor < known.size() && known[cursor].end <= i)
            ++cursor;
        if (cursor < known.size() && known[cursor].start < wordEnd)
            continue;
        // "부산시 사하구", "대전 용전동": a district after a place is no person.
        if (syllable && wordEnd - i == 3 && isOneOf(text[wordEnd - 1], kPlaceEnds)
            && m_open.placeBefore(text, i, known, {}) >= 0)
            continue;
        std::optional<EntityMatch> m = syllable ? nameAt(text, i, wordEnd, cache) : letterAt(text, i);
        if (m) {
            i = m->end - 1; // "박 모 씨": 모 is not looked at again
            found.append(std::move(*m));
        }
    }
    if (found.isEmpty())
        return;
    // Merged in place from the back: only the matches after the first name move.
    qsizetype i = matches.size();
    qsizetype j = found.size();
    matches.resize(i + j);
    for (qsizetype k = matches.size(); j > 0;) {
        if (i > 0 && matches[i - 1].start > found[j - 1].start)
            matches[--k] = std::move(matches[--i]);
        else
            matches[--k] = std::move(found[--j]);
    }
}

} // namespace chipline::text
