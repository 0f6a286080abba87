#pragma once

#include "importing/importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>

namespace chipline::ui {

// What a background import came to; error is set when it could not start at all (the
// database could not be opened on the worker thread).
struct ImportOutcome
{
    importing::ImportSummary summary;
    QString error;
};

// Runs importing::Importer on a worker thread with a database connection of its own opened on
// the same file (an SQLite connection must stay on its thread). Progress and the outcome
// arrive as signals on the thread that owns the job. Destroying a running job cancels it
// and waits, so nothing is left writing to the database.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QString databasePath, QObject *parent = nullptr);
    ~ImportJob() override;

    bool isRunning() const { return m_running; }
    // Ignored while a run is under way.
    void start(const QStringList &paths);
    // Asks the importer to stop after the file in progress; finished() still follows.
    void cancel();
    // Blocks until the current run ends; for shutdown.
    void wait();

Q_SIGNALS:
    void progress(int done, int total, const QString &path);
    void finished(const chipline::ui::ImportOutcome &outcome);

private:
    static ImportOutcome runImport(ImportJob *job, const QString &databasePath, const QStringList &paths);

    QString m_databasePath;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    QFutureWatcher<ImportOutcome> m_watcher;
    // Not the global pool: Qt's painter borrows its threads and would wait for the import.
    QThreadPool m_pool;
};

} // namespace chipline::ui
