#pragma once

#include <QRegularExpression>
#include <QString>

namespace chipline::ingest {

// The byline that closes each article of a result-list dump:
// '<dateline=>name기자 YYYY.MM.DD HH:MM:SS' on its own line start. Shared by the parser and the
// layout detector so both agree on what a byline is.
class DumpByline final
{
public:
    // Captures: dateline (may be empty), name, year, month, day, hour, minute, second.
    enum Group {
        Dateline = 1,
        Name,
        Year,
        Month,
        Day,
        Hour,
        Minute,
        Second
    };

    // A byline preceded by a line break or the start of the text; the seconds are exactly two
    // digits so that a next text starting with a digit is not swallowed.
    static const QRegularExpression &anywhere();
    // A byline that ends the text (trailing whitespace allowed).
    static const QRegularExpression &atEnd();
    // '베이징(중국)' -> '베이징': the dateline without its parenthesised country.
    static QString cleanDateline(QStringView raw);
};

} // namespace chipline::ingest
