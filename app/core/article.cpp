#include "core/article.h"

namespace chipline::core {

QString formatPublished(const QDateTime &published)
{
    if (!published.isValid())
        return {};
    return published.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime parsePublished(QStringView text)
{
    // Built from date and time apart: going through local time could land in a DST gap.
    const QStringView s = text.trimmed();
    const QDate d = QDate::fromString(s.left(10).toString(), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return {};
    if (s.size() == 10)
        return QDateTime(d, QTime(0, 0), Qt::UTC);
    if (s.size() != 19 || s[10] != u'T')
        return {};
    const QTime t = QTime::fromString(s.mid(11).toString(), QStringLiteral("HH:mm:ss"));
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
        if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
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
