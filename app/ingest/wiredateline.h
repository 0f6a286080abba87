#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace chipline::ingest {

// The paragraph start of an English wire story: 'SEOUL, May 23 - ', 'WASHINGTON, April 15
// (Reuters) — '. Shared by the wire parser and the layout detector so both agree.
class WireDateline final
{
public:
    // Captures: city (as written), month name (may be empty), day, agency (may be empty).
    // Either the date or the agency must be present, so a plain 'NOTE - ' is no dateline.
    enum Group {
        City = 1,
        MonthName,
        Day,
        Agency
    };

    static const QRegularExpression &pattern();
    // 1-12 for an English month name or abbreviation ('May', 'Sept.', 'april'); 0 otherwise.
    static int monthNumber(QStringView name);
};

} // namespace chipline::ingest
