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
    const QString s = text.trimmed().toString();
    QDateTime dt = QDateTime::fromString(s, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0));
    }
    if (dt.isValid())
        dt.setTimeZone(QTimeZone::UTC);
    return dt;
}

QDateTime makeWallTime(int year, int month, int day, int hour, int minute, int second)
{
    const QDate d(year, month, day);
    const QTime t(hour, minute, second);
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t, QTimeZone::UTC);
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
