#include "entitypatterns.h"

#include "contextnames.h"
#include "textfold.h"

#include <algorithm>

namespace chipline::text {

namespace {

constexpr float kInterviewConfidence = 0.8F;
constexpr float kTitleConfidence = 0.6F;
constexpr float kSingleNameConfidence = 0.55F;
constexpr float kChipConfidence = 0.7F;
constexpr qsizetype kMarkerReach = 80;
constexpr qsizetype kCueWindow = 48;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isSpace(QChar c)
{
    return TextFold::fold(c.unicode()) == u' ';
}

// The surface with space runs as single spaces: the canonical name of a pattern entity.
QString collapsed(QStringView surface)
{
    QString out;
    out.reserve(surface.size());
    for (const QChar c : surface) {
        if (isSpace(c)) {
            if (!out.endsWith(u' '))
                out.append(u' ');
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

EntityMatch patternMatch(QStringView text, qsizetype start, qsizetype end, EntityType type, float confidence)
{
    return EntityMatch{
        start, end, -1, type, confidence, MatchOrigin::Pattern, collapsed(text.sliced(start, end - start))};
}

const EntityMatch *findOverlap(const QList<EntityMatch> &sorted, qsizetype start, qsizetype end)
{
    const auto it =
        std::partition_point(sorted.cbegin(), sorted.cend(), [start](const EntityMatch &m) { return m.end <= start; });
    return it != sorted.cend() && it->start < end ? &*it : nullptr;
}

EntityPatterns::EntityPatterns(const MatcherLexicon &lexicon, const MatchBoundary &boundary, const OpenPatterns &open)
    : m_stopwords(lexicon.nameStopwords),
      m_suffixStops(lexicon.nameSuffixStops),
      m_surnames(lexicon.surnames),
      m_chipCues(lexicon.chipCues),
      m_boundary(boundary),
      m_open(open)
{}

std::optional<EntityMatch> EntityPatterns::interviewMarker(QStringView text, qsizetype at) const
{
    qsizetype slash = -1;
    qsizetype close = -1;
    for (qsizetype i = at + 1; i < text.size() && i <= at + kMarkerReach; ++i) {
        const char16_t f = TextFold::fold(text[i].unicode());
        if (f == u'\n' || f == u'<')
            return std::nullopt;
        if (f == u'/' && slash < 0)
            slash = i;
        if (f == u'>' || f == u'〉') {
            close = i;
            break;
        }
    }
    if (slash < 0 || close < 0)
        return std::nullopt;
    qsizetype s = at + 1;
    qsizetype e = slash;
    while (s < e && isSpace(text[s]))
        ++s;
    while (e > s && isSpace(text[e - 1]))
        --e;
    if (e - s < 2 || e - s > 30)
        return std::nullopt;
    int words = 1;
    for (qsizetype i = s; i < e; ++i) {
        const QChar c = text[i];
        const CharClass cls = TextFold::charClass(c.unicode());
        if (isSpace(c))
            ++words;
        else if (cls != CharClass::Hangul && cls != CharClass::Letter && c != u'.' && c != u'-' && c != u'·')
            return std::nullopt;
    }
    if (words > 4)
        return std::nullopt;
    return patternMatch(text, s, e, EntityType::Person, kInterviewConfidence);
}

std::optional<EntityMatch> EntityPatterns::personBeforeAge(QStringView text, qsizetype open,
                                                           const QList<EntityMatch> &known) const
{
    // An age of two digits, then ")" or a note ("(22·중국)"); counts are written "(3)".
    if (open + 3 >= text.size() || !isDigit(text[open + 1]) || !isDigit(text[open + 2]) || text[open + 1] == u'0')
        return std::nullopt;
    const QChar after = text[open + 3];
    if (after != u')' && after != u'·' && after != u',')
        return std::nullopt;
    qsizetype s = open;
    while (s > 0 && isHangul(text[s - 1]))
        --s;
    if (s == open || (s > 0 && isAlnumClass(TextFold::charClass(text[s - 1].unicode()))))
        return std::nullopt;
    const QStringView last = text.sliced(s, open - s);
    // Korean names led by a surname, and 차모 (a certain 차), are KoreanNames' (김민수(41)).
    if ((last.size() == 3 && m_surnames.contains(last.first(1))) || isSomeone(last))
        return std::nullopt;
    // Here a foreign name,
    // no ordinary word, no particle, no district or body (강서구(12)).
    if (last.size() < 2 || last.size() > 6 || m_open.isOrdinary(last)
        || ContextNames::withoutParticle(last) < last.size()
        || QStringView(u"시구동군읍면리도국부청원회사당").contains(last.back()) || findOverlap(known, s, open))
        return std::nullopt;
    qsizetype start = s;
    // A given name one space before: "제니 올리버".
    const Word w0 = hangulWordBefore(text, s);
    if (w0.valid() && text[w0.end] == u' ' && w0.end + 1 == s) {
        const QStringView first = text.sliced(w0.start, w0.end - w0.start);
        if (first.size() >= 2 && first.size() <= 4 && !m_open.isOrdinary(first) && isNameWord(first)
            && ContextNames::withoutParticle(first) == first.size() && !m_open.looksInflected(first)
            && !findOverlap(known, w0.start, w0.end))
            start = w0.start;
    }
    return patternMatch(text, start, open, EntityType::Person, kSingleNameConfidence);
}

EntityPatterns::Word EntityPatterns::hangulWordBefore(QStringView text, qsizetype pos) const
{
    // pos is just after a run of spaces that ends the word.
    qsizetype e = pos;
    if (e <= 0 || !isSpace(text[e - 1]))
        return {};
    while (e > 0 && isSpace(text[e - 1]))
        --e;
    qsizetype s = e;
    while (s > 0 && isHangul(text[s - 1]))
        --s;
    if (s == e || (s > 0 && isAlnumClass(TextFold::charClass(text[s - 1].unicode()))))
        return {};
    return {s, e};
}

bool EntityPatterns::endsInCase(QStringView word) const
{
    // A name right before its title takes no particle: "개정안을 대표", "곳은 배우" are a
    // word, its case and the next clause. 은, 는 and 의 end names too (박지은), so they
    // count after one syllable or an ordinary word only. The copula 인 ("남편인 배우") is
    // left alone: it ends too many names (문재인), after words the dictionary lists.
    const QChar last = word.back();
    if (last == u'을' || last == u'를' || last == u'에')
        return true;
    if (last != u'은' && last != u'는' && last != u'의')
        return false;
    return word.size() == 2 || m_open.isOrdinary(word.chopped(1));
}

bool EntityPatterns::isSomeone(QStringView word) const
{
    // "최모": a surname and 모 (a certain), a person of its article alone.
    return word.size() == 2 && word[1] == u'모' && m_surnames.contains(word.first(1));
}

bool EntityPatterns::isNameWord(QStringView word) const
{
    return !m_stopwords.contains(word) && !m_suffixStops.contains(word.last(1));
}

std::optional<EntityMatch> EntityPatterns::personBeforeTitle(QStringView text, qsizetype titleStart, qsizetype titleEnd,
                                                             const QList<EntityMatch> &known) const
{
    if (!m_boundary.endsAt(text, titleEnd))
        return std::nullopt;
    Word w1 = hangulWordBefore(text, titleStart);
    // "전 장관" (former), "젠슨 황 엔비디아 CEO": step over one modifier or one known body.
    if (w1.valid()) {
        const QStringView word = text.sliced(w1.start, w1.end - w1.start);
        const EntityMatch *hit = findOverlap(known, w1.start, w1.end);
        if (word == u"전" || word == u"현" || word == u"신임" || word == u"전임" || word == u"후임")
            w1 = hangulWordBefore(text, w1.start);
        else if (hit && hit->type != EntityType::Person)
            w1 = hangulWordBefore(text, hit->start);
    }
    if (!w1.valid() || findOverlap(known, w1.start, w1.end))
        return std::nullopt;
    const QStringView name = text.sliced(w1.start, w1.end - w1.start);
    if (name.size() > 4 || !isNameWord(name) || m_open.looksInflected(name) || endsInCase(name))
        return std::nullopt;
    // A native name is one word led by a surname: 이재용, 남궁민수.
    if ((name.size() == 3 && m_surnames.contains(name.first(1)))
        || (name.size() == 4 && m_surnames.contains(name.first(2))))
        return patternMatch(text, w1.start, w1.end, EntityType::Person, kTitleConfidence);
    // A transliterated foreign name has two parts: 제임스 하워드, 리사 수.
    // The given name may be short or an ordinary word (숀, 라이언 'lion', 멜리사): the
    // surname must not be one, and the given name carries no particle and is no stop word.
    const Word w0 = hangulWordBefore(text, w1.start);
    const QStringView first = w0.valid() ? text.sliced(w0.start, w0.end - w0.start) : QStringView();
    // "이웃 노 씨": an ordinary word and a Korean surname alone; the surname is the name.
    if (name.size() == 1 && m_surnames.contains(name) && m_open.isOrdinary(first))
        return std::nullopt;
    // The surname carries no particle ("티저 영상에는 가수") and is no ordinary word, unless
    // it is one syllable (젠슨 황): "꾸며진 가운데 배우" is a clause.
    const bool foreignLast = name.size() >= 2 && !m_open.isOrdinary(name);
    const bool bareLast = ContextNames::withoutParticle(name) == name.size();
    if (w0.valid() && bareLast && !findOverlap(known, w0.start, w0.end) && first.size() <= 4
        && !m_stopwords.contains(first) && ContextNames::withoutParticle(first) == first.size()
        && !m_open.looksInflected(first)
        && ((name.size() == 1 && first.size() >= 2 && isNameWord(first)) || foreignLast))
        return patternMatch(text, w0.start, w1.end, EntityType::Person, kTitleConfidence);
    // A Chinese name in Hangul is one word with no Korean surname: 쉐젠, 위안밍.
    // "최모 상병" is left to KoreanNames (a person of its article alone).
    if (name.size() >= 2 && bareLast && !isSomeone(name) && !m_open.isOrdinary(name))
        return patternMatch(text, w1.start, w1.end, EntityType::Person, kSingleNameConfidence);
    return std::nullopt;
}

std::optional<EntityMatch> EntityPatterns::personAfterTitle(QStringView text, qsizetype titleEnd,
                                                            const QList<EntityMatch> &known) const
{
    // "대변인 앤드루 오코너는", "최고경영자(CEO) 멜리사 프레스콧은", "대변인 왕원빈은": the
    // name follows its title and carries the clause's particle, which tells where it ends.
    qsizetype pos = titleEnd;
    if (pos < text.size() && text[pos] == u'(') {
        const qsizetype close = text.indexOf(u')', pos);
        if (close < 0 || close - pos > 12)
            return std::nullopt;
        pos = close + 1;
    }
    if (pos >= text.size() || !isSpace(text[pos]))
        return std::nullopt;
    const auto wordAt = [&text](qsizetype from) {
        while (from < text.size() && isSpace(text[from]))
            ++from;
        qsizetype end = from;
        while (end < text.size() && isHangul(text[end]))
            ++end;
        const bool ends = end >= text.size() || !isAlnumClass(TextFold::charClass(text[end].unicode()));
        return ends ? Word{from, end} : Word{};
    };
    const Word w1 = wordAt(pos);
    if (!w1.valid() || findOverlap(known, w1.start, w1.end))
        return std::nullopt;
    const QStringView one = text.sliced(w1.start, w1.end - w1.start);
    const qsizetype oneName = ContextNames::withoutParticle(one);
    const auto plausible = [this](QStringView w) {
        return w.size() >= 2 && w.size() <= 5 && !m_open.isOrdinary(w) && !m_stopwords.contains(w);
    };
    if (oneName < one.size()) {
        // One word: a native name, led by a surname.
        const QStringView name = one.first(oneName);
        const bool native = (name.size() == 3 && m_surnames.contains(name.first(1)))
            || (name.size() == 4 && m_surnames.contains(name.first(2)));
        if (native && plausible(name) && isNameWord(name))
            return patternMatch(text, w1.start, w1.start + oneName, EntityType::Person, kSingleNameConfidence);
        return std::nullopt;
    }
    if (w1.end >= text.size() || !isSpace(text[w1.end]) || one.size() > 4 || m_stopwords.contains(one))
        return std::nullopt;
    const Word w2 = wordAt(w1.end);
    if (!w2.valid() || findOverlap(known, w2.start, w2.end))
        return std::nullopt;
    const QStringView two = text.sliced(w2.start, w2.end - w2.start);
    const qsizetype twoName = ContextNames::withoutParticle(two);
    if (twoName == two.size() || !plausible(two.first(twoName)))
        return std::nullopt;
    return patternMatch(text, w1.start, w2.start + twoName, EntityType::Person, kSingleNameConfidence);
}

bool EntityPatterns::hasChipCue(QStringView text, qsizetype start, qsizetype end, const QList<EntityMatch> &known) const
{
    const qsizetype from = std::max<qsizetype>(0, start - kCueWindow);
    const qsizetype to = std::min(text.size(), end + kCueWindow);
    // Only the matches near the number: from the first that ends after the window starts.
    for (auto it =
             std::partition_point(known.cbegin(), known.cend(), [from](const EntityMatch &m) { return m.end <= from; });
         it != known.cend() && it->start < to; ++it) {
        if (it->type == EntityType::Chip || it->type == EntityType::Org)
            return true;
    }
    const QStringView window = text.sliced(from, to - from);
    return std::any_of(m_chipCues.cbegin(), m_chipCues.cend(),
                       [window](const QString &cue) { return window.contains(cue, Qt::CaseInsensitive); });
}

std::optional<EntityMatch> EntityPatterns::chipNumber(QStringView text, qsizetype start, qsizetype anchorEnd,
                                                      ChipPrefix prefix, const QList<EntityMatch> &known) const
{
    if (!m_boundary.startsAt(text, start))
        return std::nullopt;
    // Model prefixes are written in capitals; "h100" or "b52" in running text are not chips.
    if (prefix != ChipPrefix::Ascend) {
        for (qsizetype i = start; i < anchorEnd - 1; ++i) {
            const char16_t f = TextFold::fold(text[i].unicode());
            if (text[i].unicode() == f && text[i].isLetter())
                return std::nullopt;
        }
    }
    qsizetype e = anchorEnd - 1;
    while (e < text.size() && TextFold::charClass(text[e].unicode()) == CharClass::Digit)
        ++e;
    const qsizetype digits = e - (anchorEnd - 1);
    const bool threeOnly = prefix != ChipPrefix::NeedsContext;
    if (digits > 3 || digits < (threeOnly ? 3 : 2))
        return std::nullopt;
    // One capital suffix letter: B30A, L40S, MI325X, 910C.
    if (e < text.size() && text[e].isUpper() && TextFold::charClass(text[e].unicode()) == CharClass::Letter)
        ++e;
    if (!m_boundary.endsAt(text, e))
        return std::nullopt;
    if (prefix == ChipPrefix::NeedsContext && !hasChipCue(text, start, e, known))
        return std::nullopt;
    return patternMatch(text, start, e, EntityType::Chip, kChipConfidence);
}

} // namespace chipline::text
