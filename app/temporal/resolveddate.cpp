#include "temporal/resolveddate.h"

#include <array>

namespace chipline::temporal {

namespace {

// Zero-padded digits without QString::arg: every date of every article is formatted, and
// arg() cost more than finding the date.
void appendPadded(QString &out, int value, int width)
{
    const qsizetype at = out.size();
    out.resize(at + width);
    QChar *digits = out.data() + at;
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = QChar(u'0' + value % 10);
}

} // namespace

bool ResolvedDate::isValid() const
{
    switch (precision) {
    case DatePrecision::Day:
        return QDate::isValid(year, month, day); // without building a QDate (a Julian day count)
    case DatePrecision::Month:
        return year > 0 && month >= 1 && month <= 12;
    case DatePrecision::Year:
        return year > 0;
    }
    return false;
}

QString ResolvedDate::value() const
{
    if (!isValid())
        return {};
    // A corpus names the same few dates over and over: the values formatted last are kept
    // per thread and shared, so that most calls copy a string instead of allocating one.
    struct Recent
    {
        qint64 key = -1;
        QString text;
    };
    thread_local std::array<Recent, 64> recent;
    const qint64 key = year >= 0 && year <= 9999 ? ((qint64(year) * 16 + month) * 32 + day) * 4 + int(precision) : -1;
    Recent *slot = key >= 0 ? &recent[std::size_t((key ^ (key >> 7)) % recent.size())] : nullptr;
    if (slot && slot->key == key)
        return slot->text;
    QString out;
    out.reserve(10);
    if (year >= 0 && year <= 9999)
        appendPadded(out, year, 4);
    else
        out = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (precision != DatePrecision::Year) {
        out.append(u'-');
        appendPadded(out, month, 2);
    }
    if (precision == DatePrecision::Day) {
        out.append(u'-');
        appendPadded(out, day, 2);
    }
    if (slot) {
        slot->key = key;
        slot->text = out;
    }
    return out;
}

QString ResolvedDate::precisionName() const
{
    return temporal::precisionName(precision);
}

QDate ResolvedDate::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(year, precision == DatePrecision::Year ? 1 : month,
                 precision == DatePrecision::Day ? day : 1);
}

ResolvedDate ResolvedDate::fromDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return {date.year(), date.month(), date.day(), DatePrecision::Day};
}

ResolvedDate ResolvedDate::fromMonth(int year, int month)
{
    return {year, month, 0, DatePrecision::Month};
}

ResolvedDate ResolvedDate::fromYear(int year)
{
    return {year, 0, 0, DatePrecision::Year};
}

ResolvedDate ResolvedDate::fromValue(QStringView value)
{
    const auto number = [&](qsizetype from, qsizetype length) {
        bool ok = false;
        const int n = value.mid(from, length).toInt(&ok);
        return ok ? n : -1;
    };
    ResolvedDate date;
    if (value.size() == 4) {
        date = fromYear(number(0, 4));
    } else if (value.size() == 7 && value[4] == u'-') {
        date = fromMonth(number(0, 4), number(5, 2));
    } else if (value.size() == 10 && value[4] == u'-' && value[7] == u'-') {
        date = {number(0, 4), number(5, 2), number(8, 2), DatePrecision::Day};
    }
    return date.isValid() ? date : ResolvedDate{};
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    }
    return {};
}

} // namespace chipline::temporal
