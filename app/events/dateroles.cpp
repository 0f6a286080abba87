#include "events/dateroles.h"

#include <array>

namespace chipline::events {

namespace {

using temporal::DateMention;
using temporal::DatePrecision;

// Verbs that report what someone else did; the quotative (…다고, …라고) ends the reported clause.
constexpr std::array<QStringView, 12> kKoreanReportVerbs{u"밝혔",   u"알렸",   u"보도했", u"전했",
                                                         u"발표했", u"말했",   u"공시했", u"설명했",
                                                         u"덧붙였", u"주장했", u"보도",   u"전해졌"};
constexpr std::array<QStringView, 7> kEnglishReportVerbs{u"said", u"says",   u"announced", u"reported",
                                                         u"told", u"stated", u"confirmed"};

bool isLatin(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// The English words of text, lower-cased, in order.
QList<QStringView> words(QStringView text)
{
    QList<QStringView> out;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isLatin(text[i]))
            ++i;
        const qsizetype s = i;
        while (i < text.size() && isLatin(text[i]))
            ++i;
        if (i > s)
            out.append(text.sliced(s, i - s));
    }
    return out;
}

bool isReportVerb(QStringView word)
{
    for (const QStringView verb : kEnglishReportVerbs) {
        if (word.compare(verb, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool koreanEffective(QStringView after)
{
    const QStringView near = after.left(10);
    return near.contains(u"시행") || near.contains(u"발효") || near.contains(u"적용");
}

bool englishEffective(QStringView before)
{
    const QString near = before.right(28).toString().toLower();
    return near.contains(u"effect") || near.contains(u"in force") || near.contains(u"apply from")
        || near.contains(u"compliance");
}

// "said on Tuesday", "said in a filing on Wednesday", "reported on Monday", "said Friday",
// "on Wednesday said": a reporting verb a few words before the date with no "that" between,
// or right after it.
bool englishReported(QStringView before, QStringView after)
{
    const QList<QStringView> previous = words(before.right(48));
    for (qsizetype i = previous.size() - 1, n = 0; i >= 0 && n < 5; --i, ++n) {
        if (previous[i].compare(u"that", Qt::CaseInsensitive) == 0)
            break;
        if (isReportVerb(previous[i]))
            return true;
    }
    const QList<QStringView> next = words(after.left(24));
    return !next.isEmpty() && isReportVerb(next.first());
}

// Where the reported clause of a Korean frame ends (its quotative), or -1 without a frame.
qsizetype koreanQuotative(QStringView sentence)
{
    qsizetype verb = -1;
    for (const QStringView v : kKoreanReportVerbs) {
        // The frame's verb ends the sentence: "…고 밝혔다.", not "밝혔던 계획". So only the
        // last few characters are searched.
        const qsizetype from = qMax<qsizetype>(0, sentence.size() - v.size() - 4);
        const qsizetype at = sentence.sliced(from).lastIndexOf(v);
        if (at >= 0)
            verb = qMax(verb, from + at);
    }
    if (verb < 0)
        return -1;
    const qsizetype da = sentence.lastIndexOf(u"다고", verb);
    const qsizetype ra = sentence.lastIndexOf(u"라고", verb);
    const qsizetype da2 = sentence.lastIndexOf(u"다며", verb);
    return qMax(qMax(da, ra), da2);
}

const DateMention *better(const DateMention *current, const DateMention *candidate)
{
    if (!current)
        return candidate;
    if (current->value.precision != DatePrecision::Day && candidate->value.precision == DatePrecision::Day)
        return candidate;
    return current;
}

// The date that governs the trigger's verb: a day rather than a month, then the nearest.
// Korean puts the verb after its date, English mostly before it: distances count from the
// trigger's near side.
const DateMention *nearest(const DateMention *current, const DateMention *candidate, qsizetype triggerStart,
                           qsizetype triggerEnd)
{
    if (!current)
        return candidate;
    const bool currentDay = current->value.precision == DatePrecision::Day;
    const bool candidateDay = candidate->value.precision == DatePrecision::Day;
    if (currentDay != candidateDay)
        return candidateDay ? candidate : current;
    const auto distance = [&](const DateMention *d) {
        return d->end <= triggerStart ? triggerStart - d->end : qMax<qsizetype>(0, d->start - triggerEnd);
    };
    return distance(candidate) < distance(current) ? candidate : current;
}

} // namespace

DateRoles assignDateRoles(QStringView sentence, qsizetype sentenceStart,
                          const QList<const temporal::DateMention *> &dates, qsizetype triggerStart,
                          qsizetype triggerEnd, bool korean)
{
    DateRoles roles;
    QList<const DateMention *> rest;
    const qsizetype quotative = korean ? koreanQuotative(sentence) : -1;
    QList<const DateMention *> inClause; // Korean: the dates inside the reported clause
    for (const DateMention *d : dates) {
        const qsizetype start = d->start - sentenceStart;
        const qsizetype end = d->end - sentenceStart;
        const QStringView before = sentence.first(start);
        const QStringView after = sentence.sliced(end);
        if (korean ? koreanEffective(after) : englishEffective(before)) {
            if (!roles.effective)
                roles.effective = d;
        } else if (korean ? quotative >= 0 && start > quotative : englishReported(before, after)) {
            roles.reported = better(roles.reported, d);
        } else if (korean && quotative >= 0) {
            inClause.append(d);
        } else {
            rest.append(d);
        }
    }
    // "AMD는 이날 공시를 통해 미 상무부가 지난 3일 … 통보했다고 밝혔다": with two dates in the
    // frame, the first, right after the frame's subject, is the frame's own.
    if (inClause.size() >= 2 && !roles.reported)
        roles.reported = inClause.takeFirst();
    rest += inClause;
    for (const DateMention *d : rest)
        roles.occurred = nearest(roles.occurred, d, sentenceStart + triggerStart, sentenceStart + triggerEnd);
    if (!roles.occurred)
        roles.occurred = roles.reported ? roles.reported : roles.effective;
    return roles;
}

} // namespace chipline::events
