#include "ingest/dumpparser.h"

#include "ingest/dumpbyline.h"

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {
const QString kLayout = u"dump"_s;

int number(const QRegularExpressionMatch &m, int group)
{
    return m.capturedView(group).toInt();
}

core::Article makeArticle(QStringView body)
{
    core::Article a;
    a.layout = kLayout;
    a.body = body.toString();
    a.language = core::guessLanguage(body);
    return a;
}
} // namespace

ParseResult DumpParser::parse(const SourceDocument &doc)
{
    const QString &text = doc.text;
    ParsedFile out;
    // One pass over the text: each byline closes the text that started after the previous one.
    qsizetype textStart = 0;
    auto it = DumpByline::anywhere().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int articleNumber = int(out.articles.size()) + 1;
        const QStringView body = QStringView(text).mid(textStart, m.capturedStart() - textStart).trimmed();
        textStart = m.capturedEnd();
        if (body.isEmpty()) {
            out.warnings.append(tr("%1: byline '%2' has no article text before it; skipped")
                                    .arg(doc.path, m.capturedView().toString()));
            continue;
        }
        core::Article a = makeArticle(body);
        a.reporter = m.captured(DumpByline::Name);
        a.dateline = DumpByline::cleanDateline(m.capturedView(DumpByline::Dateline));
        a.published = core::makeWallTime(number(m, DumpByline::Year), number(m, DumpByline::Month),
                                         number(m, DumpByline::Day), number(m, DumpByline::Hour),
                                         number(m, DumpByline::Minute), number(m, DumpByline::Second));
        if (!a.published.isValid()) {
            const qsizetype dateAt = m.capturedStart(DumpByline::Year);
            out.warnings.append(tr("%1: article %2 has a byline date that cannot exist (%3); kept undated")
                                    .arg(doc.path)
                                    .arg(articleNumber)
                                    .arg(QStringView(text).mid(dateAt, m.capturedEnd() - dateAt)));
        }
        out.articles.append(std::move(a));
    }

    // Text after the last byline belongs to no byline: keep it rather than lose it silently.
    const QStringView tail = QStringView(text).mid(textStart).trimmed();
    if (!tail.isEmpty() && !out.articles.isEmpty()) {
        out.warnings.append(tr("%1: article %2 has no byline (text after the last byline); kept undated")
                                .arg(doc.path)
                                .arg(out.articles.size() + 1));
        out.articles.append(makeArticle(tail));
    }

    if (out.articles.isEmpty()) {
        return core::Error{
            tr("no article found: %1 has no byline of the form 'name기자 YYYY.MM.DD HH:MM:SS'").arg(doc.path)};
    }
    return out;
}

} // namespace chipline::ingest
