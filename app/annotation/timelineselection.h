#pragma once

#include "core/result.h"
#include "storage/timelinequery.h"
#include "timeline/laneset.h"
#include "timeline/timelineitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace chipline::storage {
class Database;
}

namespace chipline::annotation {

// The events one timeline shows (a filter applied), their lanes and the plotted days: what
// the view, the printout and every export of "the same selection" start from.
struct TimelineSelection
{
    Q_DECLARE_TR_FUNCTIONS(chipline::annotation::TimelineSelection)

public:
    storage::TimelineFilter filter;
    QList<storage::TimelineEvent> events;
    timeline::LaneSet lanes;
    QHash<QString, QString> actorTypes;
    QDate from; // the plotted days [from, to): the filter's, else the events' whole months
    QDate to;

    // The actor lanes saved in the database, else the built-in ones.
    static timeline::LaneSet savedActorLanes(storage::Database &db);
    static core::Result<TimelineSelection> load(storage::Database &db, const storage::TimelineFilter &filter,
                                                const timeline::LaneSet &lanes);
    // Fills lanes-dependent data and the range after events or lanes changed.
    void update();
    // Layout input, one item per event in the same order; numbered labels read "12. title".
    QList<timeline::TimelineItem> items(bool numbered) const;
    // The lanes' titles in the installed language (category names, the built-in actor lanes).
    QStringList laneTitles() const;
    // "Status: confirmed · Categories: … · Actors: …" for page headers.
    QString describeFilter() const;
};

} // namespace chipline::annotation
