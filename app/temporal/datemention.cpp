#include "temporal/datemention.h"

#include <array>
#include <utility>

namespace chipline::temporal {

namespace {

// Stable names for storage: never rename an entry, only append.
constexpr std::array<std::pair<DateKind, const char16_t *>, 18> kKindNames{{
    {DateKind::FullDate, u"full-date"},
    {DateKind::YearMonth, u"year-month"},
    {DateKind::Year, u"year"},
    {DateKind::YearOffset, u"year-offset"},
    {DateKind::MonthDay, u"month-day"},
    {DateKind::Month, u"month"},
    {DateKind::PastMonth, u"past-month"},
    {DateKind::ComingMonth, u"coming-month"},
    {DateKind::Day, u"day"},
    {DateKind::PastDay, u"past-day"},
    {DateKind::ComingDay, u"coming-day"},
    {DateKind::MonthOffsetDay, u"month-offset-day"},
    {DateKind::MonthOffset, u"month-offset"},
    {DateKind::AnchorOffset, u"anchor-offset"},
    {DateKind::Weekday, u"weekday"},
    {DateKind::Fiscal, u"fiscal"},
    {DateKind::WeekOffset, u"week-offset"},
    {DateKind::ReferenceOffset, u"reference-offset"},
}};

} // namespace

DateMention DateMention::written(qsizetype start, qsizetype end, DateKind kind, int year, int month, int day,
                                 int offset, DatePeriod period)
{
    return DateMention{.start = start,
                       .end = end,
                       .kind = kind,
                       .period = period,
                       .year = year,
                       .month = month,
                       .day = day,
                       .offset = offset,
                       .value = {},
                       .unresolvedReason = {}};
}

QString kindName(DateKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

bool kindFromName(QStringView name, DateKind *kind)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QStringView(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace chipline::temporal
