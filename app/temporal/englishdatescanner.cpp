#include "temporal/englishdatescanner.h"

#include <array>

namespace chipline::temporal {

namespace {

// Views, not pointers: their lengths are known without a strlen per comparison.
constexpr std::array<QStringView, 12> kMonths{u"January",   u"February", u"March",    u"April",
                                              u"May",       u"June",     u"July",     u"August",
                                              u"September", u"October",  u"November", u"December"};
// AP-style abbreviations; they count only with their period or a day number after them.
constexpr std::array<std::pair<QStringView, int>, 12> kMonthAbbreviations{{{u"Jan", 1},
                                                                           {u"Feb", 2},
                                                                           {u"Mar", 3},
                                                                           {u"Apr", 4},
                                                                           {u"Jun", 6},
                                                                           {u"Jul", 7},
                                                                           {u"Aug", 8},
                                                                           {u"Sep", 9},
                                                                           {u"Sept", 9},
                                                                           {u"Oct", 10},
                                                                           {u"Nov", 11},
                                                                           {u"Dec", 12}}};
constexpr std::array<QStringView, 7> kWeekdays{u"Monday", u"Tuesday",  u"Wednesday", u"Thursday",
                                               u"Friday", u"Saturday", u"Sunday"};

constexpr std::array<QStringView, 4> kOrdinals{u"first", u"second", u"third", u"fourth"};

// Phrases that count days from the story's last explicit day, like 전날 and 이날.
constexpr std::array<std::pair<QStringView, int>, 11> kAnchorPhrases{{{u"a day earlier", -1},
                                                                      {u"the day before", -1},
                                                                      {u"the previous day", -1},
                                                                      {u"a day before", -1},
                                                                      {u"a day later", 1},
                                                                      {u"the next day", 1},
                                                                      {u"the following day", 1},
                                                                      {u"the day after", 1},
                                                                      {u"the same day", 0},
                                                                      {u"that day", 0},
                                                                      {u"two days earlier", -2}}};

// Words before a year that make a bare "2023" a date: in 2023, since 2023, early 2026.
constexpr std::array<QStringView, 13> kYearPrepositions{u"in",    u"since", u"by",     u"until",   u"from",
                                                        u"early", u"late",  u"during", u"through", u"before",
                                                        u"after", u"mid",   u"end"};

// Words before a weekday in its clause that put it ahead of the story: "will meet on Friday".
constexpr std::array<QStringView, 9> kFutureWords{u"will",     u"scheduled", u"planned", u"plans",   u"due",
                                                  u"expected", u"set",       u"effect",  u"upcoming"};

// English "April 9" without a year: the reference year unless more than a few days ahead.
constexpr int kMonthDayDaysAhead = 7;
constexpr int kMonthMonthsAhead = 6;
// "takes effect on Dec. 1", "due by May 15": a clause about the future looks ahead a year.
constexpr int kFutureDaysAhead = 366;
// A quarter or half without a year ("the fourth quarter"): up to half a year ahead is this year.
constexpr int kPartMonthsAhead = 6;

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

EnglishDateScanner::EnglishDateScanner(QStringView text)
    : m_text(text)
{}

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
        } else if (isDigit(c) && !isLatin(before) && !isDigit(before) && before != u'.' && before != u'-'
                   && before != u',') {
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
    if (const qsizetype e = scanPhrase(start, end, word); e > end)
        return e;
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
        int direction = isFuture(start) ? WeekdayOnOrAfter : WeekdayOnOrBefore;
        if (is(previous, u"next"))
            direction = WeekdayFuture;
        else if (is(previous, u"last"))
            direction = WeekdayStrictPast;
        else
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
    if (!is(previous, u"earlier") && !is(previous, u"later") && !is(previous, u"early") && !is(previous, u"late"))
        from = start;
    if (is(unit, u"month"))
        add(from, unitEnd, DateKind::MonthOffset, 0, 0, 0, relative);
    else if (is(unit, u"week"))
        add(from, unitEnd, DateKind::WeekOffset, 0, 0, 0, relative);
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
            for (const QStringView suffix :
                 {QStringView(u"st"), QStringView(u"nd"), QStringView(u"rd"), QStringView(u"th")}) {
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
            add(start, dayEnd, DateKind::MonthDay, 0, month, n,
                isFuture(start) ? kFutureDaysAhead : kMonthDayDaysAhead);
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
    } else if (mid || is(previous, u"in") || is(previous, u"since") || is(previous, u"until") || is(previous, u"by")
               || is(previous, u"from") || is(previous, u"early") || is(previous, u"late") || is(previous, u"during")) {
        add(start, end, DateKind::Month, 0, month, 0, kMonthMonthsAhead);
    }
    return end;
}

bool EnglishDateScanner::isFuture(qsizetype at) const
{
    // The words before the weekday in its clause; a comma, a colon or a sentence end stops.
    constexpr int kWords = 8;
    qsizetype i = at;
    for (int n = 0; n < kWords && i > 0; ++n) {
        while (i > 0 && !isLatin(m_text[i - 1])) {
            const QChar c = m_text[i - 1];
            if (c == u'.' || c == u';' || c == u':' || c == u'"' || c == u'\n')
                return false;
            --i;
        }
        qsizetype s = i;
        while (s > 0 && isLatin(m_text[s - 1]))
            --s;
        const QStringView word = m_text.sliced(s, i - s);
        for (const QStringView future : kFutureWords) {
            if (is(word, future))
                return true;
        }
        if (is(word, u"said") || is(word, u"says") || is(word, u"told") || is(word, u"announced"))
            return false;
        i = s;
    }
    return false;
}

// Multi-word forms that start with an ordinary word: "a day earlier", "the first quarter",
// "Q3 2025", "mid-2025". Returns end when nothing starts here.
qsizetype EnglishDateScanner::scanPhrase(qsizetype start, qsizetype end, QStringView word)
{
    const QStringView rest = m_text.sliced(start);
    const bool opensPhrase = is(word, u"a") || is(word, u"the") || is(word, u"that") || is(word, u"two");
    for (const auto &[phrase, offset] : kAnchorPhrases) {
        if (!opensPhrase)
            break;
        const qsizetype e = start + phrase.size();
        if (rest.startsWith(phrase, Qt::CaseInsensitive) && (e >= m_text.size() || !isLatin(m_text[e]))) {
            add(start, e, DateKind::AnchorOffset, 0, 0, 0, offset);
            return e;
        }
    }
    for (int i = 0; i < int(kOrdinals.size()); ++i) {
        if (is(word, kOrdinals[i]))
            return scanYearPart(start, end, i + 1);
    }
    // Q3, Q3 2025, H1 2026: the letter glued to its number (not H20, H200).
    if ((word == u"Q" || word == u"H") && end < m_text.size() && isDigit(m_text[end])
        && (end + 1 >= m_text.size() || (!isDigit(m_text[end + 1]) && !isLatin(m_text[end + 1])))) {
        const int n = m_text[end].unicode() - u'0';
        const bool quarter = word == u"Q";
        if (n < 1 || n > (quarter ? 4 : 2))
            return end;
        qsizetype e = end + 1;
        int year = 0;
        qsizetype yearEnd = 0;
        if (e + 1 < m_text.size() && m_text[e] == u' ') {
            const int y = number(e + 1, &yearEnd, 4);
            if (y >= 1900 && y <= 2100 && yearEnd - e - 1 == 4
                && (yearEnd >= m_text.size() || !isDigit(m_text[yearEnd]))) {
                year = y;
                e = yearEnd;
            }
        }
        const QStringView previous = wordBefore(start);
        if (!quarter && year == 0 && !is(previous, u"in") && !is(previous, u"the") && !is(previous, u"for"))
            return end;
        const bool fiscal = is(previous, u"fiscal") || is(previous, u"FY");
        addPart(start, e, year, quarter ? (n - 1) * 3 + 1 : (n == 1 ? 1 : 7),
                quarter ? DatePeriod::Quarter : (n == 1 ? DatePeriod::FirstHalf : DatePeriod::SecondHalf), fiscal);
        return e;
    }
    // mid-2025
    if (is(word, u"mid") && end + 5 <= m_text.size() && m_text[end] == u'-' && isDigit(m_text[end + 1])) {
        qsizetype e = 0;
        const int year = number(end + 1, &e, 4);
        if (year >= 1900 && year <= 2100 && e - end - 1 == 4 && (e >= m_text.size() || !isDigit(m_text[e]))) {
            add(start, e, DateKind::Year, year, 0, 0, 0);
            return e;
        }
    }
    return end;
}

// "first quarter", "the second half of 2025", "first-quarter", "its fiscal third quarter".
qsizetype EnglishDateScanner::scanYearPart(qsizetype start, qsizetype end, int ordinal)
{
    if (end + 1 >= m_text.size() || (m_text[end] != u' ' && m_text[end] != u'-'))
        return end;
    qsizetype unitEnd = 0;
    const QStringView unit = wordAt(end + 1, &unitEnd);
    const bool quarter = is(unit, u"quarter");
    if (!quarter && !(is(unit, u"half") && ordinal <= 2))
        return end;
    qsizetype from = start;
    QStringView previous = wordBefore(start, &from);
    bool fiscal = is(previous, u"fiscal");
    if (fiscal)
        previous = wordBefore(from, &from);
    if (!is(previous, u"the"))
        from = fiscal ? wordBeforeStart(start) : start;
    qsizetype e = unitEnd;
    int year = 0;
    // "fiscal 2026 first quarter", the way earnings reports name it: the fiscal year
    // before the part.
    if (!fiscal) {
        qsizetype digitsEnd = start;
        if (digitsEnd > 0 && m_text[digitsEnd - 1] == u' ')
            --digitsEnd;
        qsizetype digitsStart = digitsEnd;
        while (digitsStart > 0 && isDigit(m_text[digitsStart - 1]))
            --digitsStart;
        qsizetype fiscalStart = digitsStart;
        if (digitsEnd - digitsStart == 4 && is(wordBefore(digitsStart, &fiscalStart), u"fiscal")) {
            qsizetype yearEnd = 0;
            fiscal = true;
            year = number(digitsStart, &yearEnd, 4);
            from = fiscalStart;
        }
    }
    // "of 2026", "of fiscal 2026", "of this year"
    if (m_text.sliced(e).startsWith(u" of ")) {
        qsizetype wordEnd = 0;
        const qsizetype w = e + 4;
        const QStringView next = wordAt(w, &wordEnd);
        qsizetype digitsAt = w;
        if (is(next, u"fiscal")) {
            fiscal = true;
            digitsAt = wordEnd + 1;
            e = wordEnd;
        }
        qsizetype yearEnd = 0;
        const int y = digitsAt < m_text.size() ? number(digitsAt, &yearEnd, 4) : -1;
        if (y >= 1900 && y <= 2100 && yearEnd - digitsAt == 4) {
            year = y;
            e = yearEnd;
        }
    }
    const int month = quarter ? (ordinal - 1) * 3 + 1 : (ordinal == 1 ? 1 : 7);
    addPart(from, e, year, month,
            quarter ? DatePeriod::Quarter : (ordinal == 1 ? DatePeriod::FirstHalf : DatePeriod::SecondHalf), fiscal);
    return e;
}

qsizetype EnglishDateScanner::wordBeforeStart(qsizetype at) const
{
    qsizetype s = at;
    wordBefore(at, &s);
    return s;
}

void EnglishDateScanner::addPart(qsizetype start, qsizetype end, int year, int month, DatePeriod period, bool fiscal)
{
    if (fiscal)
        add(start, end, DateKind::Fiscal, year, month, 0, 0);
    else if (year > 0)
        add(start, end, DateKind::YearMonth, year, month, 0, 0);
    else
        add(start, end, DateKind::Month, 0, month, 0, kPartMonthsAhead);
    m_mentions.last().period = period;
}

// "9 April 2025", "9 April", ISO "2025-04-09", US "4/15/2025", "in 2023".
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
    if (e - start <= 2 && n >= 1 && n <= 12 && e + 1 < m_text.size() && m_text[e] == u'/') {
        qsizetype e2 = 0, e3 = 0;
        const int day = number(e + 1, &e2, 2);
        if (day >= 1 && day <= 31 && e2 < m_text.size() && m_text[e2] == u'/') {
            const int year = number(e2 + 1, &e3, 4);
            if (year >= 1900 && year <= 2100 && e3 - e2 - 1 == 4 && (e3 >= m_text.size() || !isDigit(m_text[e3]))) {
                add(start, e3, DateKind::FullDate, year, n, day, 0);
                return e3;
            }
        }
        return e;
    }
    if (e - start == 4 && n >= 1900 && n <= 2100
        && (e >= m_text.size() || (!isDigit(m_text[e]) && !isLatin(m_text[e]) && m_text[e] != u'%'))) {
        const QStringView previous = wordBefore(start);
        for (const QStringView preposition : kYearPrepositions) {
            if (is(previous, preposition)) {
                add(start, e, DateKind::Year, n, 0, 0, 0);
                return e;
            }
        }
        return e;
    }
    if (e - start > 2 || n < 1 || n > 31 || e + 1 >= m_text.size() || m_text[e] != u' ' || !isLatin(m_text[e + 1]))
        return e;
    qsizetype wordEnd = 0;
    const QStringView word = wordAt(e + 1, &wordEnd);
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (word == kMonths[m])
            month = m + 1;
    }
    for (const auto &[abbreviation, m] : kMonthAbbreviations) {
        if (month == 0 && word == abbreviation) {
            month = m;
            if (wordEnd < m_text.size() && m_text[wordEnd] == u'.')
                ++wordEnd;
        }
    }
    if (month == 0)
        return e;
    qsizetype yearEnd = 0;
    const int year = wordEnd + 1 < m_text.size() && m_text[wordEnd] == u' ' ? number(wordEnd + 1, &yearEnd, 4) : -1;
    if (year >= 1900 && year <= 2100 && yearEnd - wordEnd - 1 == 4) {
        add(start, yearEnd, DateKind::FullDate, year, month, n, 0);
        return yearEnd;
    }
    add(start, wordEnd, DateKind::MonthDay, 0, month, n, kMonthDayDaysAhead);
    return wordEnd;
}

void EnglishDateScanner::add(qsizetype start, qsizetype end, DateKind kind, int year, int month, int day, int offset)
{
    m_mentions.append(DateMention::written(start, end, kind, year, month, day, offset));
}

} // namespace chipline::temporal
