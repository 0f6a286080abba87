#include "temporal/englishdatescanner.h"

#include <array>

namespace chipline::temporal {

namespace {

// Views, not pointers: their lengths are known without a strlen per comparison.
constexpr std::array<QStringView, 12> kMonths{
    u"January", u"February", u"March",     u"April",   u"May",      u"June",
    u"July",    u"August",   u"September", u"October", u"November", u"December"};
// AP-style abbreviations; they count only with their period or a day number after them.
constexpr std::array<std::pair<QStringView, int>, 12> kMonthAbbreviations{{
    {u"Jan", 1}, {u"Feb", 2}, {u"Mar", 3}, {u"Apr", 4}, {u"Jun", 6}, {u"Jul", 7},
    {u"Aug", 8}, {u"Sep", 9}, {u"Sept", 9}, {u"Oct", 10}, {u"Nov", 11}, {u"Dec", 12}}};
constexpr std::array<QStringView, 7> kWeekdays{
    u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};

// English "April 9" without a year: the reference year unless more than a few days ahead.
constexpr int kMonthDayDaysAhead = 7;
constexpr int kMonthMonthsAhead = 6;

bool isLatin(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool is(QStringView word, QStringView what)
{
    return word.compare(what, Qt::CaseInsensitive) == 0;
}

} // namespace

EnglishDateScanner::EnglishDateScanner(QStringView text) : m_text(text) {}

QList<DateMention> EnglishDateScanner::scan()
{
    m_mentions.clear();
    qsizetype i = 0;
    while (i < m_text.size()) {
        const QChar c = m_text[i];
        const QChar before = i > 0 ? m_text[i - 1] : QChar();
        if (isLatin(c) && !isLatin(before) && !isDigit(before)) {
            qsizetype end = i;
            while (end < m_text.size() && isLatin(m_text[end]))
                ++end;
            i = qMax(scanWord(i, end), end);
        } else if (isDigit(c) && !isLatin(before) && !isDigit(before) && before != u'.'
                   && before != u'-' && before != u',') {
            i = qMax(scanDigits(i), i + 1);
        } else {
            ++i;
        }
    }
    return m_mentions;
}

int EnglishDateScanner::number(qsizetype at, qsizetype *end, int maxDigits) const
{
    qsizetype i = at;
    int value = 0;
    while (i < m_text.size() && isDigit(m_text[i]) && i - at <= maxDigits)
        value = value * 10 + (m_text[i++].unicode() - u'0');
    *end = i;
    if (i == at || i - at > maxDigits)
        return -1;
    return value;
}

QStringView EnglishDateScanner::wordBefore(qsizetype at, qsizetype *wordStart) const
{
    qsizetype e = at;
    if (e > 0 && m_text[e - 1] == u' ')
        --e;
    qsizetype s = e;
    while (s > 0 && isLatin(m_text[s - 1]))
        --s;
    if (wordStart)
        *wordStart = s;
    return m_text.sliced(s, e - s);
}

QStringView EnglishDateScanner::wordAt(qsizetype at, qsizetype *wordEnd) const
{
    qsizetype e = at;
    while (e < m_text.size() && isLatin(m_text[e]))
        ++e;
    *wordEnd = e;
    return m_text.sliced(at, e - at);
}

qsizetype EnglishDateScanner::scanWord(qsizetype start, qsizetype end)
{
    const QStringView word = m_text.sliced(start, end - start);
    for (int m = 0; m < 12; ++m) {
        if (word == kMonths[m])
            return scanMonth(start, end, m + 1);
    }
    for (const auto &[abbreviation, month] : kMonthAbbreviations) {
        if (word != abbreviation)
            continue;
        const bool period = end < m_text.size() && m_text[end] == u'.';
        const qsizetype after = period ? end + 1 : end;
        if (period || (after + 1 < m_text.size() && m_text[after] == u' ' && isDigit(m_text[after + 1])))
            return scanMonth(start, after, month);
        return end;
    }
    for (int d = 0; d < 7; ++d) {
        if (word != kWeekdays[d])
            continue;
        qsizetype from = start;
        const QStringView previous = wordBefore(start, &from);
        int direction = WeekdayStrictPast;
        if (is(previous, u"next"))
            direction = WeekdayFuture;
        else if (!is(previous, u"last"))
            from = start;
        add(from, end, DateKind::Weekday, 0, 0, d + 1, direction);
        return end;
    }
    // last/this/next month|year, earlier/later this year, late last year
    int relative = 2;
    if (is(word, u"last"))
        relative = -1;
    else if (is(word, u"this"))
        relative = 0;
    else if (is(word, u"next"))
        relative = 1;
    if (relative == 2)
        return end;
    if (end + 1 >= m_text.size() || m_text[end] != u' ')
        return end;
    qsizetype unitEnd = 0;
    const QStringView unit = wordAt(end + 1, &unitEnd);
    qsizetype from = start;
    const QStringView previous = wordBefore(start, &from);
    if (!is(previous, u"earlier") && !is(previous, u"later") && !is(previous, u"early")
        && !is(previous, u"late"))
        from = start;
    if (is(unit, u"month"))
        add(from, unitEnd, DateKind::MonthOffset, 0, 0, 0, relative);
    else if (is(unit, u"year"))
        add(from, unitEnd, DateKind::YearOffset, 0, 0, 0, relative);
    else
        return end;
    return unitEnd;
}

qsizetype EnglishDateScanner::scanMonth(qsizetype start, qsizetype end, int month)
{
    qsizetype q = end;
    if (q + 1 < m_text.size() && m_text[q] == u' ' && isDigit(m_text[q + 1])) {
        ++q;
        qsizetype e = 0;
        const int n = number(q, &e, 4);
        if (n >= 1 && n <= 31 && e - q <= 2) {
            qsizetype dayEnd = e;
            for (const QStringView suffix : {QStringView(u"st"), QStringView(u"nd"), QStringView(u"rd"), QStringView(u"th")}) {
                if (m_text.sliced(e).startsWith(suffix))
                    dayEnd = e + 2;
            }
            if (dayEnd < m_text.size() && (isLatin(m_text[dayEnd]) || isDigit(m_text[dayEnd])))
                return dayEnd;
            qsizetype r = dayEnd;
            if (r < m_text.size() && m_text[r] == u',')
                ++r;
            qsizetype yearEnd = 0;
            const int year = r + 1 < m_text.size() && m_text[r] == u' ' ? number(r + 1, &yearEnd, 4) : -1;
            if (year >= 1900 && year <= 2100 && yearEnd - r - 1 == 4
                && (yearEnd >= m_text.size() || !isDigit(m_text[yearEnd]))) {
                add(start, yearEnd, DateKind::FullDate, year, month, n, 0);
                return yearEnd;
            }
            add(start, dayEnd, DateKind::MonthDay, 0, month, n, kMonthDayDaysAhead);
            return dayEnd;
        }
        if (n >= 1900 && n <= 2100 && e - q == 4) {
            add(start, e, DateKind::YearMonth, n, month, 0, 0);
            return e;
        }
        return end;
    }
    qsizetype from = start;
    const QStringView previous = wordBefore(start, &from);
    const bool mid = start >= 4 && m_text[start - 1] == u'-' && is(m_text.sliced(start - 4, 3), u"mid");
    if (is(previous, u"last")) {
        add(from, end, DateKind::PastMonth, 0, month, 0, 0);
    } else if (is(previous, u"next")) {
        add(from, end, DateKind::ComingMonth, 0, month, 0, 0);
    } else if (is(previous, u"this")) {
        add(from, end, DateKind::YearOffset, 0, month, 0, 0);
    } else if (mid || is(previous, u"in") || is(previous, u"since") || is(previous, u"until")
               || is(previous, u"by") || is(previous, u"from") || is(previous, u"early")
               || is(previous, u"late") || is(previous, u"during")) {
        add(start, end, DateKind::Month, 0, month, 0, kMonthMonthsAhead);
    }
    return end;
}

// "9 April 2025", "9 April", ISO "2025-04-09".
qsizetype EnglishDateScanner::scanDigits(qsizetype start)
{
    qsizetype e = 0;
    const int n = number(start, &e, 4);
    if (n < 0) {
        while (e < m_text.size() && isDigit(m_text[e]))
            ++e;
        return e;
    }
    if (e - start == 4 && e < m_text.size() && m_text[e] == u'-') {
        qsizetype e2 = 0, e3 = 0;
        const int month = number(e + 1, &e2, 2);
        if (month > 0 && e2 - e - 1 == 2 && e2 < m_text.size() && m_text[e2] == u'-') {
            const int day = number(e2 + 1, &e3, 2);
            if (day > 0 && e3 - e2 - 1 == 2 && (e3 >= m_text.size() || !isDigit(m_text[e3]))) {
                add(start, e3, DateKind::FullDate, n, month, day, 0);
                return e3;
            }
        }
        return e;
    }
    if (e - start > 2 || n < 1 || n > 31 || e + 1 >= m_text.size() || m_text[e] != u' '
        || !isLatin(m_text[e + 1]))
        return e;
    qsizetype wordEnd = 0;
    const QStringView word = wordAt(e + 1, &wordEnd);
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (word == kMonths[m])
            month = m + 1;
    }
    if (month == 0)
        return e;
    qsizetype yearEnd = 0;
    const int year = wordEnd + 1 < m_text.size() && m_text[wordEnd] == u' '
                         ? number(wordEnd + 1, &yearEnd, 4) : -1;
    if (year >= 1900 && year <= 2100 && yearEnd - wordEnd - 1 == 4) {
        add(start, yearEnd, DateKind::FullDate, year, month, n, 0);
        return yearEnd;
    }
    add(start, wordEnd, DateKind::MonthDay, 0, month, n, kMonthDayDaysAhead);
    return wordEnd;
}

void EnglishDateScanner::add(qsizetype start, qsizetype end, DateKind kind, int year, int month,
                             int day, int offset)
{
    DateMention m;
    m.start = start;
    m.end = end;
    m.kind = kind;
    m.year = year;
    m.month = month;
    m.day = day;
    m.offset = offset;
    m_mentions.append(m);
}

} // namespace chipline::temporal
