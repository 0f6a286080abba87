#pragma once

#include "core/result.h"
#include "storage/eventeditor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace chipline::annotation {

// What the analyst types for an event: actors by name, which may name no entity yet.
struct EventInput
{
    QString date;
    QString precision;
    QString category;
    QString title;
    QStringList actors;
    QString source;
    QString notes;
};

// Plans the analyst's timeline edits (confirm, reject, edit, merge, split, add) as
// storage::TimelineChanges and applies them, forward to do or redo, backward to undo, as
// AnnotationService does for entities and mentions. An actor name that names no entity
// (by name or alias) becomes an entity the change creates, so undo removes it again.
class TimelineService final
{
    Q_DISABLE_COPY_MOVE(TimelineService)

public:
    explicit TimelineService(storage::Database &db);

    core::Result<storage::TimelineChange> setStatus(const QList<qint64> &ids, const QString &status);
    core::Result<storage::TimelineChange> edit(qint64 id, const EventInput &input);
    // The events merged into the first.
    core::Result<storage::TimelineChange> merge(const QList<qint64> &ids);
    // Moves the passages (article, start) of the event into a new candidate event; an
    // empty change when none or all of its passages are named.
    core::Result<storage::TimelineChange> split(qint64 id, const QList<std::pair<qint64, qint64>> &passages);
    // A new confirmed event, with the passage as its evidence when there is one.
    core::Result<storage::TimelineChange> add(const EventInput &input, std::optional<storage::EvidenceRecord> passage);

    core::Status apply(storage::TimelineChange &change, bool forward);

private:
    // The entities of the names, each found by name or alias or planned in change.
    QList<qint64> actorIds(const QStringList &names, storage::TimelineChange &change);

    storage::EventEditor m_editor;
};

} // namespace chipline::annotation
