#include "stressharness.h"

#include "../unit/reliabilitysupport.h"
#include "analysis/recognizer.h"
#include "annotation/annotationservice.h"
#include "annotation/entitydirectory.h"
#include "annotation/occurrencefinder.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/eventeditor.h"
#include "storage/statement.h"
#include "ui/databasewatcher.h"
#include "ui/importjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <csignal>
#include <memory>

namespace chipline::stress {

namespace {

using testing::RawDb;

// What must survive: articles with their text, the analyst's annotations (manual mentions
// and rejections, by place, whatever entity a merge moved them to) and confirmed events.
struct Snapshot
{
    QHash<QString, QString> articles;
    QSet<QString> annotations;
    QSet<QString> confirmed;
    QString error;
};

Snapshot snapshot(const QString &db)
{
    Snapshot s;
    const RawDb raw(db);
    for (const QString &row : raw.rows("SELECT id, hex(content_hash) FROM article")) {
        const QStringList cols = row.split(u'\t');
        if (row.startsWith(u"ERROR"))
            s.error = row;
        else
            s.articles.insert(cols.value(0), cols.value(1));
    }
    for (const QString &row : raw.rows("SELECT article_id, start, end, origin, status FROM mention "
                                       "WHERE origin = 'manual' OR status = 'rejected'")) {
        if (row.startsWith(u"ERROR"))
            s.error = row;
        else
            s.annotations.insert(row);
    }
    for (const QString &row : raw.rows("SELECT id FROM event WHERE status = 'confirmed'")) {
        if (row.startsWith(u"ERROR"))
            s.error = row;
        else
            s.confirmed.insert(row);
    }
    return s;
}

bool looksLikeDamage(const QString &text)
{
    for (const char *word : {"locked", "I/O error", "not a database", "malformed", "corrupt", "no transaction"})
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

void problem(Figures &f, int round, const QString &what)
{
    if (f.problems.size() < 40)
        f.problems.append(QStringLiteral("round %1: %2").arg(round).arg(what.left(300)));
}

// The first 16 bytes, read only while this process holds no connection to the file.
bool hasHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

struct Planned
{
    QStringList args;
    qint64 startAt = 0;
    qint64 killAt = -1;
    std::unique_ptr<QProcess> process;
    bool killed = false;
    bool done = false;
};

// The window's side of a round: one connection kept open, edits through the services.
class Window final
{
public:
    Window(storage::Database &db, QRandomGenerator &rng, int round)
        : m_db(db),
          m_rng(rng),
          m_round(round),
          m_directory(db),
          m_service(db, m_directory),
          m_watcher(db, 50)
    {}

    QSet<QString> made; // annotations this round made (rows as in Snapshot)
    QSet<QString> confirmed;
    QStringList errors;

    void step()
    {
        switch (m_rng.bounded(7)) {
        case 0:
            annotate();
            break;
        case 1:
            applyToAll();
            break;
        case 2:
            rejectOne();
            break;
        case 3:
            confirmEvent();
            break;
        case 4:
            setDate();
            break;
        case 5: {
            // Another connection: opening checks, attaches and may rebuild the search index.
            auto other = storage::Database::open(m_db.path());
            if (!other)
                errors.append(QStringLiteral("open: ") + other.error().message);
            break;
        }
        default:
            m_watcher.poll();
        }
    }

private:
    // Free of the analyst's earlier annotations: a new one replaces what it overlaps.
    bool isFree(qint64 article, qint64 start, qint64 end)
    {
        auto st = m_db.statement("SELECT count(*) FROM mention WHERE article_id = ?1 AND start < ?3 AND end > ?2 "
                                 "AND (origin = 'manual' OR status = 'rejected')");
        st.bind(1, article).bind(2, start).bind(3, end);
        return st.lookupInt64().value_or(1) == 0;
    }

    void record(qint64 article, qint64 start, qint64 end, const char *status, const char *origin)
    {
        made.insert(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                        .arg(article)
                        .arg(start)
                        .arg(end)
                        .arg(QLatin1String(origin), QLatin1String(status)));
    }

    void annotate()
    {
        auto st = m_db.statement("SELECT id, length(body) FROM article ORDER BY random() LIMIT 1");
        if (!st.next())
            return;
        const qint64 article = st.int64(0);
        const qint64 length = st.int64(1);
        st.reset();
        if (length < 10)
            return;
        const qint64 start = qint64(m_rng.bounded(quint32(length - 6)));
        if (!isFree(article, start, start + 4))
            return;
        annotation::EntityChoice choice;
        choice.name = QStringLiteral("Stress entity %1").arg(m_rng.bounded(4));
        choice.type = QStringLiteral("ORG");
        auto change = m_service.annotate(article, start, start + 4, choice);
        if (!change) {
            errors.append(QStringLiteral("annotate: ") + change.error().message);
            return;
        }
        if (auto done = m_service.apply(change.value(), true); !done) {
            errors.append(QStringLiteral("annotate: ") + done.error().message);
            return;
        }
        record(article, start, start + 4, "accepted", "manual");
    }

    void applyToAll()
    {
        annotation::OccurrenceFinder finder(m_db);
        QList<annotation::Occurrence> spans;
        for (const auto &o : finder.toAnnotate(QStringLiteral("반도체"), 0, 0, -1)) {
            if (spans.size() < 12 && isFree(o.articleId, o.start, o.end))
                spans.append(o);
        }
        if (spans.isEmpty())
            return;
        annotation::EntityChoice choice;
        choice.name = QStringLiteral("반도체 산업 %1").arg(m_round);
        choice.type = QStringLiteral("ORG");
        auto change = m_service.annotateAll(spans, choice);
        if (!change) {
            errors.append(QStringLiteral("apply to all: ") + change.error().message);
            return;
        }
        if (auto done = m_service.apply(change.value(), true); !done) {
            errors.append(QStringLiteral("apply to all: ") + done.error().message);
            return;
        }
        for (const auto &o : std::as_const(spans))
            record(o.articleId, o.start, o.end, "accepted", "manual");
    }

    void rejectOne()
    {
        auto st = m_db.statement("SELECT id, article_id, start, end FROM mention WHERE origin = 'auto' AND status = "
                                 "'accepted' ORDER BY random() LIMIT 1");
        if (!st.next())
            return;
        const qint64 id = st.int64(0);
        const qint64 article = st.int64(1);
        const qint64 start = st.int64(2);
        const qint64 end = st.int64(3);
        st.reset();
        if (!isFree(article, start, end))
            return;
        auto change = m_service.reject({id});
        if (!change) {
            errors.append(QStringLiteral("reject: ") + change.error().message);
            return;
        }
        if (auto done = m_service.apply(change.value(), true); !done) {
            errors.append(QStringLiteral("reject: ") + done.error().message);
            return;
        }
        record(article, start, end, "rejected", "auto");
    }

    void confirmEvent()
    {
        auto st = m_db.statement("SELECT id FROM event WHERE status = 'candidate' ORDER BY random() LIMIT 1");
        const auto id = st.lookupInt64();
        if (!id)
            return;
        storage::EventEditor editor(m_db);
        auto snaps = editor.snapshots({*id});
        if (!snaps || snaps->isEmpty())
            return;
        storage::EventSnapshot s = snaps->first();
        s.status = core::EventStatus::Confirmed;
        if (auto done = editor.replace({s.id}, {s}); !done) {
            errors.append(QStringLiteral("confirm event: ") + done.error().message);
            return;
        }
        confirmed.insert(QString::number(s.id));
    }

    void setDate()
    {
        auto st = m_db.statement("SELECT id FROM article ORDER BY random() LIMIT 1");
        const auto id = st.lookupInt64();
        if (!id)
            return;
        // As the window's Set date… command does: the date and the recognition in one transaction.
        const QDateTime when(QDate(2025, 1 + int(m_rng.bounded(12)), 1 + int(m_rng.bounded(28))), QTime(9, 0), Qt::UTC);
        if (auto done = analysis::Recognizer::redate(m_db, *id, when); !done)
            errors.append(QStringLiteral("set date: ") + done.error().message);
    }

    storage::Database &m_db;
    QRandomGenerator &m_rng;
    int m_round;
    annotation::EntityDirectory m_directory;
    annotation::AnnotationService m_service;
    ui::DatabaseWatcher m_watcher;
};

} // namespace

QString summary(const Figures &f)
{
    return QStringLiteral(
               "rounds %1, processes %2 (killed %3), window operations %4 (%10 refused as stale); header "
               "failures %5, integrity failures %6, locked/I-O/damage errors %7, other errors %8, lost rows %9")
        .arg(f.rounds)
        .arg(f.processes)
        .arg(f.kills)
        .arg(f.operations)
        .arg(f.headerFailures)
        .arg(f.integrityFailures)
        .arg(f.lockOrIoErrors)
        .arg(f.otherErrors)
        .arg(f.lostRows)
        .arg(f.refusedEdits);
}

StressHarness::StressHarness(Options options)
    : m_options(std::move(options)),
      m_db(QDir(m_options.workDir).filePath(QStringLiteral("analyst.db")))
{}

bool StressHarness::prepare(Figures &figures)
{
    const QString corpus = QDir(m_options.workDir).filePath(QStringLiteral("round-0/corpus"));
    testing::writeCorpus(corpus, m_options.filesPerImport * 2, m_options.seed);
    const testing::Run run = testing::runChipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, corpus});
    if (run.status != 0) {
        problem(figures, 0, QStringLiteral("first import failed: ") + run.err);
        return false;
    }
    return true;
}

void StressHarness::runRound(int round, Figures &figures)
{
    QRandomGenerator rng(m_options.seed * 7919u + quint32(round));
    const QDir work(m_options.workDir);
    const QString roundDir = work.filePath(QStringLiteral("round-%1").arg(round));
    const QString windowCorpus = roundDir + QStringLiteral("/window");
    testing::writeCorpus(windowCorpus, m_options.filesPerImport, m_options.seed + quint32(round) * 13u);
    const Snapshot before = snapshot(m_db);
    if (!before.error.isEmpty()) {
        ++figures.integrityFailures;
        problem(figures, round, QStringLiteral("cannot read the database before the round: ") + before.error);
        return;
    }

    // The command-line side: each process at a random moment, some killed mid-way.
    std::vector<Planned> plan;
    for (int i = 0; i < m_options.processesPerRound; ++i) {
        Planned p;
        const QString tag = QStringLiteral("%1-%2").arg(round).arg(i);
        switch (rng.bounded(7)) {
        case 0: {
            const QString dir = roundDir + QStringLiteral("/import-") + tag;
            testing::writeCorpus(dir, m_options.filesPerImport, m_options.seed + quint32(round * 31 + i));
            p.args = {QStringLiteral("import"), dir};
            break;
        }
        case 1: // the folder that holds the database, its backups and every round's files
            p.args = {QStringLiteral("import"), m_options.workDir};
            break;
        case 2:
            p.args = {QStringLiteral("recognize")};
            break;
        case 3: {
            const QString csv = roundDir + QStringLiteral("/events-") + tag + QStringLiteral(".csv");
            testing::writeFile(csv,
                               QStringLiteral("date,precision,category,title,actors,source,notes\n"
                                              "2025-04-%1,day,us-export-rule,Stress event %2,Nvidia;Stress "
                                              "maker %3,stress,\n")
                                   .arg(1 + rng.bounded(28), 2, 10, QChar(u'0'))
                                   .arg(tag)
                                   .arg(round)
                                   .toUtf8());
            p.args = {QStringLiteral("events"), QStringLiteral("import"), csv};
            break;
        }
        case 4:
            p.args = {QStringLiteral("backup"), roundDir + QStringLiteral("/backup-") + tag + QStringLiteral(".db")};
            break;
        default:
            p.args = {QStringLiteral("search"), QStringLiteral("엔비디아")};
        }
        p.args << QStringLiteral("--db") << m_db;
        p.startAt = rng.bounded(1500);
        if (rng.bounded(3) == 0)
            p.killAt = p.startAt + 30 + rng.bounded(1200);
        plan.push_back(std::move(p));
    }

    {
        auto opened = storage::Database::open(m_db);
        if (!opened) {
            (looksLikeDamage(opened.error().message) ? figures.lockOrIoErrors : figures.otherErrors)++;
            problem(figures, round, QStringLiteral("window open: ") + opened.error().message);
            return;
        }
        storage::Database &db = *opened.value();
        Window window(db, rng, round);
        ui::ImportJob job(m_db);
        QString jobError;
        QObject::connect(&job, &ui::ImportJob::finished, &job, [&jobError](const ui::ImportOutcome &o) {
            jobError = o.error;
            for (const auto &p : o.summary.problems)
                if (looksLikeDamage(p.reason))
                    jobError += p.reason + u'\n';
        });
        // Odd rounds import the folder that holds the database, as an analyst who saves
        // articles beside it would.
        job.start({round % 2 ? m_options.workDir : windowCorpus});
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            bool running = job.isRunning();
            for (Planned &p : plan) {
                if (!p.process && clock.elapsed() >= p.startAt) {
                    p.process = std::make_unique<QProcess>();
                    p.process->start(m_options.binary, p.args);
                    ++figures.processes;
                } else if (p.process && !p.done && p.killAt >= 0 && clock.elapsed() >= p.killAt
                           && p.process->state() == QProcess::Running) {
                    ::kill(pid_t(p.process->processId()), SIGKILL);
                    p.killed = true;
                    ++figures.kills;
                }
                if (p.process && !p.done && p.process->state() == QProcess::NotRunning)
                    p.done = true;
                running = running || !p.done;
            }
            if (!running)
                break;
            window.step();
            ++figures.operations;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::msleep(rng.bounded(5, 40));
        }
        job.wait();
        QCoreApplication::processEvents();
        for (const QString &e : std::as_const(window.errors)) {
            // A refusal that changed nothing and asks to try again is the intended answer.
            if (e.contains(QLatin1String("nothing was changed, try again")) && !looksLikeDamage(e)) {
                ++figures.refusedEdits;
                continue;
            }
            (looksLikeDamage(e) ? figures.lockOrIoErrors : figures.otherErrors)++;
            problem(figures, round, QStringLiteral("window: ") + e);
        }
        if (!jobError.isEmpty()) {
            (looksLikeDamage(jobError) ? figures.lockOrIoErrors : figures.otherErrors)++;
            problem(figures, round, QStringLiteral("window import: ") + jobError);
        }
        for (Planned &p : plan) {
            const QString err = QString::fromUtf8(p.process->readAllStandardError());
            if (p.killed)
                continue;
            const bool failed = p.process->exitStatus() != QProcess::NormalExit || p.process->exitCode() != 0;
            if (looksLikeDamage(err))
                ++figures.lockOrIoErrors;
            else if (failed)
                ++figures.otherErrors;
            if (looksLikeDamage(err) || failed)
                problem(figures, round, p.args.join(u' ') + QStringLiteral(" -> ") + err);
        }
        Snapshot expected = before;
        expected.annotations.unite(window.made);
        expected.confirmed.unite(window.confirmed);
        // The window's connection closes here, before the files are read below.
        plan.clear();
        opened.value().reset();

        for (const QString &file : QStringList{m_db, m_db + QStringLiteral("-search")}) {
            if (QFileInfo::exists(file) && !hasHeader(file)) {
                ++figures.headerFailures;
                problem(figures, round, file + QStringLiteral(" does not start with the SQLite header"));
            }
            const QString verdict = RawDb(file).value("PRAGMA integrity_check");
            if (QFileInfo::exists(file) && verdict != u"ok") {
                ++figures.integrityFailures;
                problem(figures, round, file + QStringLiteral(": ") + verdict);
            }
        }
        const Snapshot after = snapshot(m_db);
        QStringList lost;
        for (auto it = expected.articles.cbegin(); it != expected.articles.cend(); ++it)
            if (after.articles.value(it.key()) != it.value())
                lost.append(QStringLiteral("article ") + it.key());
        for (const QString &a : std::as_const(expected.annotations))
            if (!after.annotations.contains(a))
                lost.append(QStringLiteral("annotation ") + a
                            + (before.annotations.contains(a) ? QString() : QStringLiteral(" (this round)")));
        for (const QString &c : std::as_const(expected.confirmed))
            if (!after.confirmed.contains(c))
                lost.append(QStringLiteral("confirmed event ") + c);
        if (!lost.isEmpty() || !after.error.isEmpty()) {
            figures.lostRows += int(lost.size());
            problem(figures, round,
                    QStringLiteral("missing after the round: %1 %2")
                        .arg(lost.mid(0, 5).join(QStringLiteral("; ")), after.error));
        }
    }
    ++figures.rounds;
    if (m_options.verbose)
        qInfo("round %d: %s", round, qPrintable(summary(figures)));
}

} // namespace chipline::stress
