// The database-safety stress harness in a form bounded for CI (issue 14): a few rounds of
// window-path edits beside command-line writers with kills. tests/stress/run_long.sh runs
// the same rounds by the hundred (chipline_stress).
#include "stressharness.h"

#include <QTemporaryDir>
#include <QTest>

class TestStress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsLeaveEverythingStored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        chipline::stress::Options options;
        options.binary = QStringLiteral(CHIPLINE_BINARY);
        options.workDir = dir.path();
        options.seed = 20261202;
#ifdef CHIPLINE_SANITIZED
        const int rounds = 3;
        options.filesPerImport = 4;
#else
        const int rounds = 8;
#endif
        chipline::stress::StressHarness harness(options);
        chipline::stress::Figures figures;
        QVERIFY2(harness.prepare(figures), qPrintable(figures.problems.join(u'\n')));
        for (int round = 1; round <= rounds; ++round)
            harness.runRound(round, figures);
        qInfo("%s", qPrintable(chipline::stress::summary(figures)));
        QVERIFY2(figures.problems.isEmpty(), qPrintable(figures.problems.join(u'\n')));
        QCOMPARE(figures.rounds, rounds);
        QVERIFY(figures.processes > 0);
        QVERIFY(figures.operations > 0);
    }
};

QTEST_MAIN(TestStress)
#include "tst_stress.moc"
