#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace chipline::ui {

// Lowers the calling thread to nice 10 (Linux only): on two cores the window's first paint
// and the keystrokes after it come before the reads it started. Not idle priority: a
// window closing waits for its task, which must not starve under other load.
inline void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    (void)setpriority(PRIO_PROCESS, id_t(gettid()), 10);
#endif
}

// Runs a long read (the timeline's events, the filter choices) on a thread of its own and
// hands the result to done on owner's thread. Not on the global pool: Qt's raster painter
// splits large fills over that pool and waits for them, so a long task there stalls the
// window's painting until it ends. Destroying owner waits for a task still running; done
// is then never called. The task's thread runs at lowerThisThreadsPriority().
template <typename Result, typename Work, typename Done> void runInBackground(QObject *owner, Work work, Done done)
{
    auto *pool = new QThreadPool(owner);
    pool->setMaxThreadCount(1);
    auto *watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner, [watcher, pool, done = std::move(done)] {
        watcher->deleteLater();
        pool->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        lowerThisThreadsPriority();
        return work();
    }));
}

} // namespace chipline::ui
