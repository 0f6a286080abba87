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
    std::bitset<0x10000> firsts;
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
        firsts.set(surface.front().unicode());
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

    // Most word starts begin no form: a bit per UTF-16 unit (8 KB) spares them the hash
    // lookup, with no false hits however many forms a long text has.
    QList<EntityMatch> found;
    qsizetype cursor = 0; // first match that may overlap position i
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (!firsts.test(unit))
            continue;
        if ((i > 0 && TextFold::isWordUnit(text[i - 1].unicode())) || i + 1 >= text.size())
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
