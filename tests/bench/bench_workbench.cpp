// Not a test: prints how fast the workbench is on a large database (issue 5 targets: list
// under 1 s, a 20 KB article with highlights under 30 ms, a search-as-you-type step under
// 50 ms, under 250 MB resident). Usage: bench_workbench DB (import a corpus made with
// ../shared/bench/corpus.sh first). Runs offscreen.
#include "storage/database.h"
#include "storage/statement.h"
#include "ui/articlelistmodel.h"
#include "ui/articlereader.h"
#include "ui/filterbar.h"
#include "ui/fontsetup.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

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
        out << "usage: bench_workbench DB\n";
        return 2;
    }
    ui::FontSetup::applyKoreanCapableFont(app);
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ui::Settings settings(store);

    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = threadCpuMs();
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
    out << "articles: " << window.articleModel()->totalCount() << ", rows loaded: " << window.articleModel()->rowCount() << "\n";
    out << "start to populated list (open, window, first page, shown): " << startMs << " ms (process start: "
        << total.elapsed() << " ms)\n";
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

    auto st = db.value()->statement("SELECT id, length(body) FROM article ORDER BY abs(length(body) - 20000) LIMIT 1");
    qint64 id = 0, chars = 0;
    if (st.next()) {
        id = st.int64(0);
        chars = st.int64(1);
    }
    st.reset();
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        window.reader()->clear();
        t.restart();
        window.reader()->showArticle(id);
        window.reader()->repaint();
        times << t.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    out << "show article " << id << " (" << chars << " chars, with highlights, painted): median " << times.at(2) / 1000.0
        << " ms\n";

    ui::FilterBar *filters = window.filterBar();
    filters->setSearchDelay(0);
    auto *field = filters->findChild<QLineEdit *>(QStringLiteral("searchField"));
    const QStringList words = {QStringLiteral("엔비디아"), QStringLiteral("export"), QStringLiteral("산업안보국")};
    for (const QString &word : words) {
        for (int n = 1; n <= word.size(); ++n) {
            t.restart();
            const qint64 cpu = threadCpuMs();
            field->setText(word.left(n));
            QCoreApplication::processEvents();
            out << "search \"" << word.left(n) << "\": " << t.elapsed() << " ms (GUI thread CPU " << threadCpuMs() - cpu
                << " ms), " << window.articleModel()->totalCount() << " articles\n";
        }
        field->clear();
        QCoreApplication::processEvents();
    }
    // Sorted by another column than the date: the first page, then the next one.
    ui::ArticleListModel *model = window.articleModel();
    const std::pair<int, const char *> columns[] = {{ui::ArticleListModel::TitleColumn, "title"},
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
            out << "sort by " << label << ": " << first
                << " ms, next page " << t.elapsed() << " ms (" << model->rowCount() << " rows)\n";
        }
        model->sort(ui::ArticleListModel::DateColumn, Qt::DescendingOrder);
    }
    out << "resident memory: " << residentMemory() << "\n";
    return 0;
}
