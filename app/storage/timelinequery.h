#pragma once

#include "core/event.h"
#include "core/result.h"
#include "storage/articlelistquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::storage {

class Database;

// Which events the timeline shows. Empty lists mean "all"; dates are YYYY-MM-DD and an
// event is in range when any day it covers is.
struct TimelineFilter
{
    QString from;
    QString to;
    QList<core::EventStatus> statuses;
    QList<core::EventCategory> categories;
    QStringList actors; // canonical entity names; an event matches with any of them
    QList<qint64> articleIds; // only events with evidence in these articles
    // Only events with evidence in the articles the article list shows with this filter
    // (an empty filter lists every article: no condition).
    std::optional<ArticleListFilter> articles;
};

// An event as the timeline shows, prints and exports it.
struct TimelineEvent : core::Event
{
    QStringList actors; // canonical names, sorted
    qint64 corroboration = 0; // distinct articles
    bool datedByPublication = false; // only the publication day dates it: lower confidence
};

// One evidence passage with what a citation needs.
struct EvidencePassage
{
    qint64 eventId = 0;
    qint64 articleId = 0;
    qint64 start = 0; // code points into article.body
    qint64 end = 0;
    QString passage; // the body between start and end
    QString outlet;
    QString reporter;
    QString published;
    QString articleTitle;
    QString url;
    QString sourcePath;
    QString date; // the date the passage gives, when it is not the event's (a day off, coarser)
    bool datedByPublication = false; // a lead without a date of its own
    core::EventModality modality = core::EventModality::Asserted; // what the passage says of the event
};

// Read side of the timeline: events by filter, their evidence with citations, entity types.
class TimelineQuery final
{
    Q_DISABLE_COPY_MOVE(TimelineQuery)

public:
    explicit TimelineQuery(Database &db);
    Database &database() const { return m_db; }

    core::Result<QList<TimelineEvent>> events(const TimelineFilter &filter);
    core::Result<TimelineEvent> event(qint64 id);
    // Evidence of the events, by event then article date; passage text cut from the body.
    core::Result<QList<EvidencePassage>> evidence(const QList<qint64> &eventIds);
    QHash<QString, QString> entityTypes();
    QStringList entityNames();
    // The resolved date expression nearest to a position (code points) in the article; else
    // the article's publication day; invalid when neither exists.
    core::ResolvedDate nearestDate(qint64 articleId, qint64 position);

private:
    Database &m_db;
};

} // namespace chipline::storage
