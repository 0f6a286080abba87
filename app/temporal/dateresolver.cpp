#include "temporal/dateresolver.h"

namespace chipline::temporal {

namespace {

QDate monthStart(const QDate &reference, int monthOffset)
{
    return QDate(reference.year(), reference.month(), 1).addMonths(monthOffset);
}

// A day in a given month, or an invalid date when the month has no such day.
ResolvedDate dayIn(const QDate &month, int day)
{
    return ResolvedDate::fromDate(QDate(month.year(), month.month(), day));
}

ResolvedDate monthOf(const QDate &month)
{
    return ResolvedDate::fromMonth(month.year(), month.month());
}

} // namespace

DateResolver::DateResolver(const QDate &reference)
    : m_reference(reference)
{}

void DateResolver::resolve(DateMention &mention)
{
    QString reason;
    mention.value = compute(mention, &reason);
    // 1분기, 상반기, the first half: the span the text names, not its first month.
    if (mention.value.isValid() && mention.value.precision == DatePrecision::Month) {
        if (mention.period == DatePeriod::Quarter)
            mention.value = ResolvedDate::fromQuarter(mention.value.year, (mention.value.month - 1) / 3 + 1);
        else if (mention.period == DatePeriod::FirstHalf || mention.period == DatePeriod::SecondHalf)
            mention.value = ResolvedDate::fromHalf(mention.value.year, mention.value.month <= 6 ? 1 : 2);
    }
    mention.unresolvedReason = mention.value.isValid() ? QString() : reason;
    // Only dates the text states (not 이날/전날 themselves) become the story's anchor.
    if (mention.value.isValid() && mention.value.precision == DatePrecision::Day
        && mention.kind != DateKind::AnchorOffset && mention.kind != DateKind::ReferenceOffset)
        m_anchor = mention.value.firstDay();
}

ResolvedDate DateResolver::compute(const DateMention &m, QString *reason) const
{
    const QDate &ref = m_reference;
    const auto impossible = [&](ResolvedDate date) {
        if (!date.isValid())
            *reason = QStringLiteral("date does not exist");
        return date;
    };
    switch (m.kind) {
    case DateKind::FullDate:
        return impossible({m.year, m.month, m.day, DatePrecision::Day});
    case DateKind::YearMonth:
        return impossible(ResolvedDate::fromMonth(m.year, m.month));
    case DateKind::Year:
        return ResolvedDate::fromYear(m.year);
    case DateKind::Fiscal:
        *reason = QStringLiteral("fiscal calendar");
        return {};
    case DateKind::AnchorOffset:
        if (m_anchor.isValid())
            return ResolvedDate::fromDate(m_anchor.addDays(m.offset));
        break;
    default:
        break;
    }
    if (!ref.isValid()) {
        *reason = QStringLiteral("needs the publication date");
        return {};
    }
    switch (m.kind) {
    case DateKind::YearOffset: {
        const int year = ref.year() + m.offset;
        if (m.day > 0)
            return impossible({year, m.month, m.day, DatePrecision::Day});
        if (m.month > 0)
            return ResolvedDate::fromMonth(year, m.month);
        return ResolvedDate::fromYear(year);
    }
    case DateKind::MonthDay: {
        // The reference year, unless that puts the day more than offset days ahead:
        // a 5 January article's "12월 3일" is last December.
        const QDate date(ref.year(), m.month, m.day);
        if (date.isValid() && ref.daysTo(date) > m.offset)
            return impossible({ref.year() - 1, m.month, m.day, DatePrecision::Day});
        return impossible({ref.year(), m.month, m.day, DatePrecision::Day});
    }
    case DateKind::Month:
        return ResolvedDate::fromMonth(m.month - ref.month() > m.offset ? ref.year() - 1 : ref.year(), m.month);
    case DateKind::PastMonth:
        return ResolvedDate::fromMonth(m.month <= ref.month() ? ref.year() : ref.year() - 1, m.month);
    case DateKind::ComingMonth:
        return ResolvedDate::fromMonth(m.month > ref.month() ? ref.year() : ref.year() + 1, m.month);
    case DateKind::Day:
        return impossible(dayIn(monthStart(ref, m.day <= ref.day() ? 0 : -1), m.day));
    case DateKind::PastDay:
        return impossible(dayIn(monthStart(ref, m.day < ref.day() ? 0 : -1), m.day));
    case DateKind::ComingDay:
        return impossible(dayIn(monthStart(ref, m.day > ref.day() ? 0 : 1), m.day));
    case DateKind::MonthOffsetDay:
        return impossible(dayIn(monthStart(ref, m.offset), m.day));
    case DateKind::MonthOffset:
        return monthOf(monthStart(ref, m.offset));
    case DateKind::AnchorOffset:
    case DateKind::ReferenceOffset:
        return ResolvedDate::fromDate(ref.addDays(m.offset));
    case DateKind::WeekOffset: {
        // A week is no precision of its own: it is dated by the month of its Wednesday, the
        // month that holds most of its working days.
        const QDate wednesday = ref.addDays(3 - ref.dayOfWeek() + 7 * m.offset);
        return monthOf(wednesday);
    }
    case DateKind::Weekday: {
        const int back = (ref.dayOfWeek() - m.day + 7) % 7;
        if (m.offset == WeekdayOnOrAfter)
            return ResolvedDate::fromDate(ref.addDays((m.day - ref.dayOfWeek() + 7) % 7));
        if (m.offset == WeekdayFuture) {
            const int ahead = (m.day - ref.dayOfWeek() + 7) % 7;
            return ResolvedDate::fromDate(ref.addDays(ahead == 0 ? 7 : ahead));
        }
        if (m.offset == WeekdayStrictPast && back == 0)
            return ResolvedDate::fromDate(ref.addDays(-7));
        return ResolvedDate::fromDate(ref.addDays(-back));
    }
    default:
        break;
    }
    *reason = QStringLiteral("unknown expression kind");
    return {};
}

} // namespace chipline::temporal
