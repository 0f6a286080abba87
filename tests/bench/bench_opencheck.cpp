// What the check on open (storage::IntegrityCheck::onOpen) costs: times a whole
// Database::open and the check alone, on a database given on the command line (issue 14
// asks for under 10% of the start-up time at 100,000 articles).
//   bench_opencheck DATABASE [RUNS]
#include "storage/database.h"
#include "storage/integritycheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace chipline::storage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_opencheck DATABASE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 20;
    std::vector<double> open;
    std::vector<double> check;
    std::vector<double> full;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(args[1]);
        open.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        t.restart();
        const bool ok = IntegrityCheck::onOpen(*db.value()).ok();
        check.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!ok)
            return 1;
        if (i == 0) {
            t.restart();
            (void)IntegrityCheck::full(*db.value());
            full.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("runs %d: Database::open median %.2f ms (check included); check on open median %.2f ms, max %.2f ms; "
                "full quick_check %.0f ms\n",
                runs, median(open), median(check), *std::max_element(check.begin(), check.end()), full.front());
    return 0;
}
