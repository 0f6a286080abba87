#pragma once

#include <QDateTime>
#include <QString>

namespace chipline::core {

// One article as the importers produce it and the store keeps it. Times are wall-clock
// times as printed in the source (no time-zone conversion) and are held as Qt::UTC so
// that no daylight-saving rule ever shifts them.
struct Article
{
    QString layout; // dump, transcript, wire, text, html, feed
    QString outlet;
    QString title;
    QDateTime published; // invalid when the source gives no date
    QString reporter;
    QString dateline;
    QString language; // BCP 47 primary tag: "ko", "en", "zh", ...
    QString body;
    QString url;
};

// "YYYY-MM-DDTHH:MM:SS", the one textual form used in storage and export.
QString formatPublished(const QDateTime &published);
// Parses that form (or a date alone); returns an invalid QDateTime on anything else.
QDateTime parsePublished(QStringView text);
// Builds a wall-clock time, rejecting dates that cannot exist (2025-02-30).
QDateTime makeWallTime(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);

// Guesses the language of a text from its letters: "ko" when Hangul dominates, "zh" for Han
// without Hangul, else "en".
QString guessLanguage(QStringView text);

} // namespace chipline::core
