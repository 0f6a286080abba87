// chipline_stress: the stress harness by the hundred rounds, for run_long.sh. Prints one
// line of figures per round with --verbose and a closing line; exit 1 when any round
// found a problem.
#include "stressharness.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds to run."), QStringLiteral("N"),
                                    QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption binary(QStringLiteral("binary"), QStringLiteral("The chipline program."),
                                    QStringLiteral("FILE"), QStringLiteral(CHIPLINE_BINARY));
    const QCommandLineOption processes(QStringLiteral("processes"), QStringLiteral("Processes per round."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("A line per round."));
    parser.addOptions({rounds, seed, binary, processes, verbose});
    parser.process(app);
    QTemporaryDir dir;
    chipline::stress::Options options;
    options.binary = parser.value(binary);
    options.workDir = dir.path();
    options.seed = parser.value(seed).toUInt();
    options.processesPerRound = parser.value(processes).toInt();
    options.verbose = parser.isSet(verbose);
    chipline::stress::StressHarness harness(options);
    chipline::stress::Figures figures;
    bool ok = harness.prepare(figures);
    const int n = parser.value(rounds).toInt();
    for (int round = 1; ok && round <= n; ++round)
        harness.runRound(round, figures);
    for (const QString &p : std::as_const(figures.problems))
        qWarning("%s", qPrintable(p));
    qInfo("%s", qPrintable(chipline::stress::summary(figures)));
    return figures.problems.isEmpty() && ok ? 0 : 1;
}
