#pragma once

// The database-safety stress harness (issue 14): an analyst's working session on one
// database, in rounds. In this process, the window's own code paths (its import job,
// Set date, the annotation service, timeline edits, the database watcher, opening a
// connection with its search index) run on one connection that stays open through the
// round, as the window's does; beside them `chipline import` (sometimes of the folder
// that holds the database), `recognize`, `events import`, `backup` and `search`
// processes start at random moments and some are killed with SIGKILL. After every round,
// with this process's connections closed, it checks both files' headers, PRAGMA
// integrity_check on both, and that every article, annotation and confirmed event stored
// before the round (and every one this process stored during it) is still there.
#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::stress {

struct Figures
{
    int rounds = 0;
    int processes = 0; // command-line processes started
    int kills = 0; // of those, killed with SIGKILL
    int operations = 0; // window-path operations in this process
    int headerFailures = 0;
    int integrityFailures = 0;
    int lockOrIoErrors = 0; // "locked", "I/O error", "not a database", "malformed" anywhere
    int otherErrors = 0;
    int refusedEdits = 0; // edits refused because recognition replaced their rows meanwhile
    int lostRows = 0;
    QStringList problems; // the first few, with their round
};

struct Options
{
    QString binary; // the chipline program
    QString workDir; // holds the database and each round's files
    quint32 seed = 1;
    int processesPerRound = 5;
    int filesPerImport = 12;
    bool verbose = false;
};

class StressHarness final
{
public:
    explicit StressHarness(Options options);
    // Creates the database with a first import; false (with problems) when that fails.
    bool prepare(Figures &figures);
    void runRound(int round, Figures &figures);

private:
    Options m_options;
    QString m_db;
};

// One line of figures, for the note and the test log.
QString summary(const Figures &f);

} // namespace chipline::stress
