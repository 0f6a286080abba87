#include "ingest/datetimeformats.h"

#include "core/article.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

// Reads the digits at pos; -1 when there are fewer than minDigits or, unless packed
// (ISO basic format, "20250416"), more than maxDigits.
int readNumber(QStringView s, qsizetype &pos, int minDigits, int maxDigits, bool packed = false)
{
    int value = 0;
    int digits = 0;
    while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 0x80 && digits < maxDigits) {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    if (digits < minDigits || (!packed && pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 0x80))
        return -1;
    return value;
}

int monthFromName(QStringView name)
{
    static constexpr std::array<const char16_t *, 12> kMonths = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                                 u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    if (name.size() < 3)
        return 0;
    const QStringView prefix = name.first(3);
    for (int i = 0; i < 12; ++i) {
        if (prefix.compare(QStringView(kMonths[std::size_t(i)]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// "HH:MM[:SS]" at pos.
bool readTime(QStringView s, qsizetype &pos, int &hour, int &minute, int &second)
{
    hour = readNumber(s, pos, 1, 2);
    if (hour < 0 || pos >= s.size() || s[pos] != u':')
        return false;
    ++pos;
    minute = readNumber(s, pos, 2, 2);
    if (minute < 0)
        return false;
    second = 0;
    if (pos < s.size() && s[pos] == u':') {
        ++pos;
        second = readNumber(s, pos, 2, 2);
        if (second < 0)
            return false;
        if (second == 60) // a leap second is written; the wall clock shows :59
            second = 59;
    }
    return true;
}

} // namespace

QDateTime DateTimeFormats::parseRfc822(QStringView text)
{
    // [Wkd,] D Mon YYYY HH:MM[:SS] [zone]
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    if (const qsizetype comma = s.indexOf(u','); comma >= 0 && comma <= 10) {
        pos = comma + 1;
    } else if (!s.isEmpty() && s[0].isLetter()) {
        while (pos < s.size() && s[pos].isLetter()) // a weekday without its comma
            ++pos;
    }
    auto skipSpaces = [&] {
        while (pos < s.size() && (s[pos].isSpace() || s[pos] == u'-'))
            ++pos;
    };
    skipSpaces();
    const int day = readNumber(s, pos, 1, 2);
    skipSpaces();
    const qsizetype monthStart = pos;
    while (pos < s.size() && s[pos].isLetter())
        ++pos;
    const int month = monthFromName(s.sliced(monthStart, pos - monthStart));
    skipSpaces();
    int year = readNumber(s, pos, 2, 4);
    if (day < 0 || month == 0 || year < 0)
        return {};
    if (year < 100)
        year += year < 50 ? 2000 : 1900;
    while (pos < s.size() && s[pos].isSpace())
        ++pos;
    int hour = 0, minute = 0, second = 0;
    if (pos < s.size() && !readTime(s, pos, hour, minute, second))
        return {};
    return core::makeWallTime(year, month, day, hour, minute, second);
}

QDateTime DateTimeFormats::parseIso8601(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    const int year = readNumber(s, pos, 4, 4, true);
    if (year < 0)
        return {};
    // Extended ("2025-04-16", also "2025.04.16" and "2025/04/16" on Korean pages) or basic ("20250416").
    const bool separated = pos < s.size() && (s[pos] == u'-' || s[pos] == u'.' || s[pos] == u'/');
    const QChar separator = separated ? s[pos] : QChar();
    if (separated)
        ++pos;
    const int month = readNumber(s, pos, separated ? 1 : 2, 2, !separated);
    if (month < 0)
        return {};
    if (separated) {
        if (pos >= s.size() || s[pos] != separator)
            return {};
        ++pos;
    }
    const int day = readNumber(s, pos, separated ? 1 : 2, 2);
    if (day < 0)
        return {};
    if (separated && separator == u'.' && pos < s.size() && s[pos] == u'.')
        ++pos;
    if (pos >= s.size())
        return core::makeWallTime(year, month, day);
    if (s[pos] != u'T' && s[pos] != u't' && !s[pos].isSpace())
        return {};
    while (++pos < s.size() && s[pos].isSpace()) {}
    int hour = 0, minute = 0, second = 0;
    if (separated || s.sliced(pos).contains(u':')) {
        if (!readTime(s, pos, hour, minute, second))
            return {};
    } else {
        hour = readNumber(s, pos, 2, 2, true);
        minute = readNumber(s, pos, 2, 2, true);
        if (hour < 0 || minute < 0)
            return {};
        if (pos < s.size() && s[pos].isDigit())
            second = readNumber(s, pos, 2, 2);
        if (second < 0)
            return {};
    }
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        while (pos < s.size() && s[pos].isDigit())
            ++pos;
    }
    // Whatever follows is the zone (Z, +09:00, +0900, " KST"), ignored on purpose; but it
    // must look like one.
    const QStringView zone = s.sliced(pos).trimmed();
    if (!zone.isEmpty() && zone[0] != u'Z' && zone[0] != u'z' && zone[0] != u'+' && zone[0] != u'-'
        && !zone[0].isLetter())
        return {};
    return core::makeWallTime(year, month, day, hour, minute, second);
}

QDateTime DateTimeFormats::parse(QStringView text)
{
    const QDateTime iso = parseIso8601(text);
    return iso.isValid() ? iso : parseRfc822(text);
}

} // namespace chipline::ingest
