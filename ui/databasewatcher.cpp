#include "ui/databasewatcher.h"

#include "storage/dataversion.h"

namespace chipline::ui {

DatabaseWatcher::DatabaseWatcher(storage::Database &db, int intervalMs, QObject *parent)
    : QObject(parent),
      m_version(std::make_unique<storage::DataVersion>(db))
{
    poll();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    m_timer.start();
}

DatabaseWatcher::~DatabaseWatcher() = default;

void DatabaseWatcher::poll()
{
    const qint64 version = m_version->current();
    if (version < 0)
        return;
    const bool first = m_last < 0;
    if (version == m_last)
        return;
    m_last = version;
    if (!first)
        Q_EMIT changed();
}

} // namespace chipline::ui
