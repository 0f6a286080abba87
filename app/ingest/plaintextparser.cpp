#include "ingest/plaintextparser.h"

#include "ingest/linepatterns.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

// Only a date near the top counts; further down a date line is part of the story.
constexpr int kDateLineWindow = 5;

// A line that is a date and nothing else, with an optional label:
// '2025-04-16', '2025.04.16 09:30', '2025년 4월 16일', '입력 2025.04.16. 오후 3:05'.
const QRegularExpression &dateLinePattern()
{
    static const QRegularExpression re =
        compiledPattern(uR"(^(?:(?:입력|수정|등록|기사입력|송고|Published|Updated|Date)\s*:?\s*)?)"
                        uR"((\d{4})(?:[-./]\s?|년\s?)(\d{1,2})(?:[-./]\s?|월\s?)(\d{1,2})(?:\.|일)?)"
                        uR"((?:[ T]\s*(오전|오후)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"_s);
    return re;
}

enum Group {
    Year = 1,
    Month,
    Day,
    Meridiem,
    Hour,
    Minute,
    Second
};

} // namespace

ParseResult PlainTextParser::parse(const SourceDocument &doc)
{
    const QList<QStringView> lines = QStringView(doc.text).split(u'\n');
    ParsedFile out;
    core::Article a;
    a.layout = u"text"_s;

    qsizetype titleAt = -1, dateAt = -1;
    int nonEmpty = 0;
    for (qsizetype k = 0; k < lines.size() && nonEmpty <= kDateLineWindow; ++k) {
        const QStringView line = lines[k].trimmed();
        if (line.isEmpty())
            continue;
        ++nonEmpty;
        const QRegularExpressionMatch m = dateAt < 0 ? dateLinePattern().match(line) : QRegularExpressionMatch();
        if (m.hasMatch()) {
            dateAt = k;
            int hour = m.capturedView(Hour).toInt();
            if (m.capturedView(Meridiem) == u"오후" && hour < 12)
                hour += 12;
            else if (m.capturedView(Meridiem) == u"오전" && hour == 12)
                hour = 0;
            a.published = core::makeWallTime(m.capturedView(Year).toInt(), m.capturedView(Month).toInt(),
                                             m.capturedView(Day).toInt(), hour, m.capturedView(Minute).toInt(),
                                             m.capturedView(Second).toInt());
            if (!a.published.isValid()) {
                out.warnings.append(tr("%1: date line '%2' names a date that cannot exist; kept undated")
                                        .arg(doc.path, line.toString()));
            }
        } else if (titleAt < 0) {
            titleAt = k;
        }
    }

    if (titleAt < 0) {
        return core::Error{(dateAt >= 0 ? tr("no article found: %1 has no text besides a date line")
                                        : tr("no article found: %1 has no text"))
                               .arg(doc.path)};
    }
    a.title = lines[titleAt].trimmed().toString();

    // The body keeps its paragraphs; only the title and the date line are taken out.
    QString body;
    for (qsizetype k = titleAt + 1; k < lines.size(); ++k) {
        if (k == dateAt)
            continue;
        body += lines[k];
        body += u'\n';
    }
    a.body = body.trimmed();
    if (a.body.isEmpty())
        a.body = a.title;
    a.language = core::guessLanguage(a.body);
    out.articles.append(std::move(a));
    return out;
}

} // namespace chipline::ingest
