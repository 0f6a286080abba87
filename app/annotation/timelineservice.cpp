#include "annotation/timelineservice.h"

namespace chipline::annotation {

TimelineService::TimelineService(storage::Database &db)
    : m_editor(db)
{}

QList<qint64> TimelineService::actorIds(const QStringList &names, storage::TimelineChange &change)
{
    QList<qint64> ids;
    for (const QString &given : names) {
        const QString name = given.simplified();
        if (name.isEmpty())
            continue;
        qint64 id = m_editor.findEntity(name);
        for (const storage::EntityRecord &planned : std::as_const(change.createdEntities)) {
            if (!id && planned.name.compare(name, Qt::CaseInsensitive) == 0)
                id = planned.id;
        }
        if (!id) {
            id = -1 - change.createdEntities.size();
            change.createdEntities.append({id, name, QStringLiteral("ORG"), QStringLiteral("user")});
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

core::Result<storage::TimelineChange> TimelineService::setStatus(const QList<qint64> &ids, const QString &status)
{
    auto before = m_editor.snapshots(ids);
    if (!before)
        return before.error();
    storage::TimelineChange change{before.value(), before.value(), {}};
    for (storage::EventSnapshot &s : change.after)
        s.status = status;
    return change;
}

core::Result<storage::TimelineChange> TimelineService::edit(qint64 id, const EventInput &input)
{
    auto before = m_editor.snapshots({id});
    if (!before)
        return before.error();
    storage::TimelineChange change;
    change.before = before.value();
    storage::EventSnapshot s = storage::EventEditor::redated(change.before.first(), input.date, input.precision);
    s.category = input.category;
    s.title = input.title;
    s.actorIds = actorIds(input.actors, change);
    s.source = input.source;
    s.notes = input.notes;
    s.edited = true;
    change.after = {s};
    return change;
}

core::Result<storage::TimelineChange> TimelineService::merge(const QList<qint64> &ids)
{
    if (ids.size() < 2)
        return core::Error{QStringLiteral("merging needs two or more events")};
    auto before = m_editor.snapshots(ids);
    if (!before)
        return before.error();
    storage::EventSnapshot merged = before->first();
    for (qsizetype i = 1; i < before->size(); ++i)
        merged = storage::EventEditor::merged(merged, before->at(i));
    return storage::TimelineChange{before.value(), {merged}, {}};
}

core::Result<storage::TimelineChange> TimelineService::split(qint64 id,
                                                             const QList<std::pair<qint64, qint64>> &passages)
{
    auto before = m_editor.snapshots({id});
    if (!before)
        return before.error();
    const storage::EventSnapshot &event = before->first();
    QList<int> indexes;
    for (int i = 0; i < event.evidence.size(); ++i) {
        if (passages.contains(std::pair{event.evidence[i].articleId, event.evidence[i].start}))
            indexes.append(i);
    }
    if (indexes.isEmpty() || indexes.size() == event.evidence.size())
        return storage::TimelineChange{}; // nothing would move, or nothing stay behind
    const auto [kept, moved] = storage::EventEditor::split(event, indexes, m_editor.nextId());
    return storage::TimelineChange{before.value(), {kept, moved}, {}};
}

core::Result<storage::TimelineChange> TimelineService::add(const EventInput &input,
                                                           std::optional<storage::EvidenceRecord> passage)
{
    storage::TimelineChange change;
    storage::EventSnapshot s;
    s.id = m_editor.nextId();
    s.date = input.date;
    s.precision = input.precision;
    s.category = input.category;
    s.title = input.title;
    s.status = QStringLiteral("confirmed");
    s.edited = true;
    s.source = input.source;
    s.notes = input.notes;
    s.actorIds = actorIds(input.actors, change);
    if (passage) {
        passage->eventId = s.id;
        s.evidence.append(*passage);
    }
    change.after = {s};
    return change;
}

core::Status TimelineService::apply(storage::TimelineChange &change, bool forward)
{
    return m_editor.apply(change, forward);
}

} // namespace chipline::annotation
