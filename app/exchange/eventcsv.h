#pragma once

#include "core/result.h"
#include "storage/timelinequery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::exchange {

struct CsvEvent
{
    int line = 0; // where the row starts in the file, for messages
    QString date; // YYYY, YYYY-MM or YYYY-MM-DD
    QString precision; // day, month, year
    QString category;
    QString title;
    QStringList actors;
    QString source; // a URL or a citation
    QString notes;
    // Written for the reader, not read back (an imported row is the analyst's, confirmed and
    // happened; only a rejected row is left out):
    QString status; // confirmed, candidate, rejected
    QString modality; // asserted, planned, considered, expected
    QString datedBy; // text, or publication when only the publication day dates it
};

struct CsvParse
{
    QList<CsvEvent> rows;
    QStringList errors; // "line 7: ..." for rows left out
};

// The analysts' spreadsheet chronology: RFC 4180 CSV with the header
// `date,precision,category,title,actors,source,notes` (columns in any order, names in any
// case; actors separated by ';'). Precision may be empty: the date's form decides. Written
// files add the columns status, modality and dated_by; reading leaves out the rows whose
// status is rejected and ignores the rest of them.
class EventCsv final
{
public:
    static const QStringList &header();
    static core::Result<CsvParse> parse(const QByteArray &utf8);
    static QByteArray write(const QList<CsvEvent> &rows);
    // The timeline's events as written rows: the window's and the command line's export.
    static QByteArray write(const QList<storage::TimelineEvent> &events);
    // Splits CSV text into records of fields; lineOf receives each record's first line.
    static QList<QStringList> records(const QString &text, QList<int> *lineOf = nullptr);
};

} // namespace chipline::exchange
