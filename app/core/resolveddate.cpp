#include "core/resolveddate.h"

#include <array>

namespace chipline::core {

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
    case DatePrecision::Quarter:
        return year > 0 && (month == 1 || month == 4 || month == 7 || month == 10) && day == 0;
    case DatePrecision::Half:
        return year > 0 && (month == 1 || month == 7) && day == 0;
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
    const qint64 key = year >= 0 && year <= 9999 ? ((qint64(year) * 16 + month) * 32 + day) * 8 + int(precision) : -1;
    Recent *slot = key >= 0 ? &recent[std::size_t((key ^ (key >> 7)) % recent.size())] : nullptr;
    if (slot && slot->key == key)
        return slot->text;
    QString out;
    out.reserve(10);
    if (year >= 0 && year <= 9999)
        appendPadded(out, year, 4);
    else
        out = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (precision == DatePrecision::Quarter) {
        out.append(u"-Q");
        appendPadded(out, (month - 1) / 3 + 1, 1);
    } else if (precision == DatePrecision::Half) {
        out.append(u"-H");
        appendPadded(out, month <= 6 ? 1 : 2, 1);
    } else if (precision != DatePrecision::Year) {
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
    return core::precisionName(precision);
}

QDate ResolvedDate::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(year, precision == DatePrecision::Year ? 1 : month, precision == DatePrecision::Day ? day : 1);
}

QDate ResolvedDate::endDay() const
{
    const QDate first = firstDay();
    switch (precision) {
    case DatePrecision::Day:
        return first.addDays(1);
    case DatePrecision::Month:
        return first.addMonths(1);
    case DatePrecision::Quarter:
        return first.addMonths(3);
    case DatePrecision::Half:
        return first.addMonths(6);
    case DatePrecision::Year:
        return first.addYears(1);
    }
    return {};
}

bool ResolvedDate::isWithin(const ResolvedDate &other) const
{
    if (!isValid() || !other.isValid())
        return false;
    return other.firstDay() <= firstDay() && endDay() <= other.endDay();
}

ResolvedDate ResolvedDate::fromQuarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    return {year, (quarter - 1) * 3 + 1, 0, DatePrecision::Quarter};
}

ResolvedDate ResolvedDate::fromHalf(int year, int half)
{
    if (half < 1 || half > 2)
        return {};
    return {year, half == 1 ? 1 : 7, 0, DatePrecision::Half};
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
    // Digits only: toInt() would also take a sign or spaces ("2025-+4", "2025- 4").
    const auto number = [&](qsizetype from, qsizetype length) {
        int n = 0;
        for (const QChar c : value.mid(from, length)) {
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c.unicode() - u'0');
        }
        return n;
    };
    ResolvedDate date;
    if (value.size() == 4) {
        date = fromYear(number(0, 4));
    } else if (value.size() == 7 && value[4] == u'-' && value[5] == u'Q') {
        date = fromQuarter(number(0, 4), number(6, 1));
    } else if (value.size() == 7 && value[4] == u'-' && value[5] == u'H') {
        date = fromHalf(number(0, 4), number(6, 1));
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
    case DatePrecision::Quarter:
        return QStringLiteral("quarter");
    case DatePrecision::Half:
        return QStringLiteral("half");
    case DatePrecision::Year:
        return QStringLiteral("year");
    }
    return {};
}

bool precisionFromName(QStringView name, DatePrecision *precision)
{
    for (const DatePrecision p :
         {DatePrecision::Day, DatePrecision::Month, DatePrecision::Quarter, DatePrecision::Half, DatePrecision::Year}) {
        if (name == precisionName(p)) {
            *precision = p;
            return true;
        }
    }
    return false;
}

} // namespace chipline::core
