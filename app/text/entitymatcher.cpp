#include "entitymatcher.h"
#include "internednames.h"

#include "core/textnormalizer.h"

#include "nfctext.h"
#include "textfold.h"

#include <QHash>

#include <algorithm>

namespace chipline::text {

using namespace Qt::StringLiterals;

namespace {

// Automaton payloads below zero are anchors for the patterns, not aliases.
constexpr std::int32_t kMarkerAnchor = -1;
constexpr std::int32_t kChipAnchor = -2;
constexpr std::int32_t kInstinctAnchor = -3;
constexpr std::int32_t kAscendAnchor = -4;
constexpr std::int32_t kVersionAnchor = -5;
constexpr std::int32_t kAgeAnchor = -6; // "(2": an age may follow a name
constexpr std::int32_t kTitleAnchorBase = -100; // title i is kTitleAnchorBase - i
constexpr std::int32_t kKoreanHeadBase = -1000;
constexpr std::int32_t kEnglishAfterBase = -2000;
constexpr std::int32_t kEnglishBeforeBase = -3000;
constexpr std::int32_t kEnglishTitleBase = -4000;
constexpr std::int32_t kContextCueBase = -5000;
constexpr std::int32_t kPlaceBodyBase = -6000; // a head written onto a known place
constexpr std::int32_t kAnchorRange = 1000; // anchors of one kind per base

constexpr float kShortAliasConfidence = 0.9F;
constexpr float kAbbreviationConfidence = 0.9F;
constexpr float kPlaceBodyConfidence = 0.75F;
constexpr qsizetype kMaxAbbreviation = 24;

char16_t widthFold(char16_t u)
{
    return u >= 0xFF01 && u <= 0xFF5E ? static_cast<char16_t>(u - 0xFEE0) : u;
}

} // namespace

EntityMatcher::EntityMatcher(const Gazetteer &gazetteer)
    : EntityMatcher(gazetteer, MatcherLexicon::builtIn())
{}

EntityMatcher::EntityMatcher(const MatcherLexicon &lexicon, Unbuilt)
    : m_titles(lexicon.titles),
      m_particles(lexicon.particles, lexicon.particleTails),
      m_boundary(m_particles),
      m_open(lexicon, m_boundary),
      m_patterns(lexicon, m_boundary, m_open),
      m_names(lexicon, m_particles, m_boundary, m_open),
      m_context(m_boundary, m_open),
      m_propagator(m_boundary, m_open)
{
    for (const MatcherLexicon::Head &h : lexicon.koreanHeads) {
        if (h.type == EntityType::Place)
            m_placeHeads.append(h.text);
    }
    std::sort(m_placeHeads.begin(), m_placeHeads.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_bodyHeads = lexicon.placeHeads;
    std::stable_sort(
        m_bodyHeads.begin(), m_bodyHeads.end(),
        [](const MatcherLexicon::Head &a, const MatcherLexicon::Head &b) { return a.text.size() > b.text.size(); });
}

EntityMatcher::EntityMatcher(const Gazetteer &gazetteer, const MatcherLexicon &lexicon)
    : EntityMatcher(lexicon, Unbuilt{})
{
    // The lexicon's keys and the anchors below add about a fifth to the aliases.
    std::size_t aliases = 0;
    std::size_t units = 0;
    for (int id = 0; id < gazetteer.size(); ++id) {
        for (const GazetteerAlias &a : gazetteer.entity(id).aliases) {
            ++aliases;
            units += std::size_t(a.text.size());
        }
    }
    m_automaton.reserve(aliases + aliases / 4, units + units / 4);
    for (int id = 0; id < gazetteer.size(); ++id) {
        const GazetteerEntity &e = gazetteer.entity(id);
        if (e.removed)
            continue;
        for (const GazetteerAlias &a : e.aliases) {
            const QString key = TextFold::key(a.text);
            if (key.isEmpty())
                continue;
            m_automaton.add(key, static_cast<std::int32_t>(m_aliases.size()));
            m_aliases.push_back(
                AliasInfo{id, e.type, a.caseSensitive, core::TextNormalizer::nfc(a.text), internedName(e.canonical)});
        }
    }
    m_automaton.add(u"<", kMarkerAnchor);
    m_automaton.add(u"〈", kMarkerAnchor);
    for (const char16_t digit : u"0123456789"_s.toStdU16String()) {
        for (const QString &prefix : {u"h"_s, u"b"_s, u"a"_s, u"l"_s, u"gb"_s, u"gh"_s})
            m_automaton.add(QString(prefix + QChar(digit)), kChipAnchor);
        m_automaton.add(QString(u"mi"_s + QChar(digit)), kInstinctAnchor);
        for (const QString &prefix : {u"어센드 "_s, u"어센드"_s, u"ascend "_s})
            m_automaton.add(QString(prefix + QChar(digit)), kAscendAnchor);
    }
    for (const char16_t digit : u"123456789"_s.toStdU16String()) {
        for (const QString &prefix : {u" "_s, u"-"_s, u" v"_s, u"-v"_s})
            m_automaton.add(QString(prefix + QChar(digit)), kVersionAnchor);
        m_automaton.add(QString(u"("_s + QChar(digit)), kAgeAnchor);
    }
    const auto addAll = [this](const auto &list, std::int32_t base, auto textOf) {
        for (qsizetype i = 0; i < list.size() && i < kAnchorRange; ++i)
            m_automaton.add(TextFold::key(textOf(list[i])), base - static_cast<std::int32_t>(i));
    };
    const auto plain = [](const QString &t) { return t; };
    const auto head = [](const MatcherLexicon::Head &h) { return h.text; };
    addAll(m_titles, kTitleAnchorBase, plain);
    addAll(m_open.koreanHeads(), kKoreanHeadBase, head);
    addAll(m_open.englishHeadsAfter(), kEnglishAfterBase, head);
    addAll(m_open.englishHeadsBefore(), kEnglishBeforeBase, head);
    addAll(m_open.englishTitles(), kEnglishTitleBase, plain);
    addAll(ContextNames::cueTexts(), kContextCueBase, plain);
    m_automaton.build();
}

bool EntityMatcher::payloadsFit() const
{
    const qsizetype cues = ContextNames::cueTexts().size();
    const auto within = [](std::int32_t p, std::int32_t base, qsizetype size) {
        return p <= base && base - p < std::min<qsizetype>(size, kAnchorRange);
    };
    return std::all_of(m_automaton.payloads().cbegin(), m_automaton.payloads().cend(), [&](std::int32_t p) {
        if (p >= 0)
            return std::size_t(p) < m_aliases.size();
        return p >= kAgeAnchor || within(p, kTitleAnchorBase, m_titles.size())
            || within(p, kKoreanHeadBase, m_open.koreanHeads().size())
            || within(p, kEnglishAfterBase, m_open.englishHeadsAfter().size())
            || within(p, kEnglishBeforeBase, m_open.englishHeadsBefore().size())
            || within(p, kEnglishTitleBase, m_open.englishTitles().size()) || within(p, kContextCueBase, cues);
    });
}

QList<EntityMatch> EntityMatcher::match(QStringView text) const
{
    QList<EntityMatch> out;
    if (matchNfc(text, out))
        return out;
    // Rare: the text is not NFC. Match its NFC form and map offsets back.
    const NfcText nfc(text);
    out.clear();
    (void)matchNfc(nfc.text(), out, true);
    for (EntityMatch &m : out) {
        m.start = nfc.toOriginalStart(m.start);
        m.end = nfc.toOriginalEnd(m.end);
    }
    return out;
}

qsizetype EntityMatcher::startOf(QStringView text, qsizetype end, std::int32_t length) const
{
    // Walk back over fed units; a space that follows a space was skipped by the scan.
    qsizetype j = end;
    for (std::int32_t fed = 0; fed < length;) {
        --j;
        if (j > 0 && m_automaton.isSpaceUnit(text[j].unicode()) && m_automaton.isSpaceUnit(text[j - 1].unicode()))
            continue;
        ++fed;
    }
    return j;
}

qsizetype EntityMatcher::placeHeadEnd(QStringView text, qsizetype end) const
{
    // "텍사스주의": a place head, then a word boundary or a particle chain.
    const QStringView rest = text.sliced(end);
    for (const QString &head : m_placeHeads) {
        if (rest.startsWith(head) && m_boundary.endsAt(text, end + head.size()))
            return end + head.size();
    }
    return -1;
}

qsizetype EntityMatcher::bodyHeadAfter(QStringView text, qsizetype end) const
{
    const QStringView rest = text.sliced(end);
    for (qsizetype i = 0; i < m_bodyHeads.size(); ++i) {
        const QString &head = m_bodyHeads[i].text;
        if (rest.startsWith(head) && m_boundary.endsAt(text, end + head.size()))
            return i;
    }
    return -1;
}

bool EntityMatcher::sameCase(QStringView text, qsizetype start, qsizetype end, const QString &exact) const
{
    qsizetype k = 0;
    for (qsizetype i = start; i < end; ++i) {
        const bool space = m_automaton.isSpaceUnit(text[i].unicode());
        if (space && i > start && m_automaton.isSpaceUnit(text[i - 1].unicode()))
            continue;
        if (k >= exact.size())
            return false;
        const char16_t want = exact[k++].unicode();
        if (space ? !m_automaton.isSpaceUnit(want) : widthFold(text[i].unicode()) != want)
            return false;
    }
    return k == exact.size();
}

bool EntityMatcher::matchNfc(QStringView text, QList<EntityMatch> &out, bool normalized) const
{
    struct Candidate
    {
        qsizetype start;
        qsizetype end;
        std::int32_t alias;
        bool headed; // a place alias and its head: 텍사스 + 주
    };
    std::vector<Candidate> candidates;
    std::vector<Anchor> anchors;
    std::vector<ContextNames::CueHit> cues;
    const bool complete = m_automaton.scan(
        text,
        [&](const AhoCorasick::Hit &hit) {
            // Only a key with a space may span more units than it has (a run of spaces).
            const qsizetype start = hit.spaced ? startOf(text, hit.end, hit.length) : hit.end - hit.length;
            if (hit.payload <= kContextCueBase && hit.payload > kContextCueBase - kAnchorRange) {
                cues.push_back(ContextNames::CueHit{start, static_cast<int>(kContextCueBase - hit.payload)});
                return;
            }
            if (hit.payload < 0) {
                anchors.push_back(Anchor{start, hit.end, hit.payload});
                return;
            }
            if (!m_boundary.startsAt(text, start))
                return;
            const AliasInfo &a = m_aliases[hit.payload];
            qsizetype end = hit.end;
            const bool headed = !m_boundary.endsAt(text, end);
            if (headed && a.type == EntityType::Place && (end = placeHeadEnd(text, hit.end)) < 0) {
                // "북한군은", "부산대와": a body written onto the place is a name of its own.
                const qsizetype body = bodyHeadAfter(text, hit.end);
                if (body >= 0) {
                    const QString &h = m_bodyHeads[body].text;
                    anchors.push_back(Anchor{start, hit.end + h.size(), kPlaceBodyBase - std::int32_t(body)});
                }
                return;
            }
            if (headed && a.type != EntityType::Place)
                return;
            if (a.caseSensitive && !sameCase(text, start, hit.end, a.exact))
                return;
            candidates.push_back(Candidate{start, end, hit.payload, headed});
        },
        normalized);
    if (!complete)
        return false;

    // Leftmost, then longest: 중국 상무부 over 중국, 어센드 910D over 어센드; a name listed
    // with its head over a shorter one that takes it (뉴욕주 is the state, not 뉴욕 + 주).
    // Hits come by end, so each candidate is out of place only by the few shorter ones it
    // contains: an insertion sort moves it past them. It is stable: an alias listed twice
    // keeps the gazetteer's order.
    const auto before = [](const Candidate &x, const Candidate &y) {
        if (x.start != y.start)
            return x.start < y.start;
        return x.end != y.end ? x.end > y.end : x.headed < y.headed;
    };
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        const Candidate c = candidates[k];
        std::size_t j = k;
        for (; j > 0 && before(c, candidates[j - 1]); --j)
            candidates[j] = candidates[j - 1];
        candidates[j] = c;
    }
    out.reserve(out.size() + qsizetype(candidates.size()));
    qsizetype taken = 0;
    for (const Candidate &c : candidates) {
        if (c.start < taken)
            continue;
        const AliasInfo &a = m_aliases[c.alias];
        const float confidence = c.end - c.start <= 2 ? kShortAliasConfidence : 1.0F;
        out.append(EntityMatch{c.start, c.end, a.entity, a.type, confidence, MatchOrigin::Gazetteer, a.canonical});
        taken = c.end;
    }
    if (!anchors.empty())
        addPatterns(text, anchors, out);
    m_names.apply(text, out);
    m_context.apply(text, cues, out);
    addAbbreviations(text, out);
    m_propagator.apply(text, out);
    return true;
}

void EntityMatcher::addAbbreviations(QStringView text, QList<EntityMatch> &matches) const
{
    struct Defined
    {
        QString surface;
        EntityMatch like;
        qsizetype from;
    };
    std::vector<Defined> defined;
    for (const EntityMatch &m : std::as_const(matches)) {
        if ((m.origin != MatchOrigin::Gazetteer && m.origin != MatchOrigin::Pattern) || m.end >= text.size()
            || TextFold::fold(text[m.end].unicode()) != u'(')
            continue;
        const qsizetype open = m.end;
        qsizetype close = open + 1;
        while (close < text.size() && close - open <= kMaxAbbreviation && TextFold::fold(text[close].unicode()) != u')')
            ++close;
        if (close >= text.size() || TextFold::fold(text[close].unicode()) != u')' || close - open < 3)
            continue;
        // An abbreviation is Latin: "(FT)", "(SEC)", "(Ascend)" - never "(사진)" or "(79)".
        const char16_t first = TextFold::fold(text[open + 1].unicode());
        if (first < u'a' || first > u'z')
            continue;
        bool ok = true;
        for (qsizetype i = open + 1; i < close && ok; ++i) {
            const QChar c = text[i];
            ok = isAlnumClass(TextFold::charClass(c.unicode())) || c == u'&' || c == u'.' || c == u'-' || c == u' ';
        }
        if (!ok || findOverlap(matches, open + 1, close))
            continue;
        EntityMatch abbr = m;
        abbr.start = open + 1;
        abbr.end = close;
        abbr.origin = MatchOrigin::Abbreviation;
        abbr.confidence = kAbbreviationConfidence;
        defined.push_back(Defined{text.sliced(abbr.start, abbr.length()).toString(), abbr, close + 1});
    }
    // Each surface is searched once, from its first definition on: a long text (a whole
    // concatenated file) may define the same abbreviation thousands of times.
    QHash<QString, qsizetype> searched;
    QList<EntityMatch> found;
    for (const Defined &d : defined) {
        found.append(d.like);
        if (searched.contains(d.surface))
            continue;
        searched.insert(d.surface, d.from);
        // Later uses of the abbreviation in the same text, compared with their case. Its
        // first letter is rare in Korean text, and a search for one unit is vectorized.
        const QChar first = d.surface.front();
        for (qsizetype at = text.indexOf(first, d.from); at >= 0; at = text.indexOf(first, at + 1)) {
            const qsizetype end = at + d.surface.size();
            if (end > text.size() || text.sliced(at, d.surface.size()) != d.surface)
                continue;
            if (m_boundary.startsAt(text, at) && m_boundary.endsAt(text, end)) {
                EntityMatch again = d.like;
                again.start = at;
                again.end = end;
                found.append(again);
            }
        }
    }
    if (found.isEmpty())
        return;
    std::sort(found.begin(), found.end(), [](const EntityMatch &a, const EntityMatch &b) { return a.start < b.start; });
    // One linear merge instead of an insert (and a copy of the tail) per abbreviation use;
    // the matches move over, so their names are not copied.
    QList<EntityMatch> merged;
    merged.reserve(matches.size() + found.size());
    EntityMatch *const old = matches.data();
    const qsizetype count = matches.size();
    qsizetype i = 0;
    for (EntityMatch &f : found) {
        while (i < count && old[i].start < f.start)
            merged.append(std::move(old[i++]));
        const bool overlapsNext = i < count && old[i].start < f.end;
        const bool overlapsPrev = !merged.isEmpty() && merged.last().end > f.start;
        if (!overlapsNext && !overlapsPrev)
            merged.append(std::move(f));
    }
    while (i < count)
        merged.append(std::move(old[i++]));
    matches = std::move(merged);
}

void EntityMatcher::addPatterns(QStringView text, const std::vector<Anchor> &anchors, QList<EntityMatch> &matches) const
{
    QList<EntityMatch> made;
    // A longer pattern match replaces the shorter ones it contains: 지린성, then
    // 지린성 상무청.
    const auto keep = [&made](const EntityMatch &m) {
        auto first =
            std::partition_point(made.begin(), made.end(), [&m](const EntityMatch &x) { return x.end <= m.start; });
        auto last = first;
        while (last != made.end() && last->start < m.end) {
            if (last->start < m.start || last->end > m.end || last->length() >= m.length())
                return;
            ++last;
        }
        made.insert(made.erase(first, last), m);
    };
    // Anchors come in text order, so the recognized match an anchor may overlap is found by
    // a cursor that moves with them rather than by a binary search per anchor.
    qsizetype cursor = 0;
    const auto overlapping = [&known = std::as_const(matches), &cursor](qsizetype start, qsizetype end) {
        while (cursor > 0 && known[cursor - 1].end > start)
            --cursor;
        while (cursor < known.size() && known[cursor].end <= start)
            ++cursor;
        return cursor < known.size() && known[cursor].start < end;
    };
    for (const Anchor &a : anchors) {
        // "어센드 930C": a model number may extend the bare family name the gazetteer found.
        if (a.payload == kAscendAnchor) {
            const std::optional<EntityMatch> m =
                m_patterns.chipNumber(text, a.start, a.end, EntityPatterns::ChipPrefix::Ascend, matches);
            const EntityMatch *known = m ? findOverlap(matches, m->start, m->end) : nullptr;
            if ((known && known->start == m->start && known->end < m->end && known->type == EntityType::Chip
                 && !findOverlap(matches, known->end, m->end))
                || (m && !known))
                keep(*m);
            continue;
        }
        if (overlapping(a.start, a.end))
            continue;
        const std::optional<EntityMatch> m = patternAt(text, a, matches, made);
        if (!m)
            continue;
        // A body may take in the place before it: "중국 과학기술부" over "중국".
        const EntityMatch *hit = findOverlap(matches, m->start, m->end);
        const bool swallows = hit && hit->type == EntityType::Place && hit->start == m->start && hit->end < m->end
            && m->type != EntityType::Place && !findOverlap(matches, hit->end, m->end);
        if (!hit || swallows)
            keep(*m);
    }
    if (made.isEmpty())
        return;
    // Drop gazetteer matches a longer pattern match extends, and merge the rest with the
    // pattern matches in one walk: both lists are sorted by start and free of overlaps.
    // Equal starts keep the recognized match first. Everything moves; no name is copied.
    QList<EntityMatch> merged;
    merged.reserve(matches.size() + made.size());
    EntityMatch *const old = matches.data();
    const qsizetype count = matches.size();
    qsizetype next = 0; // the first pattern match that may overlap the current match
    qsizetype put = 0; // pattern matches merged so far
    for (qsizetype i = 0; i < count; ++i) {
        EntityMatch &m = old[i];
        while (next < made.size() && made[next].end <= m.start)
            ++next;
        const bool overlaps = next < made.size() && made[next].start < m.end;
        if (overlaps && made[next].origin == MatchOrigin::Pattern && m.origin != MatchOrigin::Pattern)
            continue;
        while (put < made.size() && made[put].start < m.start)
            merged.append(std::move(made[put++]));
        merged.append(std::move(m));
    }
    while (put < made.size())
        merged.append(std::move(made[put++]));
    matches = std::move(merged);
}

std::optional<EntityMatch> EntityMatcher::patternAt(QStringView text, const Anchor &a, const QList<EntityMatch> &known,
                                                    const QList<EntityMatch> &made) const
{
    const std::int32_t p = a.payload;
    if (p == kMarkerAnchor)
        return m_patterns.interviewMarker(text, a.start);
    if (p == kChipAnchor)
        return m_patterns.chipNumber(text, a.start, a.end, EntityPatterns::ChipPrefix::NeedsContext, known);
    if (p == kInstinctAnchor)
        return m_patterns.chipNumber(text, a.start, a.end, EntityPatterns::ChipPrefix::Instinct, known);
    if (p == kVersionAnchor)
        return m_open.versioned(text, a.start, known);
    if (p == kAgeAnchor)
        return m_patterns.personBeforeAge(text, a.start, known);
    if (p <= kPlaceBodyBase)
        return patternMatch(text, a.start, a.end, m_bodyHeads[kPlaceBodyBase - p].type, kPlaceBodyConfidence);
    const auto index = [p](std::int32_t base) { return static_cast<int>(base - p); };
    if (p <= kEnglishTitleBase)
        return m_open.englishTitle(text, a.start, a.end);
    if (p <= kEnglishBeforeBase)
        return m_open.englishHeadBefore(text, a.start, a.end, index(kEnglishBeforeBase));
    if (p <= kEnglishAfterBase)
        return m_open.englishHeadAfter(text, a.start, a.end, index(kEnglishAfterBase), known);
    if (p <= kKoreanHeadBase)
        return m_open.koreanHead(text, a.start, a.end, index(kKoreanHeadBase), known, made);
    if (!m_boundary.startsAt(text, a.start))
        return std::nullopt;
    if (auto before = m_patterns.personBeforeTitle(text, a.start, a.end, known))
        return before;
    return m_patterns.personAfterTitle(text, a.end, known);
}

} // namespace chipline::text
