#include "storage/lanestore.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace chipline::storage {

namespace {

constexpr int kLanesSchema = 4; // the migration that added the lane tables

} // namespace

LaneStore::LaneStore(Database &db)
    : m_db(db)
{}

core::Result<QList<StoredLane>> LaneStore::load()
{
    QList<StoredLane> out;
    if (Migrations::currentVersion(m_db) < kLanesSchema)
        return out;
    auto st = m_db.prepare("SELECT l.position, l.title, coalesce(n.name, m.member) FROM timeline_lane l "
                           "LEFT JOIN timeline_lane_member m ON m.lane = l.position "
                           "LEFT JOIN entity n ON n.id = m.entity_id ORDER BY l.position, m.position");
    if (!st)
        return st.error();
    qint64 lane = -1;
    while (st->next()) {
        if (st->int64(0) != lane) {
            lane = st->int64(0);
            out.append({st->text(1), {}});
        }
        if (!st->isNull(2))
            out.last().members.append(st->text(2));
    }
    if (st->failed())
        return core::Error{st->errorMessage()};
    return out;
}

core::Status LaneStore::save(const QList<StoredLane> &lanes)
{
    Transaction tx(m_db, Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus();
    if (auto st = saveInTransaction(lanes); !st)
        return st;
    return tx.commit();
}

core::Status LaneStore::saveInTransaction(const QList<StoredLane> &lanes)
{
    if (auto st = m_db.exec("DELETE FROM timeline_lane_member; DELETE FROM timeline_lane;"); !st)
        return st;
    auto lane = m_db.statement("INSERT INTO timeline_lane(position, title) VALUES (?1, ?2)");
    auto member = m_db.statement("INSERT INTO timeline_lane_member(lane, position, member, entity_id) "
                                 "VALUES (?1, ?2, ?3, (SELECT id FROM entity WHERE name = ?3))");
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const QString title = lanes[i].title.trimmed();
        if (title.isEmpty())
            return core::Error{QStringLiteral("lane %1 has no title").arg(i + 1)};
        lane.reset();
        lane.bind(1, qint64(i)).bind(2, title);
        if (!lane.exec())
            return core::Error{QStringLiteral("cannot save lane \"%1\": %2").arg(title, lane.errorMessage())};
        for (qsizetype k = 0; k < lanes[i].members.size(); ++k) {
            member.reset();
            member.bind(1, qint64(i)).bind(2, qint64(k)).bind(3, lanes[i].members[k].trimmed());
            if (!member.exec())
                return core::Error{QStringLiteral("cannot save lane \"%1\": %2").arg(title, member.errorMessage())};
        }
    }
    return {};
}

} // namespace chipline::storage
