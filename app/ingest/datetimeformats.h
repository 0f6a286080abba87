#pragma once

#include <QDateTime>
#include <QStringView>

namespace chipline::ingest {

// Publication times as feeds and pages write them. Every result is the wall-clock time as
// written, with any zone or offset ignored ("Wed, 16 Apr 2025 09:30:00 +0900" and
// "2025-04-16T09:30:00+09:00" both give 2025-04-16T09:30:00), like core::makeWallTime.
class DateTimeFormats final
{
public:
    // RFC 822/1123/2822 as in RSS pubDate; the weekday is optional and not checked,
    // two-digit years are taken as 19xx/20xx, the zone may be a name or an offset.
    static QDateTime parseRfc822(QStringView text);
    // ISO 8601 / W3C-DTF as in Atom, dc:date, meta tags and JSON-LD: a date, optionally
    // with 'T' or ' ' and a time with optional seconds, fraction and zone.
    static QDateTime parseIso8601(QStringView text);
    // Either of the above.
    static QDateTime parse(QStringView text);
};

} // namespace chipline::ingest
