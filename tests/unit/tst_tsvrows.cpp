#include "core/tsvrows.h"

#include <QTest>

using namespace chipline;

class TestTsvRows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skipsBlankLinesAndComments();
    void keepsCellsAsWritten();
    void missingResourceNamesIt();
};

void TestTsvRows::skipsBlankLinesAndComments()
{
    const QString tsv = QStringLiteral("# header\n\nA\tko\r\n   \n#x\ty\nB\ten\n");
    const QList<core::TsvRow> rows = core::tsvRows(tsv);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].lineNumber, 3);
    QCOMPARE(rows[0].cells, (QList<QStringView>{u"A", u"ko"})); // the CR dropped
    QCOMPARE(rows[1].lineNumber, 6);
    QCOMPARE(rows[1].cells.size(), 2);
}

void TestTsvRows::keepsCellsAsWritten()
{
    // A Korean clause ending may be a syllable and a space; an empty cell stays a cell.
    const QList<core::TsvRow> rows = core::tsvRows(u"고 \tko\t\tclause");
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cells.size(), 4);
    QCOMPARE(rows[0].cells[0], QStringView(u"고 "));
    QVERIFY(rows[0].cells[2].isEmpty());
    QVERIFY(core::tsvRows(u"").isEmpty());
}

void TestTsvRows::missingResourceNamesIt()
{
    const auto missing = core::resourceText(QStringLiteral(":/no/such.tsv"), QStringLiteral("The list is missing."));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message, QStringLiteral("The list is missing."));
}

QTEST_GUILESS_MAIN(TestTsvRows)
#include "tst_tsvrows.moc"
