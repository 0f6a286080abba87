#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::storage {

class Database;

struct StoredLane
{
    QString title;
    QStringList members; // entity names, "type:XYZ", or "*"

    friend bool operator==(const StoredLane &, const StoredLane &) = default;
};

// The analyst's actor lanes, saved in the database beside the events they sort, so that
// the view, printing and `chipline timeline` on any machine show the same lanes. No
// saved lanes means the built-in ones. Entity members follow renames of their entity.
class LaneStore final
{
    Q_DISABLE_COPY_MOVE(LaneStore)

public:
    explicit LaneStore(Database &db);

    // The saved lanes in order; empty when the built-in lanes apply (or the database is
    // older than lanes and opened read-only).
    core::Result<QList<StoredLane>> load();
    // Replaces the saved lanes in one transaction; an empty list goes back to the built-in.
    core::Status save(const QList<StoredLane> &lanes);
    // The same inside the caller's transaction (an undoable timeline edit's).
    core::Status saveInTransaction(const QList<StoredLane> &lanes);

private:
    Database &m_db;
};

} // namespace chipline::storage
