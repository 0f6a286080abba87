#include "ingest/wiredateline.h"

#include <array>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

const QRegularExpression &WireDateline::pattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(
            uR"(^([A-Z][A-Z.'/-]*(?: [A-Z][A-Z.'/-]*)*))"
            uR"((?:, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?) (\d{1,2}))?)"
            uR"((?: \(([^)\n]{1,40})\))?(?(2)|(?(4)|(?!)))\s*[-–—]{1,2}(?:\s+|$))"_s);
        r.optimize();
        return r;
    }();
    return re;
}

int WireDateline::monthNumber(QStringView name)
{
    static constexpr std::array<const char16_t *, 12> kMonths = {
        u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    const QStringView head = name.left(3);
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (head.compare(QStringView(kMonths[i]), Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return 0;
}

} // namespace chipline::ingest
