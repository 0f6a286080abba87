#include "ui/databasewatcher.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace chipline::ui {

DatabaseWatcher::DatabaseWatcher(storage::Database &db, int intervalMs, QObject *parent)
    : QObject(parent), m_version(std::make_unique<storage::Statement>(db.statement("PRAGMA data_version")))
{
    poll();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    m_timer.start();
}

DatabaseWatcher::~DatabaseWatcher() = default;

void DatabaseWatcher::poll()
{
    m_version->reset();
    if (!m_version->next())
        return;
    const qint64 version = m_version->int64(0);
    m_version->reset();
    const bool first = m_last < 0;
    if (version == m_last)
        return;
    m_last = version;
    if (!first)
        Q_EMIT changed();
}

} // namespace chipline::ui
