#include "print/timelinejswriter.h"

#include "print/categorystyle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chipline::print {

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

QByteArray TimelineJsWriter::write(const TimelineSelection &selection,
                                   const QHash<qint64, QList<storage::EvidencePassage>> &evidence, const QString &title)
{
    const QList<timeline::TimelineItem> items = selection.items(false);
    const QStringList lanes = selection.laneTitles(false);
    QJsonArray events;
    for (int i = 0; i < selection.events.size(); ++i) {
        const storage::TimelineEvent &e = selection.events[i];
        const temporal::ResolvedDate date = temporal::ResolvedDate::fromValue(e.date);
        if (!date.isValid())
            continue;
        QString status = e.status;
        if (!e.modality.isEmpty())
            status += QStringLiteral(" · ") + (e.modality == u"considered" ? QStringLiteral("under consideration")
                                                                          : e.modality + QStringLiteral(", not reported done"));
        if (e.datedByPublication)
            status += QStringLiteral(" · dated by the publication day");
        QString html = QStringLiteral("<p><b>%1</b> · %2</p>")
                           .arg(CategoryStyle::displayName(e.category, false).toHtmlEscaped(), status.toHtmlEscaped());
        if (!e.actors.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e.actors.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!e.source.isEmpty())
            html += QStringLiteral("<p>Source: %1</p>").arg(e.source.toHtmlEscaped());
        QStringList cites;
        for (const storage::EvidencePassage &c : evidence.value(e.id)) {
            cites.append(QStringLiteral("<li>%1, %2: “%3” — %4</li>")
                             .arg(c.outlet.toHtmlEscaped(), c.published.left(10), c.articleTitle.toHtmlEscaped(),
                                  c.passage.left(200).toHtmlEscaped()));
        }
        if (!cites.isEmpty())
            html += QStringLiteral("<ul>") + cites.join(QString()) + QStringLiteral("</ul>");
        QJsonObject ev{{QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(e.id)},
                       {QStringLiteral("start_date"), dateObject(date)},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), e.title.toHtmlEscaped()},
                                                            {QStringLiteral("text"), html}}},
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
    QJsonObject root{{QStringLiteral("title"),
                      QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), title.toHtmlEscaped()},
                                                                       {QStringLiteral("text"), selection.describeFilter(false).toHtmlEscaped()}}}}},
                     {QStringLiteral("events"), events}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace chipline::print
