#include "openpatterns.h"

#include "entitypatterns.h"
#include "textfold.h"

#include "core/hangul.h"

#include <algorithm>
#include <array>

namespace chipline::text {

namespace {

constexpr float kHeadConfidence = 0.7F;
constexpr float kPlaceBodyConfidence = 0.75F;
constexpr float kAloneConfidence = 0.6F;

// Final consonants (받침) an adnominal or tense ending adds: ㄴ, ㄹ, ㅁ, ㅂ, ㅆ.
constexpr int kEndingFinals[] = {4, 8, 16, 17, 20};
constexpr int kFinalNieun = 4;
constexpr int kFinalRieul = 8;

// Connective endings after a verb's stem, longest first.
constexpr QStringView kConnectives[] = {u"자마자", u"지만", u"거나", u"면서", u"도록", u"다고",
                                        u"는데",   u"니까", u"는",   u"고",   u"지",   u"며",
                                        u"면",     u"게",   u"던",   u"자",   u"서"};
constexpr float kEnglishConfidence = 0.65F;
constexpr float kVersionConfidence = 0.65F;
constexpr qsizetype kCueWindow = 48;
constexpr int kMaxEnglishWords = 6;

bool isAsciiUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isAsciiLetter(QChar c)
{
    return isAsciiUpper(c) || (c.unicode() >= u'a' && c.unicode() <= u'z');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Start of the word that ends just before the spaces before pos, or -1.
qsizetype wordBefore(QStringView text, qsizetype pos)
{
    qsizetype e = pos;
    while (e > 0 && text[e - 1] == u' ')
        --e;
    if (e == pos || e == 0)
        return -1;
    qsizetype s = e;
    while (s > 0 && isWordUnit(text[s - 1]))
        --s;
    return s < e ? s : -1;
}

} // namespace

OpenPatterns::OpenPatterns(const MatcherLexicon &lexicon, const MatchBoundary &boundary)
    : m_koHeads(lexicon.koreanHeads),
      m_enAfter(lexicon.englishHeadsAfter),
      m_enBefore(lexicon.englishHeadsBefore),
      m_enTitles(lexicon.englishTitles),
      m_enStarts(lexicon.englishStarts),
      m_ordinary(lexicon.ordinaryWords),
      m_fields(lexicon.governmentFields),
      m_chipCues(lexicon.chipCues),
      m_modelCues(lexicon.modelCues),
      m_versionTails(lexicon.versionTails),
      m_versionStops(lexicon.versionStops),
      m_boundary(boundary)
{
    for (const QString &s : lexicon.surnames) {
        if (s.size() == 1)
            m_surnames.insert(s[0]);
    }
}

bool OpenPatterns::endsInOrdinary(QStringView word, qsizetype headLength) const
{
    // 지속가능성 ends in 가능성: a compound of ordinary words, not a place.
    for (qsizetype n = headLength + 2; n < word.size(); ++n) {
        if (isOrdinary(word.last(n)))
            return true;
    }
    return false;
}

bool OpenPatterns::isInstitution(QStringView word, QStringView stem, QStringView head) const
{
    // A dictionary word ending in 부 names a ministry when its stem ends in a field of
    // government (교육부, 외교통상부), not otherwise (조건부, 중심부, 편집부).
    if (head == u"부" && isOrdinary(word))
        return std::any_of(m_fields.cbegin(), m_fields.cend(), [stem](const QString &f) { return stem.endsWith(f); });
    // 중심부, 남동부, 무승부 are parts or ordinary nouns; 저혈당, 보도담당, 구내식당 are
    // no parties.
    static constexpr char16_t parts[] = u"남북앙심반층단두미속외내상중전후간승퇴입절모도진혈";
    static constexpr char16_t directions[] = u"동서남북";
    static constexpr std::array others = {u"담당", u"수당", u"마당", u"식당", u"성당",
                                          u"강당", u"사당", u"일당", u"정당"};
    if (QStringView(parts).contains(stem.back())
        || (QStringView(directions).contains(stem.back()) && QStringView(directions).contains(stem[stem.size() - 2])))
        return false;
    return std::none_of(others.cbegin(), others.cend(),
                        [word](const char16_t *o) { return word.endsWith(QStringView(o)); });
}

bool OpenPatterns::stemInflected(QStringView word) const
{
    // "추정되(는)": 추정되다; "사라진": 사라지다; "추계해": 추계하다. Built on the stack:
    // this is asked for every candidate.
    constexpr qsizetype kMax = 8;
    char16_t buffer[kMax];
    const qsizetype stem = word.size() - 1;
    if (word.isEmpty() || word.size() + 1 > kMax)
        return false;
    std::copy(word.utf16(), word.utf16() + word.size(), buffer);
    const char16_t last = word.back().unicode();
    buffer[word.size()] = u'다';
    if (isOrdinary(QStringView(buffer, word.size() + 1)))
        return true;
    if (!core::isHangulSyllable(last))
        return false;
    const int final = core::hangulTail(last);
    if (std::find(std::begin(kEndingFinals), std::end(kEndingFinals), final) != std::end(kEndingFinals)) {
        buffer[stem] = static_cast<char16_t>(last - final);
        if (isOrdinary(QStringView(buffer, word.size() + 1)))
            return true;
        // "만든": 만들다, whose ㄹ falls before ㄴ.
        if (final == kFinalNieun) {
            buffer[stem] = static_cast<char16_t>(last - final + kFinalRieul);
            if (isOrdinary(QStringView(buffer, word.size() + 1)))
                return true;
        }
    }
    // "여의치": 여의하다 contracted; "금지됐던", "금지된": 금지하다 in the passive.
    if (stem >= 1 && (last == u'치' || last == u'됐' || last == u'된' || last == u'될' || last == u'되')) {
        buffer[stem] = u'하';
        buffer[stem + 1] = u'다';
        if (isOrdinary(QStringView(buffer, stem + 2)))
            return true;
    }
    // "지키기": 지키다 made a noun.
    if (last == u'기') {
        buffer[stem] = u'다';
        if (isOrdinary(QStringView(buffer, word.size())))
            return true;
    }
    if (last != u'해' && last != u'했' && last != u'한' && last != u'할')
        return false;
    buffer[stem] = u'하';
    buffer[stem + 1] = u'다';
    return isOrdinary(QStringView(buffer, stem + 2));
}

bool OpenPatterns::looksInflected(QStringView word) const
{
    if (stemInflected(word))
        return true;
    // A verb and a connective ending: "늦겠다고", "오거나", "발표하는", "나섰지".
    for (const QStringView e : kConnectives) {
        if (word.size() <= e.size() || !endsWithUnits(word, e))
            continue;
        QStringView stem = word.first(word.size() - e.size());
        if (stem.size() > 1 && stem.back() == u'겠')
            stem.chop(1);
        return stemInflected(stem);
    }
    return false;
}

qsizetype OpenPatterns::placeBefore(QStringView text, qsizetype wordStart, const QList<EntityMatch> &known,
                                    const QList<EntityMatch> &made) const
{
    // "중국 과학기술부", "지린성 상무청": a place (known or found) as the word before.
    qsizetype e = wordStart;
    while (e > 0 && text[e - 1] == u' ')
        --e;
    if (e == wordStart || e == 0)
        return -1;
    for (const QList<EntityMatch> *list : {&known, &made}) {
        const EntityMatch *m = findOverlap(*list, e - 1, e);
        if (m && m->end == e && m->type == EntityType::Place)
            return m->start;
    }
    return -1;
}

std::optional<EntityMatch> OpenPatterns::koreanHead(QStringView text, qsizetype start, qsizetype end, int head,
                                                    const QList<EntityMatch> &known,
                                                    const QList<EntityMatch> &made) const
{
    const MatcherLexicon::Head &h = m_koHeads[head];
    if (!m_boundary.endsAt(text, end))
        return std::nullopt;
    qsizetype ws = start;
    while (ws > 0 && isWordUnit(text[ws - 1]))
        --ws;
    // "12:38중국 상무부": a number before a name is not part of it.
    while (ws < start && isDigit(text[ws]))
        ++ws;
    const QStringView stem = text.sliced(ws, start - ws);
    // A one-syllable head needs two syllables before it (활동, 연구 are no names): most
    // anchors of such heads end here, before any look-up.
    if (h.text.size() == 1 && stem.size() < 2)
        return std::nullopt;
    const QStringView word = text.sliced(ws, end - ws);
    const qsizetype place = placeBefore(text, ws, known, made);
    const bool governs = h.type == EntityType::Gov || h.type == EntityType::Rule;
    if (stem.isEmpty()) {
        // "미국 정부" is the country acting: its place stays the mention.
        if (place >= 0 && h.alone && h.text == u"정부")
            return std::nullopt;
        // A body written apart from its place: "란저우시 인민정부", "일본 경찰".
        if (place >= 0 && governs && h.text.size() >= 2)
            return patternMatch(text, place, end, h.type, kPlaceBodyConfidence);
        // "경찰은": the police of this story, not of every article.
        if (h.alone && m_boundary.startsAt(text, ws)) {
            EntityMatch m = patternMatch(text, ws, end, h.type, kAloneConfidence);
            m.local = true;
            return m;
        }
        return std::nullopt;
    }
    if (h.alone)
        return std::nullopt;
    if (std::all_of(stem.cbegin(), stem.cend(), isDigit))
        return std::nullopt;
    if (h.text.size() == 1 && stem.size() < 2)
        return std::nullopt;
    if (findOverlap(known, ws, start))
        return std::nullopt;
    // A country's ministry: "호주 국방부"; Japan's are 省, "일본 문부과학성".
    if (place >= 0 && (governs || (h.text == u"성" && text.sliced(place).startsWith(u"일본"))))
        return patternMatch(text, place, end, governs ? h.type : EntityType::Gov, kPlaceBodyConfidence);
    // An institution the dictionary lists is a name too (노동당, 교육부).
    if (h.institution && !isInstitution(word, stem, h.text))
        return std::nullopt;
    const bool listed = h.institution && stem.size() >= 2 && isOrdinary(word);
    // A generic place head of one syllable ends compounds too: 언론고시, 뉴스특성, 군국주의.
    const bool compound = h.compound || (h.generic && h.type == EntityType::Place && h.text.size() == 1);
    if ((!listed && isOrdinary(word)) || endsInOrdinary(word, h.text.size() + (compound ? -1 : 0)))
        return std::nullopt;
    // A surname and a given name ending in 현, 주 or 성 is a person's name, not a county or a
    // province (the provinces so written, 장쑤성, are in the gazetteer).
    if (h.type == EntityType::Place && stem.size() == 2 && (h.text == u"현" || h.text == u"주" || h.text == u"성")
        && m_surnames.contains(stem.front()))
        return std::nullopt;
    const bool shortStem = stem.size() <= 2 && h.text.size() == 1 && h.type != EntityType::Place;
    if (!listed && (h.generic || shortStem) && isOrdinary(stem))
        return std::nullopt;
    qsizetype s = ws;
    // An embassy's seat: "주미 중국대사관".
    const qsizetype prev = wordBefore(text, ws);
    if (h.type == EntityType::Gov && prev >= 0 && ws - prev >= 3 && text[prev] == u'주' && isHangul(text[prev + 1])
        && text[prev + 2] == u' ')
        s = prev;
    if (!m_boundary.startsAt(text, s))
        return std::nullopt;
    return patternMatch(text, s, end, h.type, kHeadConfidence);
}

qsizetype OpenPatterns::capitalisedRunBefore(QStringView text, qsizetype pos, bool connectors) const
{
    // Words ending before pos (which follows one space): capitalised, or "and"/"&"/"of"
    // between capitalised ones when connectors are allowed. Leading sentence words drop.
    qsizetype start = pos;
    qsizetype at = pos;
    int words = 0;
    while (words < kMaxEnglishWords && at >= 2 && text[at - 1] == u' ') {
        qsizetype s = at - 1;
        while (s > 0
               && (isAsciiLetter(text[s - 1]) || text[s - 1] == u'-' || text[s - 1] == u'&' || isDigit(text[s - 1])))
            --s;
        if (s == at - 1)
            break;
        const QStringView w = text.sliced(s, at - 1 - s);
        const bool connector = connectors && (w == u"and" || w == u"&" || w == u"of" || w == u"for");
        if (!connector && !isAsciiUpper(w.front()))
            break;
        if (!connector && m_enStarts.contains(w))
            break;
        if (!connector)
            start = s;
        at = s;
        ++words;
        if (s > 0 && !isAsciiLetter(text[s - 1]) && text[s - 1] != u' ')
            break;
    }
    return start;
}

qsizetype OpenPatterns::capitalisedRunAfter(QStringView text, qsizetype pos, int maxWords) const
{
    // Capitalised words from pos (a word start), "and" between them; returns the end.
    qsizetype end = pos;
    qsizetype at = pos;
    for (int words = 0; words < maxWords && at < text.size(); ++words) {
        qsizetype e = at;
        while (e < text.size() && (isAsciiLetter(text[e]) || text[e] == u'-' || text[e] == u'\''))
            ++e;
        if (e == at)
            break;
        const QStringView w = text.sliced(at, e - at);
        const bool connector = w == u"and" || w == u"of";
        if (!connector && !isAsciiUpper(w.front()))
            break;
        if (!connector)
            end = e;
        if (e >= text.size() || text[e] != u' ')
            break;
        at = e + 1;
    }
    return end;
}

std::optional<EntityMatch> OpenPatterns::englishHeadAfter(QStringView text, qsizetype start, qsizetype end, int head,
                                                          const QList<EntityMatch> &known) const
{
    const MatcherLexicon::Head &h = m_enAfter[head];
    if (!isAsciiUpper(text[start]) || !m_boundary.startsAt(text, start) || !m_boundary.endsAt(text, end))
        return std::nullopt;
    qsizetype s = capitalisedRunBefore(text, start, h.type == EntityType::Gov);
    // "Nvidia Kestrel Labs" is not one name: start after a known one.
    for (const EntityMatch *k = findOverlap(known, s, start); k; k = findOverlap(known, s, start))
        s = k->end + 1;
    if (s >= start)
        return std::nullopt;
    return patternMatch(text, s, end, h.type, kEnglishConfidence);
}

std::optional<EntityMatch> OpenPatterns::englishHeadBefore(QStringView text, qsizetype start, qsizetype end,
                                                           int head) const
{
    const MatcherLexicon::Head &h = m_enBefore[head];
    if (!isAsciiUpper(text[start]) || !m_boundary.startsAt(text, start) || end >= text.size() || text[end] != u' ')
        return std::nullopt;
    const qsizetype e = capitalisedRunAfter(text, end + 1, kMaxEnglishWords);
    if (e <= end + 1)
        return std::nullopt;
    return patternMatch(text, start, e, h.type, kEnglishConfidence);
}

std::optional<EntityMatch> OpenPatterns::englishTitle(QStringView text, qsizetype start, qsizetype end) const
{
    if (!m_boundary.startsAt(text, start) || !m_boundary.endsAt(text, end) || end + 1 >= text.size())
        return std::nullopt;
    // "senator Jane Roe" / "Senator Jane Roe": two or three capitalised words after.
    if (text[end] == u' ' && isAsciiUpper(text[end + 1])) {
        const qsizetype e = capitalisedRunAfter(text, end + 1, 3);
        const QStringView name = text.sliced(end + 1, e - end - 1);
        if (name.count(u' ') >= 1 && !name.contains(u" and ") && !name.contains(u" of "))
            return patternMatch(text, end + 1, e, EntityType::Person, kEnglishConfidence);
    }
    // "Jane Roe, a spokesperson for", "said Jane Roe, an analyst at".
    for (QStringView lead : {u", a ", u", an ", u", the "}) {
        if (start >= lead.size() && text.sliced(start - lead.size(), lead.size()) == lead) {
            const qsizetype at = start - lead.size(); // the comma
            qsizetype s = at;
            qsizetype wordEnd = at;
            for (int words = 0; words < 3; ++words) {
                qsizetype w = wordEnd;
                while (w > 0 && isAsciiLetter(text[w - 1]))
                    --w;
                if (w == wordEnd || !isAsciiUpper(text[w]) || m_enStarts.contains(text.sliced(w, wordEnd - w)))
                    break;
                s = w;
                if (w < 2 || text[w - 1] != u' ')
                    break;
                wordEnd = w - 1;
            }
            const QStringView name = text.sliced(s, at - s);
            if (s < at && name.count(u' ') >= 1 && name.count(u' ') <= 2)
                return patternMatch(text, s, at, EntityType::Person, kEnglishConfidence);
        }
    }
    return std::nullopt;
}

bool OpenPatterns::hasCue(QStringView text, qsizetype start, qsizetype end, const QStringList &cues,
                          const QList<EntityMatch> &known) const
{
    const qsizetype from = std::max<qsizetype>(0, start - kCueWindow);
    const qsizetype to = std::min(text.size(), end + kCueWindow);
    for (auto it =
             std::partition_point(known.cbegin(), known.cend(), [from](const EntityMatch &m) { return m.end <= from; });
         it != known.cend() && it->start < to; ++it) {
        if (it->type == EntityType::Chip || it->type == EntityType::Org || it->type == EntityType::Model)
            return true;
    }
    const QStringView window = text.sliced(from, to - from);
    return std::any_of(cues.cbegin(), cues.cend(),
                       [window](const QString &cue) { return window.contains(cue, Qt::CaseInsensitive); });
}

std::optional<EntityMatch> OpenPatterns::versioned(QStringView text, qsizetype sep,
                                                   const QList<EntityMatch> &known) const
{
    // The name before: a Hangul word (셴즈), a capitalised Latin word (Sigma, HiBL) or,
    // before a hyphen, capitals (XQ-390).
    const bool hyphen = text[sep] == u'-';
    qsizetype ns = sep;
    while (ns > 0 && isHangul(text[ns - 1]))
        --ns;
    const bool hangul = ns < sep;
    if (!hangul) {
        while (ns > 0 && (isAsciiLetter(text[ns - 1]) || (hyphen && isDigit(text[ns - 1]))))
            --ns;
    }
    if (ns == sep || !m_boundary.startsAt(text, ns) || (ns > 0 && (isWordUnit(text[ns - 1]) || text[ns - 1] == u'-')))
        return std::nullopt;
    const QStringView name = text.sliced(ns, sep - ns);
    if ((hangul && (name.size() < 2 || name.size() > 4))
        || (!hangul && (!isAsciiUpper(name.front()) || name.size() < 2 || m_versionStops.contains(name))))
        return std::nullopt;
    bool innerCapital = false;
    bool allCapitals = !hangul;
    for (qsizetype i = 0; i < name.size() && !hangul; ++i) {
        innerCapital = innerCapital || (i > 0 && isAsciiUpper(name[i]) && !isAsciiUpper(name[i - 1]));
        allCapitals = allCapitals && isAsciiUpper(name[i]);
    }
    // The version: V2, 4.0, 390, 410S, 7B.
    qsizetype e = sep + 1;
    while (!hyphen && e < text.size() && text[e] == u' ')
        ++e;
    const bool vee = e < text.size() && (text[e] == u'V' || text[e] == u'v');
    if (vee)
        ++e;
    const qsizetype digits = e;
    while (e < text.size() && isDigit(text[e]))
        ++e;
    const qsizetype intDigits = e - digits;
    if (intDigits == 0 || intDigits > 4)
        return std::nullopt;
    bool decimal = false;
    if (e + 1 < text.size() && text[e] == u'.' && isDigit(text[e + 1])) {
        decimal = true;
        e += 2;
        while (e < text.size() && isDigit(text[e]))
            ++e;
    }
    bool billions = false;
    if (e < text.size() && isAsciiUpper(text[e]) && (e + 1 >= text.size() || !isAsciiLetter(text[e + 1]))) {
        billions = text[e] == u'B' && hyphen;
        ++e;
    }
    if (e < text.size() && (text[e] == u'%' || text[e] == u'.' || text[e] == u','))
        if (text[e] == u'%' || (e + 1 < text.size() && isDigit(text[e + 1])))
            return std::nullopt;
    // "Sigma 4 Turbo", "푸시 3 플래시".
    bool tail = false;
    if (e + 1 < text.size() && text[e] == u' ') {
        for (const QString &t : m_versionTails) {
            if (text.sliced(e + 1).startsWith(t) && m_boundary.endsAt(text, e + 1 + t.size())) {
                e += 1 + t.size();
                tail = true;
                break;
            }
        }
    }
    if (!m_boundary.endsAt(text, e))
        return std::nullopt;
    const bool chipShape = innerCapital || (allCapitals && hyphen) || (intDigits == 3 && !decimal && !vee);
    const bool modelShape = decimal || vee || billions || tail || intDigits == 1;
    if (!chipShape && !modelShape)
        return std::nullopt;
    // The word lists last: most digits after a word ("2025년") fail the shape first.
    // "오는 345킬로볼트": a verb form before a number names nothing.
    if (findOverlap(known, ns, sep) || (hangul && (looksInflected(name) || isOrdinary(name))))
        return std::nullopt;
    // "모델은 4.0": an ordinary word and a particle.
    if (hangul
        && ((name.size() >= 3 && isOrdinary(name.chopped(1))) || (name.size() >= 4 && isOrdinary(name.chopped(2)))))
        return std::nullopt;
    if (!hangul && m_enStarts.contains(name))
        return std::nullopt;
    const bool chipCue = hasCue(text, ns, e, m_chipCues, {});
    const bool modelCue = hasCue(text, ns, e, m_modelCues, {});
    // A chip's own cue or an inner capital first, then a model's cue, then a known name near.
    const bool chipByShape = chipShape && (chipCue || innerCapital);
    EntityType type;
    if (!chipByShape && modelShape && modelCue)
        type = EntityType::Model;
    else if (chipByShape || (chipShape && hasCue(text, ns, e, {}, known)))
        type = EntityType::Chip;
    else
        return std::nullopt;
    return patternMatch(text, ns, e, type, kVersionConfidence);
}

} // namespace chipline::text
