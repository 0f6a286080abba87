#include "ingest/wireparser.h"

#include "ingest/linepatterns.h"
#include "ingest/wiredateline.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

// The header before the dateline is short; a dateline further down is story text.
constexpr int kHeaderLines = 8;

// The wire layout's line patterns, built once on the first file (see compiledPattern).
struct Patterns
{
    // 'May 23, 2024 13:46 UTC', 'Updated: May 23, 2024 1:46 PM GMT', 'Published 2024-05-23 13:46'.
    QRegularExpression timeLine =
        compiledPattern(uR"(^(?:(?:Updated|Published|Posted)\s*:?\s*)?)"
                        uR"((?:([A-Z][a-z]+\.?) (\d{1,2}),? (\d{4})|(\d{4})-(\d{2})-(\d{2})))"
                        uR"((?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?)"
                        uR"((?:\s*(?:UTC|GMT|[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?)?$)"_s);
    // Credits that end the story: 'Reporting by …', 'Editing by …', 'Writing by …', maybe in parentheses.
    QRegularExpression creditLine =
        compiledPattern(uR"(^\(?\s*(?:Reporting|Additional reporting|Editing|Writing|Compiled) by\b)"_s);
    // The reporter runs up to ';', the next credit or the end of the line.
    QRegularExpression reporter = compiledPattern(
        uR"((?:^|[(;\s])Reporting by\s+(.+?)\s*(?:;|,?\s*\b(?:Editing|Writing|Additional reporting) by\b|\)?\s*$))"_s);
    // A year in the header, for a dateline without one.
    QRegularExpression year = compiledPattern(uR"(\b((?:19|20)\d{2})\b)"_s);
};

enum TimeGroup {
    TMonth = 1,
    TDay,
    TYear,
    IsoYear,
    IsoMonth,
    IsoDay,
    THour,
    TMinute,
    TSecond,
    TAmPm
};

struct TimeLine
{
    bool found = false;
    QDateTime published;
    QString raw;
    qsizetype at = -1; // line index
};

TimeLine readTimeLine(QStringView line, const Patterns &patterns)
{
    TimeLine t;
    const QRegularExpressionMatch m = patterns.timeLine.match(line);
    if (!m.hasMatch())
        return t;
    int year = 0, month = 0, day = 0;
    if (m.hasCaptured(IsoYear)) {
        year = m.capturedView(IsoYear).toInt();
        month = m.capturedView(IsoMonth).toInt();
        day = m.capturedView(IsoDay).toInt();
    } else {
        month = WireDateline::monthNumber(m.capturedView(TMonth));
        if (month == 0)
            return t; // 'Updated 3 hours ago' and the like are no dates
        year = m.capturedView(TYear).toInt();
        day = m.capturedView(TDay).toInt();
    }
    int hour = m.capturedView(THour).toInt();
    const int minute = m.capturedView(TMinute).toInt();
    const int second = m.capturedView(TSecond).toInt();
    if (m.hasCaptured(TAmPm) && hour >= 1 && hour <= 12) {
        const bool pm = m.capturedView(TAmPm).compare(u"p", Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    t.found = true;
    t.raw = line.toString();
    t.published = core::makeWallTime(year, month, day, hour, minute, second);
    return t;
}

} // namespace

ParseResult WireParser::parse(const SourceDocument &doc)
{
    static const Patterns patterns;
    const QList<QStringView> lines = QStringView(doc.text).split(u'\n');
    const qsizetype n = lines.size();
    qsizetype i = 0;
    while (i < n && lines[i].trimmed().isEmpty())
        ++i;

    core::Article a;
    a.layout = u"wire"_s;
    ParsedFile out;

    // Header: headline, then an optional time line, until the dateline paragraph.
    qsizetype headlineAt = -1, datelineAt = -1, secondAt = -1;
    QRegularExpressionMatch dateline;
    TimeLine time;
    int seen = 0;
    for (qsizetype k = i; k < n && seen < kHeaderLines; ++k) {
        const QStringView line = lines[k].trimmed();
        if (line.isEmpty())
            continue;
        ++seen;
        if (patterns.creditLine.match(line).hasMatch())
            break;
        dateline = WireDateline::pattern().match(line);
        if (dateline.hasMatch()) {
            datelineAt = k;
            break;
        }
        if (headlineAt < 0) {
            headlineAt = k;
            continue;
        }
        if (secondAt < 0)
            secondAt = k;
        if (!time.found) {
            time = readTimeLine(line, patterns);
            time.at = k;
        }
    }
    if (headlineAt >= 0)
        a.title = lines[headlineAt].trimmed().toString();

    // Without a dateline only a time line right under the headline is header; later lines are story.
    if (datelineAt < 0 && time.found && time.at != secondAt)
        time = {};
    qsizetype bodyAt = time.found ? time.at + 1 : headlineAt + 1;
    QStringView firstLine;
    if (datelineAt >= 0) {
        bodyAt = datelineAt;
        firstLine = lines[datelineAt].trimmed().mid(dateline.capturedLength());
        a.dateline = dateline.captured(WireDateline::City);
        a.outlet = dateline.captured(WireDateline::Agency);
    } else if (bodyAt < n) {
        firstLine = lines[bodyAt];
    }

    qsizetype bodyEnd = bodyAt + 1;
    while (bodyEnd < n && !patterns.creditLine.match(lines[bodyEnd].trimmed()).hasMatch())
        ++bodyEnd;
    QString body = firstLine.toString();
    for (qsizetype k = bodyAt + 1; k < bodyEnd; ++k) {
        body += u'\n';
        body += lines[k];
    }
    a.body = body.trimmed();

    for (qsizetype k = bodyEnd; k < n && a.reporter.isEmpty(); ++k) {
        const QRegularExpressionMatch m = patterns.reporter.match(lines[k]);
        if (m.hasMatch())
            a.reporter = m.captured(1).trimmed();
    }

    if (time.found) {
        a.published = time.published;
        if (!a.published.isValid()) {
            out.warnings.append(
                tr("%1: time line '%2' names a time that cannot exist; kept undated").arg(doc.path, time.raw));
        }
    } else if (datelineAt >= 0 && dateline.hasCaptured(WireDateline::MonthName)) {
        // The dateline has no year: only a year stated in the header makes it a date.
        for (qsizetype k = i; k < datelineAt && !a.published.isValid(); ++k) {
            const QRegularExpressionMatch y = patterns.year.match(lines[k]);
            if (y.hasMatch()) {
                const int month = WireDateline::monthNumber(dateline.capturedView(WireDateline::MonthName));
                a.published = core::makeWallTime(y.capturedView(1).toInt(), month,
                                                 dateline.capturedView(WireDateline::Day).toInt());
            }
        }
    }

    if (a.body.isEmpty())
        return core::Error{tr("no article found: %1 has no story text after its headline").arg(doc.path)};
    a.language = core::guessLanguage(a.body);
    out.articles.append(std::move(a));
    return out;
}

} // namespace chipline::ingest
