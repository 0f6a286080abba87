#include "mentionpropagator.h"

#include "entitypatterns.h"
#include "textfold.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bitset>

namespace chipline::text {

namespace {

constexpr float kPropagatedFactor = 0.9F;
constexpr float kShortFormFactor = 0.8F;

bool isLatinWord(QStringView w)
{
    return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); });
}

using UnitSet = std::bitset<0x10000>;

// The first unit at or after from that is in set; n when none is. Every unit of the text
// is read here, in a loop of its own so that its few variables stay in registers.
Q_NEVER_INLINE qsizetype nextIn(const UnitSet &set, const char16_t *units, qsizetype from, qsizetype n)
{
    while (from < n && !set[units[from]])
        ++from;
    return from;
}

} // namespace

void MentionPropagator::apply(QStringView text, QList<EntityMatch> &matches) const
{
    struct Form
    {
        QString surface;
        EntityMatch like;
    };
    // Surfaces by their first two units (a surface has at least two); a full name is tried
    // before its short form. Keyed by one unit, common first syllables (이, 김) compared
    // every form that began with them at every word they began.
    QHash<quint32, QList<Form>> byStart;
    UnitSet firsts;
    UnitSet seconds;
    const auto startKey = [](QStringView s) { return (quint32(s[0].unicode()) << 16) | s[1].unicode(); };
    QSet<QString> seen;
    const auto add = [&](QStringView surface, const EntityMatch &like, float factor) {
        QString key = surface.toString();
        if (surface.size() < 2 || seen.contains(key))
            return;
        seen.insert(key);
        EntityMatch m = like;
        m.origin = MatchOrigin::Propagated;
        m.confidence = like.confidence * factor;
        firsts.set(surface[0].unicode());
        seconds.set(surface[1].unicode());
        byStart[startKey(surface)].append(Form{std::move(key), std::move(m)});
    };
    for (const EntityMatch &m : std::as_const(matches)) {
        if (m.origin == MatchOrigin::Pattern)
            add(text.sliced(m.start, m.length()), m, kPropagatedFactor);
    }
    if (byStart.isEmpty())
        return;
    for (const EntityMatch &m : std::as_const(matches)) {
        if (m.origin != MatchOrigin::Pattern)
            continue;
        const QStringView surface = text.sliced(m.start, m.length());
        if (!surface.contains(u' '))
            continue;
        if (m.type == EntityType::Person) {
            const QStringView last = surface.sliced(surface.lastIndexOf(u' ') + 1);
            if (!m_open.isOrdinary(last) && last.size() >= (isLatinWord(last) ? 3 : 2))
                add(last, m, kShortFormFactor);
        } else if (m.type == EntityType::Org) {
            const QStringView first = surface.first(surface.indexOf(u' '));
            if (isLatinWord(first) && first.size() >= 4 && first.front().isUpper())
                add(first, m, kShortFormFactor);
        }
    }
    for (auto &list : byStart) // longest first: "Kestrel Labs" before "Kestrel"
        std::sort(list.begin(), list.end(),
                  [](const Form &a, const Form &b) { return a.surface.size() > b.surface.size(); });

    // Most word starts begin no form: a bit per UTF-16 unit (8 KB) for the first unit and
    // one for the second spare them the hash lookup, with no false hits however many forms
    // a long text has.
    QList<EntityMatch> found;
    qsizetype cursor = 0; // first match that may overlap position i
    const char16_t *const units = text.utf16();
    const CharClass *const classes = TextFold::charClasses();
    const auto wordUnit = [classes](char16_t u) {
        const CharClass k = classes[u];
        return k == CharClass::Hangul || k == CharClass::Letter || k == CharClass::Digit;
    };
    const qsizetype n = text.size();
    for (qsizetype i = nextIn(firsts, units, 0, n); i + 1 < n; i = nextIn(firsts, units, i + 1, n)) {
        if (!seconds[units[i + 1]] || (i > 0 && wordUnit(units[i - 1])))
            continue;
        const auto it = byStart.constFind(startKey(text.sliced(i, 2)));
        if (it == byStart.cend())
            continue;
        while (cursor < matches.size() && matches[cursor].end <= i)
            ++cursor;
        for (const Form &f : *it) {
            const qsizetype end = i + f.surface.size();
            if (end > text.size() || text.sliced(i, f.surface.size()) != f.surface)
                continue;
            if (!m_boundary.startsAt(text, i) || !m_boundary.endsAt(text, end))
                continue;
            if (cursor < matches.size() && matches[cursor].start < end)
                break; // a match is already there (the name's own first place among them)
            EntityMatch m = f.like;
            m.start = i;
            m.end = end;
            found.append(std::move(m));
            i = end - 1;
            break;
        }
    }
    if (found.isEmpty())
        return;
    QList<EntityMatch> merged;
    merged.reserve(matches.size() + found.size());
    std::merge(std::make_move_iterator(matches.begin()), std::make_move_iterator(matches.end()),
               std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()), std::back_inserter(merged),
               [](const EntityMatch &a, const EntityMatch &b) { return a.start < b.start; });
    matches = std::move(merged);
}

} // namespace chipline::text
