#include "ui/timelinecontroller.h"

#include "ui/eventeditdialog.h"
#include "ui/publicationdatecommand.h"
#include "ui/timelinecommand.h"

#include <QUndoStack>

namespace chipline::ui {

namespace {

annotation::EventInput input(const EventFields &f)
{
    return {f.date, f.precision, f.category, f.title, f.actors, f.source, f.notes};
}

} // namespace

TimelineController::TimelineController(storage::Database &db, QUndoStack *stack, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_stack(stack ? stack : new QUndoStack(this)),
      m_service(db)
{}

bool TimelineController::push(core::Result<storage::TimelineChange> plan, const QString &text)
{
    if (!plan) {
        Q_EMIT failed(plan.error().message);
        return false;
    }
    if (plan->isEmpty())
        return false;
    m_lastApplied = true;
    m_stack->push(new TimelineCommand(m_service, std::move(plan).value(), text,
                                      [this](const storage::TimelineChange &change, const core::Status &status) {
                                          m_lastApplied = status.ok();
                                          if (!status)
                                              Q_EMIT failed(status.error().message);
                                          if (!change.createdEntities.isEmpty())
                                              Q_EMIT entitiesChanged();
                                          Q_EMIT eventsChanged();
                                      }));
    return m_lastApplied;
}

bool TimelineController::setStatus(const QList<qint64> &ids, const QString &status, const QString &text)
{
    if (ids.isEmpty())
        return false;
    return push(m_service.setStatus(ids, status), text);
}

bool TimelineController::confirm(const QList<qint64> &ids)
{
    return setStatus(ids, QStringLiteral("confirmed"), tr("Confirm %n event(s)", nullptr, int(ids.size())));
}

bool TimelineController::reject(const QList<qint64> &ids)
{
    return setStatus(ids, QStringLiteral("rejected"), tr("Reject %n event(s)", nullptr, int(ids.size())));
}

bool TimelineController::edit(qint64 id, const EventFields &fields)
{
    return push(m_service.edit(id, input(fields)), tr("Edit “%1”").arg(fields.title));
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

bool TimelineController::add(const EventFields &fields, qint64 articleId, qint64 start, qint64 end)
{
    std::optional<storage::EvidenceRecord> passage;
    if (articleId) {
        passage.emplace();
        passage->articleId = articleId;
        passage->start = start;
        passage->end = end;
    }
    return push(m_service.add(input(fields), passage), tr("Add “%1”").arg(fields.title));
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
