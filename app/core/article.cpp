#include "core/article.h"

#include "core/hangul.h"

namespace chipline::core {

QString formatPublished(const QDateTime &published)
{
    if (!published.isValid())
        return {};
    return published.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

namespace {

// The number written by count ASCII digits at from, or -1: QDate::fromString with a format
// costs 10 µs, paid for every row of every page of the list.
int digits(QStringView s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace

QDateTime parsePublished(QStringView text)
{
    // Built from date and time apart: going through local time could land in a DST gap.
    const QStringView s = text.trimmed();
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    const QDate d(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
    if (!d.isValid() || digits(s, 0, 4) < 1)
        return {};
    if (s.size() == 10)
        return QDateTime(d, QTime(0, 0), Qt::UTC);
    if (s.size() != 19 || s[10] != u'T' || s[13] != u':' || s[16] != u':')
        return {};
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    if (hour < 0 || minute < 0 || second < 0)
        return {};
    const QTime t(hour, minute, second);
    return t.isValid() ? QDateTime(d, t, Qt::UTC) : QDateTime();
}

QDateTime makeWallTime(int year, int month, int day, int hour, int minute, int second)
{
    const QDate d(year, month, day);
    const QTime t(hour, minute, second);
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t, Qt::UTC);
}

QString guessLanguage(QStringView text)
{
    qsizetype hangul = 0, han = 0, latin = 0;
    const qsizetype limit = qMin<qsizetype>(text.size(), 4000);
    for (qsizetype i = 0; i < limit; ++i) {
        const char16_t c = text[i].unicode();
        if (isHangulSyllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
            ++hangul;
        else if (c >= 0x4E00 && c <= 0x9FFF)
            ++han;
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            ++latin;
    }
    if (hangul > 0 && hangul * 4 >= latin)
        return QStringLiteral("ko");
    if (han > 0 && han * 4 >= latin)
        return QStringLiteral("zh");
    return QStringLiteral("en");
}

} // namespace chipline::core
