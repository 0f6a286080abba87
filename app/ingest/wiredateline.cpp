#include "ingest/wiredateline.h"

#include <array>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

const QRegularExpression &WireDateline::pattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(uR"(^([A-Z][A-Z.'/-]*(?: [A-Z][A-Z.'/-]*)*))"
                             uR"((?:, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?) (\d{1,2}))?)"
                             uR"((?: \(([^)\n]{1,40})\))?(?(2)|(?(4)|(?!)))\s*[-–—]{1,2}(?:\s+|$))"_s);
        r.optimize();
        return r;
    }();
    return re;
}

int WireDateline::monthNumber(QStringView name)
{
    // A month's name or any abbreviation of it from three letters on ('Sept', 'Janu'), with
    // or without a dot: not any word that starts like one ('Mayor', 'Junior', 'Marching').
    static constexpr std::array<const char16_t *, 12> kMonths = {u"january",   u"february", u"march",    u"april",
                                                                 u"may",       u"june",     u"july",     u"august",
                                                                 u"september", u"october",  u"november", u"december"};
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.size() < 3)
        return 0;
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (QStringView(kMonths[i]).startsWith(name, Qt::CaseInsensitive))
            return int(i) + 1;
    }
    return 0;
}

} // namespace chipline::ingest
