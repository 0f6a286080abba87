// Not a test: prints how fast the workbench is on a large database (issue 5 targets: list
// under 1 s, a 20 KB article with highlights under 30 ms, a search-as-you-type step under
// 50 ms, under 250 MB resident; issue 18: sorted by events as fast as by other columns;
// issue 20, at a million articles: every keystroke under 50 ms, the list under 150 ms).
// Usage: bench_workbench DB [SEARCH...] (import a corpus made with
// ../shared/bench/corpus.sh first). Runs offscreen. Generated articles stay under 1 KB, so
// the first run adds one long article to DB (see ensureLongArticle). With searches given,
// only start-up and those searches, typed letter by letter, are timed (for a profiler).
#include "importing/importer.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "text/gazetteer.h"
#include "ui/articlelistmodel.h"
#include "ui/articlereader.h"
#include "ui/filterbar.h"
#include "ui/fontsetup.h"
#include "ui/highlightlegend.h"
#include "ui/mainwindow.h"
#include "ui/readerbody.h"
#include "ui/settings.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace chipline;

namespace {

QString residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

// CPU time of the calling (GUI) thread: on a busy machine wall time also counts waiting
// for a core, so both are printed.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

constexpr qint64 kLongChars = 20000;

struct LongArticle
{
    qint64 id = 0;
    qint64 chars = 0;
};

// The stored article of at least kLongChars characters nearest that size.
LongArticle findLongArticle(storage::Database &db)
{
    auto st = db.statement("SELECT id, length(body) FROM article WHERE length(body) >= ?1 "
                           "ORDER BY length(body) - ?1, id LIMIT 1");
    st.bind(1, kLongChars);
    LongArticle found;
    if (st.next())
        found = {st.int64(0), st.int64(1)};
    st.reset();
    return found;
}

// A long article for the reader figure when the database has none: the bodies of the first
// stored articles of every layout, taken in turn (Korean dumps and transcripts, English
// wires) until the text passes kLongChars characters, written as a plain text file with a
// title and the first article's date line, and imported the way the import command does,
// so that its mentions, dates and events are recognized and stored as for any article.
// The same database always yields the same article, so runs stay comparable.
core::Result<LongArticle> ensureLongArticle(storage::Database &db, const QString &dir)
{
    if (const LongArticle found = findLongArticle(db); found.id)
        return found;
    QList<QStringList> byLayout;
    auto layouts = db.statement("SELECT DISTINCT layout FROM article ORDER BY layout");
    while (layouts.next()) {
        auto st = db.statement("SELECT body FROM article WHERE layout = ?1 ORDER BY id LIMIT 200");
        st.bind(1, layouts.text(0));
        QStringList bodies;
        while (st.next())
            bodies << st.text(0).trimmed();
        byLayout << bodies;
    }
    layouts.reset();
    QString published;
    auto first = db.statement("SELECT published FROM article WHERE published IS NOT NULL ORDER BY id LIMIT 1");
    if (first.next())
        published = first.text(0);
    first.reset();
    QString body;
    for (qsizetype k = 0; body.size() < kLongChars; ++k) {
        bool any = false;
        for (const QStringList &bodies : std::as_const(byLayout)) {
            if (k < bodies.size() && body.size() < kLongChars) {
                body += bodies[k] + QStringLiteral("\n\n");
                any = true;
            }
        }
        if (!any)
            return core::Error{
                QStringLiteral("the database holds fewer than %1 characters of articles").arg(kLongChars)};
    }
    const QDateTime when = QDateTime::fromString(published.left(19), Qt::ISODate);
    QString text =
        QStringLiteral("반도체 수출 통제 종합: 지난 보도 모음 (Long read: the chip export controls so far)\n");
    if (when.isValid())
        text += when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u'\n';
    text += u'\n' + body;
    const QString path = dir + QStringLiteral("/long-article.txt");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return core::Error{QStringLiteral("cannot write %1").arg(path)};
    file.close();
    importing::ImportOptions options;
    options.layout = QStringLiteral("text");
    const importing::ImportSummary summary = importing::Importer(db, options).run({path});
    if (summary.articlesAdded != 1) {
        const QString why =
            summary.problems.isEmpty() ? QStringLiteral("nothing added") : summary.problems.first().reason;
        return core::Error{QStringLiteral("cannot import %1: %2").arg(path, why)};
    }
    const LongArticle found = findLongArticle(db);
    if (!found.id)
        return core::Error{QStringLiteral("the imported article is shorter than %1 characters").arg(kLongChars)};
    return found;
}

qint64 countOf(storage::Database &db, const char *sql, qint64 id)
{
    auto st = db.statement(sql);
    st.bind(1, id);
    return st.lookupInt64().value_or(0);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer total;
    total.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_workbench DB [SEARCH...]\n";
        return 2;
    }
    ui::FontSetup::applyKoreanCapableFont();
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ui::Settings settings(store);

    // Outside the start-up figures: a run that adds the long article would time a warm cache.
    QElapsedTimer prepare;
    prepare.start();
    LongArticle longArticle;
    {
        auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]));
        if (!db) {
            out << db.error().message << "\n";
            return 1;
        }
        auto found = ensureLongArticle(*db.value(), dir.path());
        if (!found) {
            out << "long article: " << found.error().message << "\n";
            return 1;
        }
        longArticle = found.value();
    }
    const qint64 prepareMs = prepare.elapsed();
    out << "prepare (first open: a schema upgrade, the long article; not in the figures below): " << prepareMs
        << " ms\n";

    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = threadCpuMs();
    // As GuiApp does, though later: it starts this before Qt itself.
    text::Gazetteer::preloadBuiltIn();
    auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        out << db.error().message << "\n";
        return 1;
    }
    const qint64 openMs = t.elapsed();
    ui::MainWindow window(*db.value(), settings);
    const qint64 constructMs = t.elapsed();
    window.resize(1600, 1000);
    window.show();
    const qint64 showMs = t.elapsed();
    QCoreApplication::processEvents();
    const qint64 startMs = t.elapsed();
    const qint64 startCpuMs = threadCpuMs() - cpu0;
    // "more than N" or "about N" when the list's count is bounded or estimated (a search too
    // common to count).
    const auto articles = [&window]() -> QString {
        const ui::ArticleListModel *model = window.articleModel();
        QString n = QString::number(model->totalCount());
        switch (model->totalKind()) {
        case storage::ArticleListCount::Kind::MoreThan:
            return QStringLiteral("more than ") + n;
        case storage::ArticleListCount::Kind::About:
            return QStringLiteral("about ") + n;
        case storage::ArticleListCount::Kind::Exact:
            break;
        }
        return n;
    };
    out << "articles: " << articles() << ", rows loaded: " << window.articleModel()->rowCount() << "\n";
    out << "start to populated list (open, window, first page, shown): " << startMs
        << " ms (process start: " << total.elapsed() - prepareMs << " ms)\n";
    out << "  of which: open " << openMs << " ms, window built " << constructMs - openMs << " ms, show "
        << showMs - constructMs << " ms, first event-loop pass " << startMs - showMs << " ms; GUI thread CPU "
        << startCpuMs << " ms\n";
    // What start-up left for later (the timeline's events, the filter choices) runs now;
    // the search figures below start from an idle window.
    // Each background read has a pool of its own, a child of the window, gone once its
    // result is shown.
    while (!window.findChildren<QThreadPool *>().isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    out << "start to idle (timeline dock and filter choices loaded): " << t.elapsed() << " ms\n";

    const qint64 id = longArticle.id;
    out << "long article " << id << ": " << longArticle.chars << " chars, "
        << countOf(*db.value(), "SELECT count(*) FROM mention WHERE article_id = ?1 AND status = 'accepted'", id)
        << " mentions, " << countOf(*db.value(), "SELECT count(*) FROM date_mention WHERE article_id = ?1", id)
        << " dates, " << countOf(*db.value(), "SELECT count(*) FROM event_evidence WHERE article_id = ?1", id)
        << " event sentences\n";
    QList<qint64> times, ends;
    for (int i = 0; i < 5; ++i) {
        window.reader()->clear();
        t.restart();
        window.reader()->showArticle(id);
        window.reader()->repaint();
        times << t.nsecsElapsed() / 1000;
        // Whatever the first paint left for later is paid when the reader reaches the end.
        t.restart();
        QScrollBar *bar = window.reader()->body()->verticalScrollBar();
        bar->setValue(bar->maximum());
        window.reader()->repaint();
        ends << t.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    std::sort(ends.begin(), ends.end());
    out << "show article " << id << " (" << longArticle.chars << " chars, with highlights, painted): median "
        << times.at(2) / 1000.0 << " ms (min " << times.first() / 1000.0 << ", max " << times.last() / 1000.0
        << "); then scroll to the end and paint: median " << ends.at(2) / 1000.0 << " ms\n";
    // The legend hides a type and shows it again, in the middle of the article.
    window.reader()->showArticle(id);
    QScrollBar *bar = window.reader()->body()->verticalScrollBar();
    window.reader()->body()->showSpan(longArticle.chars / 2, longArticle.chars / 2);
    QCoreApplication::processEvents();
    QList<qint64> toggles;
    for (int i = 0; i < 7; ++i) {
        t.restart();
        window.reader()->legend()->setHiddenTypes(i % 2 ? QSet<QString>() : QSet<QString>{QStringLiteral("ORG")});
        window.reader()->repaint();
        toggles << t.nsecsElapsed() / 1000;
    }
    window.reader()->legend()->setHiddenTypes({});
    std::sort(toggles.begin(), toggles.end());
    out << "legend: hide or show a type (scrolled to " << bar->value() << " px), painted: median "
        << toggles.at(3) / 1000.0 << " ms\n";

    ui::FilterBar *filters = window.filterBar();
    filters->setSearchDelay(0);
    auto *field = filters->findChild<QLineEdit *>(QStringLiteral("searchField"));
    // H100 matches about 7,000 of 100,000 generated articles: ranked, near the limit.
    QStringList words = {QStringLiteral("엔비디아"), QStringLiteral("export"), QStringLiteral("산업안보국"),
                         QStringLiteral("H100")};
    const QStringList given = QCoreApplication::arguments().mid(2);
    if (!given.isEmpty())
        words = given;
    for (const QString &word : words) {
        for (int n = 1; n <= word.size(); ++n) {
            t.restart();
            const qint64 cpu = threadCpuMs();
            field->setText(word.left(n));
            QCoreApplication::processEvents();
            out << "search \"" << word.left(n) << "\": " << t.elapsed() << " ms (GUI thread CPU " << threadCpuMs() - cpu
                << " ms), " << articles() << " articles\n";
        }
        field->clear();
        QCoreApplication::processEvents();
    }
    if (!given.isEmpty())
        return 0;
    // With a search the list is sorted by relevance; one click on the date header sorts it
    // newest first, the Relevance choice back.
    {
        ui::ArticleListModel *list = window.articleModel();
        for (const QString &search :
             {QStringLiteral("엔비디아 H20"), QStringLiteral("export"), QStringLiteral("산업안보국")}) {
            field->setText(search);
            QCoreApplication::processEvents();
            out << "search \"" << search << "\": " << list->totalCount() << " articles, "
                << (list->relevanceRanked() ? "by relevance" : "newest first (too many to rank)");
            t.restart();
            list->sort(ui::ArticleListModel::DateColumn, Qt::DescendingOrder);
            out << "; date order " << t.elapsed() << " ms";
            t.restart();
            list->sortByRelevance();
            out << ", relevance again " << t.elapsed() << " ms\n";
        }
        field->clear();
        QCoreApplication::processEvents();
    }
    // Sorted by another column than the date: the first page, then the next one.
    ui::ArticleListModel *model = window.articleModel();
    const std::pair<int, const char *> columns[] = {{ui::ArticleListModel::DateColumn, "date (oldest first)"},
                                                    {ui::ArticleListModel::TitleColumn, "title"},
                                                    {ui::ArticleListModel::ReporterColumn, "reporter"},
                                                    {ui::ArticleListModel::OutletColumn, "outlet"},
                                                    {ui::ArticleListModel::EventsColumn, "events"}};
    for (const QString &search : {QStringLiteral("엔비디아"), QString()}) {
        field->setText(search);
        QCoreApplication::processEvents();
        for (const auto &[column, name] : columns) {
            t.restart();
            model->sort(column, Qt::AscendingOrder);
            const qint64 first = t.elapsed();
            t.restart();
            model->fetchMore({});
            QString label = QString::fromLatin1(name);
            if (!search.isEmpty())
                label += QStringLiteral(" with search \"%1\"").arg(search);
            out << "sort by " << label << ": " << first << " ms, next page " << t.elapsed() << " ms ("
                << model->rowCount() << " rows)\n";
        }
        model->sort(ui::ArticleListModel::DateColumn, Qt::DescendingOrder);
    }
    out << "resident memory: " << residentMemory() << "\n";
    return 0;
}
