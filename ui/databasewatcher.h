#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace chipline::storage {
class Database;
class DataVersion;
} // namespace chipline::storage

namespace chipline::ui {

// Notices what other processes commit to the database the window shows (a `chipline
// import` in a terminal) by polling PRAGMA data_version, a read that never waits for
// the importer's lock. The window refreshes its list on changed().
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    explicit DatabaseWatcher(storage::Database &db, int intervalMs = 1000, QObject *parent = nullptr);
    ~DatabaseWatcher() override;

    // Polls now; emits changed() when another connection committed since the last poll.
    void poll();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<storage::DataVersion> m_version;
    qint64 m_last = -1;
    QTimer m_timer;
};

} // namespace chipline::ui
