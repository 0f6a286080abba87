#include "contextnames.h"

#include "textfold.h"

#include <algorithm>
#include <array>

namespace chipline::text {

namespace {

constexpr float kReportSourceConfidence = 0.5F;
constexpr float kListItemConfidence = 0.5F;
constexpr qsizetype kMaxName = 12;
constexpr qsizetype kMaxAbbreviation = 12;

bool isWordUnit(QChar c)
{
    const CharClass k = TextFold::charClass(c.unicode());
    return k == CharClass::Hangul || k == CharClass::Letter || k == CharClass::Digit;
}

// Whether a Hangul syllable ends in a consonant (받침): 은/이/을/과 follow one, 는/가/를/와 not.
bool endsInConsonant(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0xAC00 && u <= 0xD7A3 && (u - 0xAC00) % 28 != 0;
}

enum class After : quint8 { Consonant, Vowel, Any };

struct Particle
{
    const char16_t *text;
    After after;
};

// Longest first. 도 and 로 are left out: too many names end in them (여의도, 스카이로).
constexpr std::array kParticles = {
    Particle{u"에서", After::Any}, Particle{u"으로", After::Consonant}, Particle{u"에게", After::Any},
    Particle{u"과의", After::Consonant}, Particle{u"와의", After::Vowel}, Particle{u"은", After::Consonant},
    Particle{u"는", After::Vowel}, Particle{u"이", After::Consonant}, Particle{u"가", After::Vowel},
    Particle{u"을", After::Consonant}, Particle{u"를", After::Vowel}, Particle{u"과", After::Consonant},
    Particle{u"와", After::Vowel}, Particle{u"의", After::Any}, Particle{u"에", After::Any},
};

// A report's source stands before one of these, followed by the cue: "X가 보도했다".
struct Cue
{
    const char16_t *text;
    std::array<const char16_t *, 2> particles;
};

constexpr std::array kCues = {
    Cue{u" 보도했", {u"가", u"이"}},
    Cue{u" 보도한", {u"가", u"이"}},
    Cue{u" 소식통을 인용", {u"는", u"은"}},
    Cue{u" 따르면", {u"에", nullptr}},
};

qsizetype wordStartBefore(QStringView text, qsizetype end)
{
    qsizetype s = end;
    while (s > 0 && end - s <= kMaxName && isWordUnit(text[s - 1]))
        --s;
    return s;
}

bool overlapsAny(const QList<EntityMatch> &matches, qsizetype start, qsizetype end)
{
    const auto it = std::partition_point(matches.cbegin(), matches.cend(),
                                         [start](const EntityMatch &m) { return m.end <= start; });
    return it != matches.cend() && it->start < end;
}

EntityMatch made(QStringView text, qsizetype start, qsizetype end, EntityType type, float confidence)
{
    return EntityMatch{start, end, -1, type, confidence, MatchOrigin::Pattern, text.sliced(start, end - start).toString()};
}

} // namespace

qsizetype ContextNames::withoutParticle(QStringView word)
{
    for (const Particle &p : kParticles) {
        const QStringView particle(p.text);
        const qsizetype stem = word.size() - particle.size();
        if (stem < 2 || !word.endsWith(particle))
            continue;
        const QChar last = word[stem - 1];
        if (p.after == After::Any || (p.after == After::Consonant) == endsInConsonant(last))
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
    // A Latin word must look like a name: "Reuters", "GCW", not "data".
    const QChar first = name.front();
    return first.unicode() >= 0x80 || !first.isLower();
}

void ContextNames::addReportSources(QStringView text, const QList<EntityMatch> &matches, QList<EntityMatch> &found) const
{
    for (const Cue &cue : kCues) {
        const QStringView cueText(cue.text);
        for (qsizetype at = text.indexOf(cueText); at >= 0; at = text.indexOf(cueText, at + 1)) {
            qsizetype end = -1;
            for (const char16_t *p : cue.particles) {
                if (p && text.first(at).endsWith(QStringView(p)))
                    end = at - QStringView(p).size();
            }
            if (end <= 0)
                continue;
            // "글로벌칩와이어(GCW)에 따르면": the name stands before its abbreviation.
            if (text[end - 1] == u')') {
                const qsizetype open = text.lastIndexOf(u'(', end - 1);
                if (open <= 0 || end - open > kMaxAbbreviation)
                    continue;
                end = open;
            }
            const qsizetype start = wordStartBefore(text, end);
            if (start == end || (start > 0 && isWordUnit(text[start - 1])) || !m_boundary.startsAt(text, start))
                continue;
            if (!acceptable(text.sliced(start, end - start)) || overlapsAny(matches, start, end))
                continue;
            found.append(made(text, start, end, EntityType::Media, kReportSourceConfidence));
        }
    }
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
            if (end == start || overlapsAny(matches, start, end))
                break;
            const bool last = end >= text.size() || !isDot(text[end]);
            const qsizetype nameEnd = last ? start + withoutParticle(text.sliced(start, end - start)) : end;
            if (!m_boundary.endsAt(text, nameEnd) || !acceptable(text.sliced(start, nameEnd - start)))
                break;
            found.append(made(text, start, nameEnd, m.type, kListItemConfidence));
            if (nameEnd != end)
                break;
            pos = end;
        }
        // The items before it: "아바인·SMIC".
        for (qsizetype pos = m.start; pos > 1 && isDot(text[pos - 1]);) {
            const qsizetype end = pos - 1;
            const qsizetype start = wordStartBefore(text, end);
            if (start == end || (start > 0 && isWordUnit(text[start - 1])) || overlapsAny(matches, start, end))
                break;
            if (!m_boundary.startsAt(text, start) || !acceptable(text.sliced(start, end - start)))
                break;
            found.append(made(text, start, end, m.type, kListItemConfidence));
            pos = start;
        }
    }
}

void ContextNames::apply(QStringView text, QList<EntityMatch> &matches) const
{
    QList<EntityMatch> found;
    addReportSources(text, matches, found);
    addListItems(text, matches, found);
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
