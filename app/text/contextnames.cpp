#include "contextnames.h"

#include "entitypatterns.h"
#include "textfold.h"

#include "core/hangul.h"

#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace chipline::text {

namespace {

constexpr float kReportSourceConfidence = 0.5F;
constexpr float kListItemConfidence = 0.5F;
constexpr float kListedConfidence = 0.5F;
constexpr float kSubjectConfidence = 0.4F;
constexpr qsizetype kMaxName = 12;
constexpr qsizetype kMaxAbbreviation = 12;

enum class After : quint8 {
    Consonant,
    Vowel,
    Any
};

struct Particle
{
    QStringView text;
    After after;
};

// Longest first. 도 and 로 are left out: too many names end in them (여의도, 스카이로).
constexpr std::array kParticles = {
    Particle{u"에서는", After::Any},   Particle{u"에는", After::Any},       Particle{u"에도", After::Any},
    Particle{u"에선", After::Any},     Particle{u"에서", After::Any},       Particle{u"으로", After::Consonant},
    Particle{u"에게", After::Any},     Particle{u"과의", After::Consonant}, Particle{u"와의", After::Vowel},
    Particle{u"은", After::Consonant}, Particle{u"는", After::Vowel},       Particle{u"이", After::Consonant},
    Particle{u"가", After::Vowel},     Particle{u"을", After::Consonant},   Particle{u"를", After::Vowel},
    Particle{u"과", After::Consonant}, Particle{u"와", After::Vowel},       Particle{u"의", After::Any},
    Particle{u"에", After::Any},
};

// The words the matcher's automaton reports for these rules, and what each tells.
constexpr std::array kCueTexts = {
    ContextNames::CueText{u"보도했", ContextNames::Cue::ReportedBy},
    ContextNames::CueText{u"보도한", ContextNames::Cue::ReportedBy},
    ContextNames::CueText{u"소식통을 인용", ContextNames::Cue::Citing},
    ContextNames::CueText{u"따르면", ContextNames::Cue::According},
    ContextNames::CueText{u"근거로", ContextNames::Cue::Grounds},
    ContextNames::CueText{u"시행령", ContextNames::Cue::Decree},
    ContextNames::CueText{u"시행으로", ContextNames::Cue::Decree},
    ContextNames::CueText{u"개정안", ContextNames::Cue::Decree},
    ContextNames::CueText{u"추가했", ContextNames::Cue::Listing},
    ContextNames::CueText{u"추가한", ContextNames::Cue::Listing},
    ContextNames::CueText{u"올렸", ContextNames::Cue::Listing},
    ContextNames::CueText{u"과징금", ContextNames::Cue::Penalty},
    ContextNames::CueText{u"벌금", ContextNames::Cue::Penalty},
    ContextNames::CueText{u"반독점", ContextNames::Cue::Inquiry},
    ContextNames::CueText{u"제재", ContextNames::Cue::Inquiry},
    // What a company's sentence speaks of, when the company leads it: "케텔은 ... 공시를 통해".
    ContextNames::CueText{u"공시", ContextNames::Cue::Company},
    ContextNames::CueText{u"실적", ContextNames::Cue::Company},
    ContextNames::CueText{u"주가", ContextNames::Cue::Company},
    ContextNames::CueText{u"자체 칩", ContextNames::Cue::Company},
    ContextNames::CueText{u"자체 개발", ContextNames::Cue::Company},
    ContextNames::CueText{u"신형", ContextNames::Cue::Company},
    ContextNames::CueText{u"차세대", ContextNames::Cue::Company},
    ContextNames::CueText{u"공장", ContextNames::Cue::Company},
    ContextNames::CueText{u"매출", ContextNames::Cue::Company},
    ContextNames::CueText{u"출시", ContextNames::Cue::Company},
    ContextNames::CueText{u"양산", ContextNames::Cue::Company},
    ContextNames::CueText{u"시가총액", ContextNames::Cue::Company},
    ContextNames::CueText{u"영업이익", ContextNames::Cue::Company},
    ContextNames::CueText{u"공개한", ContextNames::Cue::Company},
    ContextNames::CueText{u"개발한", ContextNames::Cue::Company},
    ContextNames::CueText{u"주문", ContextNames::Cue::Company},
    ContextNames::CueText{u"허가", ContextNames::Cue::Company},
    ContextNames::CueText{u"승인", ContextNames::Cue::Company},
    ContextNames::CueText{u"통보", ContextNames::Cue::Company},
    ContextNames::CueText{u"훈련", ContextNames::Cue::Company},
};
// The last word of a rule's name: "기술이전 사전심사 규정".
constexpr std::array kRuleHeads = {u"규정", u"법", u"특별법", u"지원법", u"조례", u"지침", u"규칙", u"시행령"};
constexpr qsizetype kMaxSentence = 160;
constexpr int kMaxRuleWords = 4;

// Words that stand before a rule's name without being part of it: "이번 수출 규정".
bool isModifier(QStringView word)
{
    static const ViewSet words({u"이번"_s, u"해당"_s, u"관련"_s, u"기존"_s, u"현행"_s, u"새로운"_s, u"강화된"_s,
                                u"개정된"_s, u"지난해"_s, u"올해"_s, u"당국"_s, u"정부"_s});
    return words.contains(word);
}

bool isSentenceStop(QChar c)
{
    return c == u'.' || c == u'\n' || c == u'"' || c == u'?' || c == u'!';
}

qsizetype wordStartBefore(QStringView text, qsizetype end)
{
    qsizetype s = end;
    while (s > 0 && end - s <= kMaxName && isWordUnit(text[s - 1]))
        --s;
    return s;
}

} // namespace

qsizetype ContextNames::withoutParticle(QStringView word)
{
    for (const Particle &p : kParticles) {
        const qsizetype stem = word.size() - p.text.size();
        if (stem < 2 || !endsWithUnits(word, p.text))
            continue;
        const QChar last = word[stem - 1];
        if (p.after == After::Any || (p.after == After::Consonant) == core::endsInConsonant(last))
            return stem;
    }
    return word.size();
}

bool ContextNames::acceptable(QStringView name) const
{
    if (name.size() < 2 || name.size() > kMaxName || m_open.isOrdinary(name))
        return false;
    // A name has letters: not "2일", not "3".
    const auto letters = std::count_if(name.cbegin(), name.cend(), [](QChar c) {
        const CharClass k = TextFold::charClass(c.unicode());
        return k == CharClass::Hangul || k == CharClass::Letter;
    });
    if (letters < 2)
        return false;
    // 수율, 점유율: a rate is no name; 투자자들, 업체들: the plural of an ordinary word is none.
    if (name.endsWith(u'율') || name.endsWith(u'률') || (name.endsWith(u'들') && m_open.isOrdinary(name.chopped(1))))
        return false;
    // A Latin word must look like a name: "Reuters", "GCW", not "data".
    const QChar first = name.front();
    return first.unicode() >= 0x80 || !first.isLower();
}

QList<QString> ContextNames::cueTexts()
{
    QList<QString> out;
    for (const CueText &c : kCueTexts)
        out.append(QString::fromUtf16(c.text));
    return out;
}

ContextNames::Cue ContextNames::cueKind(int index)
{
    return kCueTexts[size_t(index)].kind;
}

qsizetype ContextNames::nameBefore(QStringView text, qsizetype end) const
{
    // "글로벌칩와이어(GCW)에 따르면": the name stands before its abbreviation.
    if (end > 0 && text[end - 1] == u')') {
        const qsizetype open = text.lastIndexOf(u'(', end - 1);
        if (open <= 0 || end - open > kMaxAbbreviation)
            return -1;
        end = open;
    }
    const qsizetype start = wordStartBefore(text, end);
    if (start == end || (start > 0 && isWordUnit(text[start - 1])) || !m_boundary.startsAt(text, start))
        return -1;
    return start;
}

void ContextNames::addReportSource(QStringView text, qsizetype at, Cue cue, const QList<EntityMatch> &matches,
                                   QList<EntityMatch> &found) const
{
    // "신경보가 보도했다", "동방뉴스는 소식통을 인용해", "GCW에 따르면": particle, space, cue.
    if (at < 3 || text[at - 1] != u' ')
        return;
    const QChar particle = text[at - 2];
    const bool agrees = cue == Cue::ReportedBy ? (particle == u'가' || particle == u'이')
        : cue == Cue::Citing                   ? (particle == u'는' || particle == u'은')
                                               : particle == u'에';
    if (!agrees)
        return;
    qsizetype end = at - 2;
    const qsizetype start = nameBefore(text, end);
    if (start < 0)
        return;
    if (text[end - 1] == u')')
        end = text.lastIndexOf(u'(', end - 1);
    if (!acceptable(text.sliced(start, end - start)) || findOverlap(matches, start, end))
        return;
    found.append(patternMatch(text, start, end, EntityType::Media, kReportSourceConfidence));
}

void ContextNames::addListItems(QStringView text, const QList<EntityMatch> &matches, QList<EntityMatch> &found) const
{
    const auto isDot = [](QChar c) { return c == u'·' || c == u'・' || c == u'･'; };
    for (const EntityMatch &m : matches) {
        // The items after a known name: "구글·케텔·한결반도체".
        for (qsizetype pos = m.end; pos + 1 < text.size() && isDot(text[pos]);) {
            const qsizetype start = pos + 1;
            qsizetype end = start;
            while (end < text.size() && end - start <= kMaxName && isWordUnit(text[end]))
                ++end;
            if (end == start || findOverlap(matches, start, end))
                break;
            const bool last = end >= text.size() || !isDot(text[end]);
            const qsizetype nameEnd = last ? start + withoutParticle(text.sliced(start, end - start)) : end;
            if (!m_boundary.endsAt(text, nameEnd) || !acceptable(text.sliced(start, nameEnd - start)))
                break;
            found.append(patternMatch(text, start, nameEnd, m.type, kListItemConfidence));
            if (nameEnd != end)
                break;
            pos = end;
        }
        // The items before it: "아바인·SMIC".
        for (qsizetype pos = m.start; pos > 1 && isDot(text[pos - 1]);) {
            const qsizetype end = pos - 1;
            const qsizetype start = wordStartBefore(text, end);
            if (start == end || (start > 0 && isWordUnit(text[start - 1])) || findOverlap(matches, start, end))
                break;
            if (!m_boundary.startsAt(text, start) || !acceptable(text.sliced(start, end - start)))
                break;
            found.append(patternMatch(text, start, end, m.type, kListItemConfidence));
            pos = start;
        }
    }
}

qsizetype ContextNames::ruleNameBefore(QStringView text, qsizetype end, const QList<EntityMatch> &matches) const
{
    // Words back from the rule's head, none with a particle or known: "기술이전 사전심사 규정".
    qsizetype ruleStart = -1;
    qsizetype wordEnd = end;
    for (int words = 0; words < kMaxRuleWords; ++words) {
        const qsizetype start = wordStartBefore(text, wordEnd);
        const QStringView word = text.sliced(start, wordEnd - start);
        if (start == wordEnd || findOverlap(matches, start, wordEnd))
            break;
        if (words == 0 && std::none_of(kRuleHeads.cbegin(), kRuleHeads.cend(), [word](const char16_t *h) {
                return word.endsWith(QStringView(h));
            }))
            return -1;
        if (words > 0 && (withoutParticle(word) < word.size() || word.size() < 2 || isModifier(word)))
            break;
        ruleStart = start;
        if (start < 2 || text[start - 1] != u' ')
            break;
        wordEnd = start - 1;
    }
    // One word alone is the head-word rule's business (수출관리규정); here the name has two or more.
    if (ruleStart < 0 || !text.sliced(ruleStart, end - ruleStart).contains(u' '))
        return -1;
    return ruleStart;
}

qsizetype ContextNames::ruleEndingAt(QStringView text, qsizetype at, const QList<EntityMatch> &matches,
                                     QList<EntityMatch> &found) const
{
    const auto known =
        std::partition_point(matches.cbegin(), matches.cend(), [at](const EntityMatch &m) { return m.end < at; });
    if (known != matches.cend() && known->end == at)
        return known->start;
    const qsizetype start = ruleNameBefore(text, at, matches);
    if (start >= 0)
        found.append(patternMatch(text, start, at, EntityType::Rule, kListedConfidence));
    return start;
}

void ContextNames::addObject(QStringView text, qsizetype objectEnd, bool particle, const QList<EntityMatch> &matches,
                             QList<EntityMatch> &found) const
{
    const qsizetype objectStart = wordStartBefore(text, objectEnd);
    const QStringView object = text.sliced(objectStart, objectEnd - objectStart);
    if (particle && !object.endsWith(u'을') && !object.endsWith(u'를'))
        return;
    const qsizetype nameEnd = particle ? objectStart + withoutParticle(object) : objectEnd;
    if (nameEnd == objectStart || (particle && nameEnd == objectEnd) || !m_boundary.startsAt(text, objectStart)
        || findOverlap(matches, objectStart, nameEnd) || !acceptable(text.sliced(objectStart, nameEnd - objectStart)))
        return;
    found.append(patternMatch(text, objectStart, nameEnd, EntityType::Org, kListedConfidence));
}

void ContextNames::addRuleOrObject(QStringView text, qsizetype at, Cue cue, const QList<EntityMatch> &matches,
                                   QList<EntityMatch> &found) const
{
    // Each cue's words before it: "규정을 근거로", "규정 시행령", "규정에 추가했다",
    // "케렉스에 과징금", "라메인에 대한 반독점".
    const auto before = [&](QStringView what) {
        return at >= what.size() && text.sliced(at - what.size(), what.size()) == what;
    };
    switch (cue) {
    case Cue::Grounds:
        if (before(u"을 ") || before(u"를 "))
            ruleEndingAt(text, at - 2, matches, found);
        break;
    case Cue::Decree:
        if (before(u" "))
            ruleEndingAt(text, at - 1, matches, found);
        break;
    case Cue::Listing:
        // "세닉스를 칩설계지원 특별법에 추가했다": the object of a listing is a company.
        if (before(u"에 ")) {
            const qsizetype ruleStart = ruleEndingAt(text, at - 2, matches, found);
            if (ruleStart >= 2 && text[ruleStart - 1] == u' ')
                addObject(text, ruleStart - 1, true, matches, found);
        }
        break;
    case Cue::Penalty:
        if (before(u"에 "))
            addObject(text, at - 2, false, matches, found);
        break;
    case Cue::Inquiry:
        if (before(u"에 대한 "))
            addObject(text, at - 5, false, matches, found);
        break;
    default:
        break;
    }
}

void ContextNames::addCompanySubject(QStringView text, qsizetype start, qsizetype cueAt, const QSet<QString> &persons,
                                     const QList<EntityMatch> &matches, QList<EntityMatch> &found) const
{
    qsizetype end = start;
    while (end < cueAt && isWordUnit(text[end]) && end - start <= kMaxName + 1)
        ++end;
    if (end == start || end >= cueAt || text[end] != u' ')
        return;
    const QStringView word = text.sliced(start, end - start);
    const qsizetype nameEnd = start + withoutParticle(word);
    const QStringView particle = text.sliced(nameEnd, end - nameEnd);
    if (particle != u"은" && particle != u"는" && particle != u"이" && particle != u"가")
        return;
    const QStringView name = text.sliced(start, nameEnd - start);
    if (findOverlap(matches, start, nameEnd) || !acceptable(name) || persons.contains(name.toString()))
        return;
    // NPU, HBM: a short capitalised subject is a technology more often than a firm.
    if (name.size() <= 4 && std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return;
    found.append(patternMatch(text, start, nameEnd, EntityType::Org, kSubjectConfidence));
}

void ContextNames::apply(QStringView text, const std::vector<CueHit> &cues, QList<EntityMatch> &matches) const
{
    QList<EntityMatch> found;
    addListItems(text, matches, found);
    QSet<QString> persons; // names a title made persons: never a company for leading a sentence
    bool personsRead = false;
    qsizetype lastSubject = -1;
    std::pair<qsizetype, qsizetype> clause{-1, -1}; // after the latest '에 따르면', up to its sentence's end
    for (const CueHit &hit : cues) {
        const Cue cue = cueKind(hit.index);
        if (cue == Cue::ReportedBy || cue == Cue::Citing || cue == Cue::According)
            addReportSource(text, hit.start, cue, matches, found);
        else if (cue != Cue::Company)
            addRuleOrObject(text, hit.start, cue, matches, found);
        if (cue != Cue::Company && cue != Cue::According)
            continue;
        // A sentence (or a clause after '에 따르면') led by an unknown name with its subject
        // particle that speaks of filings, results, shares, plants or products is about a
        // company: "나래정밀은 18일 공시를 통해".
        if (!personsRead) {
            for (const EntityMatch &m : matches) {
                if (m.type == EntityType::Person && m.origin == MatchOrigin::Pattern)
                    persons.insert(m.canonical);
            }
            personsRead = true;
        }
        if (cue == Cue::According) {
            const qsizetype after = hit.start + 4; // "따르면 "
            const qsizetype stop = text.indexOf(u'.', after);
            const qsizetype limit = std::min(stop < 0 ? text.size() : stop, after + kMaxSentence);
            // Only when the clause has a company cue: checked when that cue's hit comes.
            if (after < text.size() && text[after - 1] == u' ')
                clause = {after, limit};
            continue;
        }
        qsizetype s = hit.start;
        while (s > 0 && hit.start - s < kMaxSentence && !isSentenceStop(text[s - 1]))
            --s;
        while (s < hit.start && !isWordUnit(text[s]))
            ++s;
        if (s != lastSubject) {
            addCompanySubject(text, s, hit.start, persons, matches, found);
            lastSubject = s;
        }
        if (clause.first >= 0 && hit.start > clause.first && hit.start < clause.second) {
            addCompanySubject(text, clause.first, hit.start, persons, matches, found);
            clause = {-1, -1};
        }
    }
    if (found.isEmpty())
        return;
    std::sort(found.begin(), found.end(), [](const EntityMatch &a, const EntityMatch &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Two rules (or two neighbours) may find the same name: keep the first of overlapping ones.
    QList<EntityMatch> merged;
    merged.reserve(matches.size() + found.size());
    qsizetype i = 0;
    qsizetype taken = 0;
    for (EntityMatch &f : found) {
        if (f.start < taken)
            continue;
        while (i < matches.size() && matches[i].start < f.start)
            merged.append(std::move(matches[i++]));
        taken = f.end;
        merged.append(std::move(f));
    }
    while (i < matches.size())
        merged.append(std::move(matches[i++]));
    matches = std::move(merged);
}

} // namespace chipline::text
