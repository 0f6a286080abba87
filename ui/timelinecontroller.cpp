#include "ui/timelinecontroller.h"

#include "ui/eventeditdialog.h"
#include "ui/plannedcommand.h"
#include "ui/publicationdatecommand.h"
#include "ui/timelinecommand.h"

#include <QUndoStack>

namespace chipline::ui {

TimelineController::TimelineController(storage::Database &db, QUndoStack *stack, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_stack(stack ? stack : new QUndoStack(this)),
      m_service(db)
{}

bool TimelineController::push(core::Result<storage::TimelineChange> plan, const QString &text)
{
    return pushPlanned<TimelineCommand>(
        m_stack, m_service, std::move(plan), text, m_lastApplied,
        [this](const QString &message) { Q_EMIT failed(message); },
        [this](const storage::TimelineChange &change) {
            if (!change.createdEntities.isEmpty())
                Q_EMIT entitiesChanged();
            Q_EMIT eventsChanged();
        });
}

bool TimelineController::setStatus(const QList<qint64> &ids, core::EventStatus status, const QString &text)
{
    if (ids.isEmpty())
        return false;
    return push(m_service.setStatus(ids, status), text);
}

bool TimelineController::confirm(const QList<qint64> &ids)
{
    return setStatus(ids, core::EventStatus::Confirmed, tr("Confirm %n event(s)", nullptr, int(ids.size())));
}

bool TimelineController::reject(const QList<qint64> &ids)
{
    return setStatus(ids, core::EventStatus::Rejected, tr("Reject %n event(s)", nullptr, int(ids.size())));
}

bool TimelineController::edit(qint64 id, const annotation::EventInput &fields)
{
    return push(m_service.edit(id, fields), tr("Edit “%1”").arg(fields.title));
}

bool TimelineController::merge(const QList<qint64> &ids)
{
    return push(m_service.merge(ids), tr("Merge %n event(s)", nullptr, int(ids.size())));
}

bool TimelineController::split(qint64 id, const QList<std::pair<qint64, qint64>> &passages)
{
    auto plan = m_service.split(id, passages);
    const QString title = plan && !plan->before.isEmpty() ? plan->before.first().title : QString();
    return push(std::move(plan), tr("Split evidence off “%1”").arg(title));
}

bool TimelineController::add(const annotation::EventInput &fields, qint64 articleId, qint64 start, qint64 end)
{
    std::optional<storage::EvidenceRecord> passage;
    if (articleId) {
        passage.emplace();
        passage->articleId = articleId;
        passage->start = start;
        passage->end = end;
    }
    return push(m_service.add(fields, passage), tr("Add “%1”").arg(fields.title));
}

std::optional<annotation::EventImport> TimelineController::importEvents(const QList<annotation::EventInput> &rows)
{
    auto plan = m_service.importEvents(rows);
    if (!plan) {
        Q_EMIT failed(plan.error().message);
        return std::nullopt;
    }
    const int count = int(plan->change.after.size());
    if (count > 0 && !push(plan->change, tr("Import %n event(s)", nullptr, count)))
        return std::nullopt; // failed() said why
    return std::move(plan).value();
}

bool TimelineController::setLanes(const QList<storage::StoredLane> &lanes)
{
    return push(m_service.setLanes(lanes), tr("Edit the lanes"));
}

void TimelineController::setPublished(qint64 articleId, const QDateTime &published)
{
    const QString text = tr("Set the date of article %1 to %2")
                             .arg(articleId)
                             .arg(published.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_stack->push(new PublicationDateCommand(
        m_db, articleId, published, text, [this](qint64 id, const core::Result<analysis::Redated> &outcome) {
            if (!outcome) {
                Q_EMIT failed(tr("Cannot set the date: %1").arg(outcome.error().message));
                return;
            }
            Q_EMIT articleDated(id, tr("Article recognized again: %n event(s) found", nullptr, int(outcome->events)));
            Q_EMIT eventsChanged();
        }));
}

} // namespace chipline::ui
