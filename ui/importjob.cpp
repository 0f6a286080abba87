#include "ui/importjob.h"

#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace chipline::ui {

ImportJob::ImportJob(QString databasePath, QObject *parent)
    : QObject(parent),
      m_databasePath(std::move(databasePath))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start(const QStringList &paths)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &ImportJob::runImport, this, m_databasePath, paths));
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::wait()
{
    m_watcher.waitForFinished();
}

ImportOutcome ImportJob::runImport(ImportJob *job, const QString &databasePath, const QStringList &paths)
{
    ImportOutcome outcome;
    auto db = storage::Database::open(databasePath);
    if (!db) {
        outcome.error = db.error().message;
        return outcome;
    }
    importing::Importer importer(*db.value());
    // Runs on the worker; the queued call hands the numbers to the job's own thread and
    // is dropped if the job is gone by then.
    const auto report = [job](int done, int total, const QString &path) {
        QMetaObject::invokeMethod(
            job, [job, done, total, path] { Q_EMIT job->progress(done, total, path); }, Qt::QueuedConnection);
    };
    outcome.summary = importer.run(paths, report, &job->m_cancel);
    return outcome;
}

} // namespace chipline::ui
