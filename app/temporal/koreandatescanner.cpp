#include "temporal/koreandatescanner.h"

#include "temporal/koreandatekeywords.h"

#include "core/hangul.h"

#include <array>

namespace chipline::temporal {

namespace {

using core::isHangulSyllable;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLatin(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

using korean::Keyword;
using korean::kWeekdays;
using namespace korean::handlers;

// A particle or time word may follow 이달/내달 ("이달 중", "내달부터"); other syllables mean
// another word ("내달리다").
bool monthWordEnds(QChar next)
{
    static const QString allowed = QStringLiteral("초중말에부까의께도은는");
    return !isHangulSyllable(next) || allowed.contains(next);
}

} // namespace

struct KoreanDateScanner::Numeric
{
    int year = 0;
    int month = 0;
    int day = 0;
    int daysAfter = 0;
    bool fiscal = false;
    DatePeriod period = DatePeriod::None;
    qsizetype end = 0;
};

KoreanDateScanner::KoreanDateScanner(QStringView text)
    : m_text(text),
      m_keywords(korean::keywordIndex())
{}

bool KoreanDateScanner::startsAt(qsizetype at, QStringView what) const
{
    // Asked at nearly every number and keyword: compared inline, no library call.
    if (at + what.size() > m_text.size())
        return false;
    const QChar *p = m_text.data() + at;
    for (qsizetype k = 0; k < what.size(); ++k) {
        if (p[k] != what[k])
            return false;
    }
    return true;
}

qsizetype KoreanDateScanner::skipSpace(qsizetype at) const
{
    return at < m_text.size() && (m_text[at] == u' ' || m_text[at] == QChar(0xA0)) ? at + 1 : at;
}

int KoreanDateScanner::number(qsizetype at, qsizetype *end) const
{
    qsizetype i = at;
    int value = 0;
    while (i < m_text.size() && isDigit(m_text[i]) && i - at < 5)
        value = value * 10 + (m_text[i++].unicode() - u'0');
    *end = i;
    if (i == at || i - at > 4 || (i < m_text.size() && isDigit(m_text[i])))
        return -1;
    return value;
}

QList<DateMention> KoreanDateScanner::scan()
{
    m_mentions.clear();
    const char16_t *const units = m_text.utf16();
    const qsizetype n = m_text.size();
    // The index finds the next digit or keyword syllable at a word start; everything else
    // (the other syllables of a Hangul run, punctuation, Latin) is passed over there.
    qsizetype i = m_keywords.nextStop(units, 0, n);
    while (i < n) {
        const QChar c = m_text[i];
        if (isDigit(c)) {
            const QChar before = i > 0 ? m_text[i - 1] : QChar();
            // Digits inside a token (H20, V3.2, 910C) are names, not dates.
            const bool inToken =
                isLatin(before) || before == u'-' || (before == u'.' && i > 1 && isDigit(m_text[i - 2]));
            Numeric num;
            if (!inToken && parseNumeric(i, &num))
                addBare(i, num);
            i = qMax(num.end, i + 1);
            while (inToken && i < n && isDigit(m_text[i]))
                ++i;
            i = m_keywords.nextStop(units, i, n);
            continue;
        }
        if (m_keywords.mayStartWith(c, i + 1 < n ? m_text[i + 1] : QChar())) {
            const qsizetype next = scanKeyword(i);
            if (next > i) {
                i = m_keywords.nextStop(units, next, n);
                continue;
            }
        }
        i = m_keywords.nextStop(units, i + 1, n);
    }
    return m_mentions;
}

bool KoreanDateScanner::parseNumeric(qsizetype at, Numeric *out) const
{
    qsizetype e = 0;
    const int n = number(at, &e);
    out->end = e;
    if (n < 0 || e >= m_text.size())
        return false;
    const qsizetype digits = e - at;
    const QChar c = m_text[e];
    if (digits == 4 && (c == u'.' || c == u'-')) {
        // 2025.04.09, 2025. 4. 9, 2025-04-09
        qsizetype p = c == u'.' ? skipSpace(e + 1) : e + 1;
        qsizetype e2 = 0, e3 = 0;
        const int month = number(p, &e2);
        if (month < 0 || e2 - p > 2 || e2 >= m_text.size() || m_text[e2] != c)
            return false;
        p = c == u'.' ? skipSpace(e2 + 1) : e2 + 1;
        const int day = number(p, &e3);
        if (day < 0 || e3 - p > 2)
            return false;
        *out = Numeric{n, month, day, 0, false, DatePeriod::None, e3};
        return true;
    }
    if (c == u'년') {
        out->end = e + 1;
        if (digits != 4 || n < 1900 || n > 2100)
            return false;
        if (e + 1 < m_text.size() && QStringLiteral("간째치").contains(m_text[e + 1]))
            return false;
        if (startsAt(skipSpace(e + 1), u"동안") || startsAt(skipSpace(e + 1), u"만에"))
            return false;
        out->year = n;
        const qsizetype q = skipSpace(e + 1);
        Numeric rest;
        if (q < m_text.size() && isDigit(m_text[q]) && parseNumeric(q, &rest) && rest.year == 0 && rest.daysAfter == 0
            && (rest.month > 0 || rest.period != DatePeriod::None)) {
            out->month = rest.month;
            out->day = rest.day;
            out->period = rest.period;
            out->fiscal = rest.fiscal;
            out->end = rest.end;
        } else {
            out->end = periodEnd(q, out);
        }
        return true;
    }
    if (c == u'월' && digits <= 2 && n >= 1 && n <= 12) {
        if (startsAt(e + 1, u"요일"))
            return false;
        out->month = n;
        out->end = e + 1;
        const qsizetype q = skipSpace(e + 1);
        qsizetype e2 = 0;
        const int day = number(q, &e2);
        if (day >= 1 && day <= 31 && e2 - q <= 2 && e2 < m_text.size() && m_text[e2] == u'일'
            && !isDuration(q, e2 + 1)) {
            out->day = day;
            out->end = parseDaySuffix(e2 + 1, out);
        } else {
            out->end = periodEnd(q, out);
        }
        return true;
    }
    if (c == u'일' && n >= 1) {
        out->end = e + 1;
        const qsizetype q = skipSpace(e + 1);
        if (n <= 366 && (startsAt(q, u"뒤") || startsAt(q, u"후"))
            && (q + 1 >= m_text.size() || !isHangulSyllable(m_text[q + 1]) || startsAt(q + 1, u"인")
                || startsAt(q + 1, u"에") || startsAt(q + 1, u"엔"))) {
            out->daysAfter = n;
            out->end = q + 1;
            return true;
        }
        if (digits > 2 || n > 31 || isDuration(at, e + 1))
            return false;
        out->day = n;
        out->end = parseDaySuffix(e + 1, out);
        return true;
    }
    if (startsAt(e, u"분기") && n >= 1 && n <= 4 && digits == 1) {
        out->month = (n - 1) * 3 + 1;
        out->period = DatePeriod::Quarter;
        out->end = e + 2;
        // "2026 회계연도 1분기" follows a company's fiscal calendar, not the calendar year.
        const qsizetype from = qMax<qsizetype>(0, at - 12);
        out->fiscal = m_text.sliced(from, at - from).contains(u"회계연도");
        return true;
    }
    return false;
}

// After "N일": a time-zone note such as "(현지시간)" belongs to the expression.
qsizetype KoreanDateScanner::parseDaySuffix(qsizetype at, Numeric *out) const
{
    Q_UNUSED(out);
    const qsizetype open = skipSpace(at);
    if (open < m_text.size() && m_text[open] == u'(') {
        const qsizetype close = m_text.indexOf(u')', open);
        if (close > open && close - open <= 14) {
            const QStringView inner = m_text.sliced(open, close - open);
            if (inner.contains(u"시간") || inner.contains(u"시각"))
                return close + 1;
        }
    }
    return at;
}

// "초", "중순", "말", "상반기", "하반기" after a month or year.
qsizetype KoreanDateScanner::periodEnd(qsizetype at, Numeric *out) const
{
    // at is past the spaces after the number: without a period word the mention ends
    // where it did, not after those spaces.
    const qsizetype end = parsePeriod(at, out);
    return end > at ? end : out->end;
}

qsizetype KoreanDateScanner::parsePeriod(qsizetype at, Numeric *out) const
{
    struct Part
    {
        QStringView text;
        DatePeriod period;
        int month;
    };
    static constexpr std::array<Part, 7> parts{{
        {u"상반기", DatePeriod::FirstHalf, 1},
        {u"하반기", DatePeriod::SecondHalf, 7},
        {u"중순", DatePeriod::Mid, 0},
        {u"상순", DatePeriod::Early, 0},
        {u"하순", DatePeriod::Late, 0},
        {u"초", DatePeriod::Early, 0},
        {u"말", DatePeriod::Late, 0},
    }};
    for (const Part &part : parts) {
        const QStringView text = part.text;
        if (!startsAt(at, text))
            continue;
        const qsizetype end = at + text.size();
        // 말 and 초 are whole words only before a particle ("5월 말께", not "말했다").
        if (text.size() == 1 && end < m_text.size() && isHangulSyllable(m_text[end])
            && !QStringLiteral("께까에부경쯤엔").contains(m_text[end]))
            return at;
        if (part.month > 0 && out->month > 0)
            return at;
        out->period = part.period;
        if (part.month > 0)
            out->month = part.month;
        return end;
    }
    return at;
}

// "3일간", "30일 이내", "1일 1회", "주 5일": counts of days, not dates.
bool KoreanDateScanner::isDuration(qsizetype numberStart, qsizetype afterDay) const
{
    if (afterDay < m_text.size() && QStringLiteral("간째치분씩짜").contains(m_text[afterDay]))
        return true;
    const qsizetype q = skipSpace(afterDay);
    static constexpr std::array<QStringView, 13> words{u"동안", u"이내", u"안에", u"만에", u"만이", u"연속", u"이상",
                                                       u"가량", u"정도", u"넘게", u"내에", u"미만", u"남짓"};
    for (const QStringView word : words) {
        if (startsAt(q, word))
            return true;
    }
    if (q < m_text.size() && isDigit(m_text[q])) {
        qsizetype e = 0;
        if (number(q, &e) >= 0 && startsAt(e, u"회"))
            return true;
    }
    // The word before: 주 5일, 매월 1일, 하루 24시간.
    qsizetype b = numberStart;
    if (b > 0 && m_text[b - 1] == u' ')
        --b;
    qsizetype w = b;
    while (w > 0 && isHangulSyllable(m_text[w - 1]))
        --w;
    const QStringView before = m_text.sliced(w, b - w);
    return before == u"주" || before == u"매주" || before == u"매월" || before == u"매달" || before == u"격주";
}

qsizetype KoreanDateScanner::scanKeyword(qsizetype at)
{
    for (const Keyword *k : *m_keywords.at(m_text[at])) {
        if (!k)
            break;
        const QStringView text = k->text;
        if (!startsAt(at, text))
            continue;
        const qsizetype end = at + text.size();
        const QChar next = end < m_text.size() ? m_text[end] : QChar();
        switch (k->handler) {
        case AnchorWord:
            add(at, end, DateKind::AnchorOffset, 0, 0, 0, k->offset);
            return end;
        case HalfWord:
            add(at, end, DateKind::Month, 0, k->offset, 0, 6,
                k->offset == 1 ? DatePeriod::FirstHalf : DatePeriod::SecondHalf);
            return end;
        case YearPartWord:
            add(at, end, DateKind::YearOffset, 0, k->offset, 0, 0,
                k->offset == 1 ? DatePeriod::Early : DatePeriod::Late);
            return end;
        case WeekdayWord: {
            Numeric suffix;
            add(at, parseDaySuffix(end, &suffix), DateKind::Weekday, 0, 0, k->offset, WeekdayOnOrBefore);
            return m_mentions.last().end;
        }
        case MonthPrefix:
            if (text.size() == 2 && !monthWordEnds(next))
                continue;
            return afterPrefix(at, end, k->handler, k->offset);
        default:
            return afterPrefix(at, end, k->handler, k->offset);
        }
    }
    return at;
}

// A prefix keyword and what follows it; returns where scanning resumes (keywordStart when
// the keyword turned out not to start a date, so that the digits are scanned on their own).
qsizetype KoreanDateScanner::afterPrefix(qsizetype keywordStart, qsizetype keywordEnd, int kind, int offset)
{
    const qsizetype q = skipSpace(keywordEnd);
    Numeric num;
    const bool numeric = q < m_text.size() && isDigit(m_text[q]) && parseNumeric(q, &num) && num.year == 0
        && num.daysAfter == 0 && !num.fiscal;
    const bool dayOnly = numeric && num.day > 0 && num.month == 0;
    const bool monthOnly = numeric && num.month > 0 && num.day == 0;
    switch (kind) {
    case YearPrefix:
    case YearPrefixOnly: {
        if (numeric && num.month > 0) {
            add(keywordStart, num.end, DateKind::YearOffset, 0, num.month, num.day, offset, num.period);
            return num.end;
        }
        Numeric part;
        const qsizetype partEnd = parsePeriod(q, &part);
        if (partEnd > q) {
            // 지난해 말 / 올해 초: the last or first month of that year.
            const int month = part.month > 0 ? part.month : part.period == DatePeriod::Late ? 12 : 1;
            add(keywordStart, partEnd, DateKind::YearOffset, 0, month, 0, offset, part.period);
            return partEnd;
        }
        if (kind == YearPrefixOnly)
            return keywordStart;
        add(keywordStart, keywordEnd, DateKind::YearOffset, 0, 0, 0, offset);
        return keywordEnd;
    }
    case MonthPrefix: {
        if (dayOnly) {
            add(keywordStart, num.end, DateKind::MonthOffsetDay, 0, 0, num.day, offset);
            return num.end;
        }
        Numeric part;
        const qsizetype partEnd = parsePeriod(q, &part);
        const bool inMonth = partEnd > q && part.month == 0;
        add(keywordStart, inMonth ? partEnd : keywordEnd, DateKind::MonthOffset, 0, 0, 0, offset,
            inMonth ? part.period : DatePeriod::None);
        return m_mentions.last().end;
    }
    case PastPrefix:
    case ComingPrefix: {
        const bool past = kind == PastPrefix;
        if (dayOnly) {
            add(keywordStart, num.end, past ? DateKind::PastDay : DateKind::ComingDay, 0, 0, num.day, 0);
            return num.end;
        }
        if (monthOnly) {
            add(keywordStart, num.end, past ? DateKind::PastMonth : DateKind::ComingMonth, 0, num.month, 0, 0,
                num.period);
            return num.end;
        }
        for (const Keyword &w : kWeekdays) {
            if (startsAt(q, w.text)) {
                Numeric suffix;
                const qsizetype end = parseDaySuffix(q + 3, &suffix);
                add(keywordStart, end, DateKind::Weekday, 0, 0, w.offset, past ? WeekdayStrictPast : WeekdayFuture);
                return end;
            }
        }
        return keywordStart + 1;
    }
    case LocalPrefix:
        if (dayOnly) {
            add(keywordStart, num.end, DateKind::Day, 0, 0, num.day, 0);
            return num.end;
        }
        return keywordStart + 1;
    default:
        return keywordStart + 1;
    }
}

void KoreanDateScanner::addBare(qsizetype start, const Numeric &num)
{
    if (num.fiscal) {
        add(start, num.end, DateKind::Fiscal, num.year, num.month, 0, 0, num.period);
    } else if (num.daysAfter > 0) {
        add(start, num.end, DateKind::AnchorOffset, 0, 0, 0, num.daysAfter);
    } else if (num.year > 0 && num.day > 0) {
        add(start, num.end, DateKind::FullDate, num.year, num.month, num.day, 0);
    } else if (num.year > 0 && num.month > 0) {
        add(start, num.end, DateKind::YearMonth, num.year, num.month, 0, 0, num.period);
    } else if (num.year > 0) {
        add(start, num.end, DateKind::Year, num.year, 0, 0, 0);
    } else if (num.month > 0 && num.day > 0) {
        // Up to half a year ahead stays in the reference year (announced effective dates).
        add(start, num.end, DateKind::MonthDay, 0, num.month, num.day, 183);
    } else if (num.month > 0) {
        add(start, num.end, DateKind::Month, 0, num.month, 0, 6, num.period);
    } else if (num.day > 0) {
        add(start, num.end, DateKind::Day, 0, 0, num.day, 0);
    }
}

void KoreanDateScanner::add(qsizetype start, qsizetype end, DateKind kind, int year, int month, int day, int offset,
                            DatePeriod period)
{
    m_mentions.append(DateMention::written(start, end, kind, year, month, day, offset, period));
}

} // namespace chipline::temporal
