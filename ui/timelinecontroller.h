#pragma once

#include "annotation/timelineservice.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QUndoStack;

namespace chipline::ui {

// The analyst's edits of the timeline, beside AnnotationController: confirm, reject,
// edit, merge, split, add and import events, edit the lanes, and Set date… for an article (which recognizes it
// again, and so changes its events). Each is planned by a service and pushed on the
// window's undo stack as one command, so Edit › Undo walks them with the annotations.
class TimelineController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineController)

public:
    TimelineController(storage::Database &db, QUndoStack *stack, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }

    // Each pushes one command and is false when nothing was changed (failed() says why
    // when it was an error).
    bool confirm(const QList<qint64> &ids);
    bool reject(const QList<qint64> &ids);
    bool edit(qint64 id, const annotation::EventInput &fields);
    bool merge(const QList<qint64> &ids);
    // Moves the event's passages (article, start) into a new event.
    bool split(qint64 id, const QList<std::pair<qint64, qint64>> &passages);
    // A new confirmed event; the passage [start, end) of the article (0: none) its evidence.
    bool add(const annotation::EventInput &fields, qint64 articleId, qint64 start, qint64 end);
    // A chronology's rows as new confirmed events, in one command; what the import did
    // (the events, the duplicates left out, the new entities), nullopt when it failed.
    std::optional<annotation::EventImport> importEvents(const QList<annotation::EventInput> &rows);
    // The saved actor lanes become these (empty: the built-in ones).
    bool setLanes(const QList<storage::StoredLane> &lanes);
    // Sets the article's publication date and recognizes it again.
    void setPublished(qint64 articleId, const QDateTime &published);

Q_SIGNALS:
    // After any edit or re-dating was applied, undone or redone: the events (or the
    // lanes) changed.
    void eventsChanged();
    // An edit created entities for new actor names, or its undo removed them.
    void entitiesChanged();
    // The article's publication date was set, undone or redone, and the article recognized
    // again; summary says what recognition found.
    void articleDated(qint64 articleId, const QString &summary);
    void failed(const QString &message);

private:
    bool push(core::Result<storage::TimelineChange> plan, const QString &text);
    bool setStatus(const QList<qint64> &ids, core::EventStatus status, const QString &text);

    storage::Database &m_db;
    QUndoStack *m_stack;
    annotation::TimelineService m_service;
    bool m_lastApplied = true;
};

} // namespace chipline::ui
