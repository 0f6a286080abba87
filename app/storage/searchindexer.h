#pragma once

#include "core/result.h"

#include <QString>
#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace chipline::storage {

// Indexes what a writer commits on a thread and connection of its own: the writer calls
// committed() after each commit and goes on storing while this one indexes. SQLite lets
// one connection write a file at a time, and the search index is a file of its own.
class SearchIndexer final
{
    Q_DISABLE_COPY_MOVE(SearchIndexer)

public:
    explicit SearchIndexer(QString databasePath);
    ~SearchIndexer();

    void committed();
    // Indexes what is left, stops, and gives the first error met, if any.
    core::Status finish();

private:
    void run();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_dirty = false;
    bool m_stopping = false;
    core::Status m_status;
    std::thread m_thread;
};

} // namespace chipline::storage
