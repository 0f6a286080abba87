#include "exchange/articlejsonlines.h"

#include "core/event.h"
#include "core/textoffsets.h"
#include "exchange/jsonwriter.h"

namespace chipline::exchange {

QString ArticleJsonLines::line(const storage::StoredArticle &a)
{
    const auto nullIfEmpty = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    const core::TextOffsets offsets(a.article.body);
    const auto slice = [&](qint64 start, qint64 end) {
        const qsizetype from = offsets.toUtf16(start);
        return a.article.body.mid(from, offsets.toUtf16(end) - from);
    };
    QStringList mentions;
    for (const auto &m : m_mentions.forArticle(a.id)) {
        JsonWriter w;
        w.field("start", m.start)
            .field("end", m.end)
            .field("text", slice(m.start, m.end))
            .field("entity", m.entityName)
            .field("type", m.entityType)
            .field("origin", m.shownOrigin())
            .rawField("confidence", QString::number(m.confidence, 'g', 3))
            .field("status", m.status);
        mentions.append(w.object());
    }
    QStringList dates;
    for (const auto &d : m_dates.forArticle(a.id)) {
        JsonWriter w;
        w.field("start", d.start)
            .field("end", d.end)
            .field("text", d.text)
            .field("value", nullIfEmpty(d.value))
            .field("precision", nullIfEmpty(d.precision));
        dates.append(w.object());
    }
    QStringList events;
    for (const auto &[e, v] : m_events.forArticle(a.id)) {
        QStringList actors;
        for (const QString &name : e.actors)
            actors.append(JsonWriter::quote(name));
        JsonWriter evidence;
        evidence.field("start", v.start).field("end", v.end);
        // What this article says: its passage's own date, which may be a day off the
        // event's or coarser; the event's date beside it.
        const QString eventDate = e.date.value();
        const bool own = !v.date.isEmpty() && v.date != eventDate;
        const QString precision = own ? core::ResolvedDate::fromValue(v.date).precisionName() : e.date.precisionName();
        JsonWriter w;
        w.field("id", e.id)
            .field("date", own ? v.date : eventDate)
            .field("precision", precision)
            .field("event_date", eventDate)
            .field("event_precision", e.date.precisionName())
            .field("category", core::categoryCode(e.category))
            .field("title", e.title)
            .rawField("actors", u'[' + actors.join(u',') + u']')
            .field("status", core::statusCode(e.status))
            .field("reported", nullIfEmpty(v.reported))
            .field("effective", nullIfEmpty(v.effective))
            .field("modality", core::modalityCode(v.modality))
            .field("dated_by", v.datedByPublication ? QStringLiteral("publication") : QStringLiteral("text"))
            .rawField("evidence", evidence.object());
        events.append(w.object());
    }
    JsonWriter w;
    w.field("id", a.id)
        .field("source_file", a.sourcePath)
        .field("source_index", qint64(a.sourceIndex))
        .field("layout", a.article.layout)
        .field("outlet", nullIfEmpty(a.article.outlet))
        .field("title", nullIfEmpty(a.article.title))
        .field("published", nullIfEmpty(core::formatPublished(a.article.published)))
        .field("reporter", nullIfEmpty(a.article.reporter))
        .field("dateline", nullIfEmpty(a.article.dateline))
        .field("language", nullIfEmpty(a.article.language))
        .field("body", a.article.body)
        .rawField("mentions", u'[' + mentions.join(u',') + u']')
        .rawField("dates", u'[' + dates.join(u',') + u']')
        .rawField("events", u'[' + events.join(u',') + u']');
    return w.object();
}

} // namespace chipline::exchange
