#include "exchange/timelinejswriter.h"

#include "events/categorynames.h"
#include "render/timelinedocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chipline::exchange {

namespace {

QJsonObject dateObject(const temporal::ResolvedDate &d)
{
    QJsonObject o{{QStringLiteral("year"), QString::number(d.year)}};
    if (d.precision != temporal::DatePrecision::Year)
        o.insert(QStringLiteral("month"), QString::number(d.month));
    if (d.precision == temporal::DatePrecision::Day)
        o.insert(QStringLiteral("day"), QString::number(d.day));
    o.insert(QStringLiteral("display_date"), d.value());
    return o;
}

} // namespace

QString TimelineJsWriter::modalityText(core::EventModality modality)
{
    switch (modality) {
    case core::EventModality::Considered:
        return tr("under consideration");
    case core::EventModality::Planned:
        return tr("planned, not reported done");
    case core::EventModality::Expected:
        return tr("expected, not reported done");
    case core::EventModality::Asserted:
    case core::EventModality::Negated:
        break;
    }
    return {};
}

QByteArray TimelineJsWriter::write(const annotation::TimelineSelection &selection,
                                   const QHash<qint64, QList<storage::EvidencePassage>> &evidence, const QString &title)
{
    const QList<timeline::TimelineItem> items = selection.items(false);
    const QStringList lanes = selection.laneTitles();
    QJsonArray events;
    for (int i = 0; i < selection.events.size(); ++i) {
        const storage::TimelineEvent &e = selection.events[i];
        const temporal::ResolvedDate &date = e.date;
        if (!date.isValid())
            continue;
        QString status = render::TimelineDocument::statusText(e.status);
        if (const QString modality = modalityText(e.modality); !modality.isEmpty())
            status += QStringLiteral(" · ") + modality;
        if (e.datedByPublication)
            status += QStringLiteral(" · ") + tr("dated by the publication day");
        QString html = QStringLiteral("<p><b>%1</b> · %2</p>")
                           .arg(events::CategoryNames::displayName(core::categoryCode(e.category)).toHtmlEscaped(),
                                status.toHtmlEscaped());
        if (!e.actors.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e.actors.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!e.source.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Source: %1").arg(e.source).toHtmlEscaped());
        QStringList cites;
        for (const storage::EvidencePassage &c : evidence.value(e.id)) {
            cites.append(QStringLiteral("<li>%1, %2: “%3” — %4</li>")
                             .arg(c.outlet.toHtmlEscaped(), c.published.left(10), c.articleTitle.toHtmlEscaped(),
                                  c.passage.left(200).toHtmlEscaped()));
        }
        if (!cites.isEmpty())
            html += QStringLiteral("<ul>") + cites.join(QString()) + QStringLiteral("</ul>");
        QJsonObject ev{
            {QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(e.id)},
            {QStringLiteral("start_date"), dateObject(date)},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("headline"), e.title.toHtmlEscaped()}, {QStringLiteral("text"), html}}},
            {QStringLiteral("group"), lanes.value(items[i].lane)}};
        // A quarter or half has no date object of its own in TimelineJS: it is drawn as the
        // span from its first month to its last.
        if (date.precision == temporal::DatePrecision::Quarter || date.precision == temporal::DatePrecision::Half) {
            const QDate last = date.endDay().addDays(-1);
            ev.insert(QStringLiteral("end_date"),
                      QJsonObject{{QStringLiteral("year"), QString::number(last.year())},
                                  {QStringLiteral("month"), QString::number(last.month())}});
        }
        events.append(ev);
    }
    const QString headline = title.isEmpty() ? tr("US–China AI-chip export controls") : title;
    QJsonObject root{{QStringLiteral("title"),
                      QJsonObject{{QStringLiteral("text"),
                                   QJsonObject{{QStringLiteral("headline"), headline.toHtmlEscaped()},
                                               {QStringLiteral("text"), selection.describeFilter().toHtmlEscaped()}}}}},
                     {QStringLiteral("events"), events}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace chipline::exchange
