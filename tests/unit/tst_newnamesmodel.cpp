// NewNamesModel: the New names table checked by QAbstractItemModelTester while it pages
// rows in, sorts, filters and is replaced; rows keep their records through it all.
#include "ui/newnamesmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace chipline;
using ui::NewNamesModel;

namespace {

// n names: every third an ORG, the rest PERSON; articles falling from n, mentions twice that.
QList<storage::NewNameRecord> names(int n)
{
    QList<storage::NewNameRecord> out;
    for (int i = 0; i < n; ++i)
        out.append({qint64(i + 1), QStringLiteral("이름%1").arg(i, 4, 10, QLatin1Char('0')),
                    i % 3 == 0 ? QStringLiteral("ORG") : QStringLiteral("PERSON"), qint64(2 * (n - i)), qint64(n - i)});
    return out;
}

QStringList column(NewNamesModel &model, int col)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data().toString();
    return out;
}

} // namespace

class TestNewNamesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesSortsAndFilters();
    void rowsAndRoles();
};

void TestNewNamesModel::pagesSortsAndFilters()
{
    NewNamesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    model.setNames(names(600));
    QCOMPARE(model.totalCount(), 600);
    QCOMPARE(model.matchingCount(), 600);
    QCOMPARE(model.rowCount(), NewNamesModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 600);
    // Most articles first by default.
    QCOMPARE(model.record(0).name, QStringLiteral("이름0000"));

    model.sort(NewNamesModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.record(0).name, QStringLiteral("이름0599"));
    QCOMPARE(model.rowCount(), 600); // the loaded rows stay loaded
    model.sort(NewNamesModel::MentionsColumn, Qt::AscendingOrder);
    QCOMPARE(model.record(0).name, QStringLiteral("이름0599"));
    model.sort(NewNamesModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(model.record(0).type, QStringLiteral("ORG"));
    QCOMPARE(model.record(0).name, QStringLiteral("이름0000")); // ties: most articles first

    model.setFilter(QStringLiteral("ORG"), 1, {});
    QCOMPARE(model.matchingCount(), 200);
    QCOMPARE(model.totalCount(), 600);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, NewNamesModel::TypeColumn).data(NewNamesModel::TypeRole).toString(),
                 QStringLiteral("ORG"));
    model.setFilter({}, 501, {});
    QCOMPARE(model.matchingCount(), 100); // articles 600 − i ≥ 501
    model.setFilter({}, 1, QStringLiteral("이름059"));
    QCOMPARE(model.matchingCount(), 10);
    model.setFilter({}, 1, QStringLiteral("없는"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({}, 1, {});

    // A row past the loaded pages is loaded when asked for.
    model.sort(NewNamesModel::ArticlesColumn, Qt::DescendingOrder);
    model.setNames(names(600));
    QCOMPARE(model.rowOf(599), 598);
    QVERIFY(model.rowCount() > 598);
    QCOMPARE(model.rowOf(12345), -1);
    model.setNames({});
    QCOMPARE(model.rowCount(), 0);
}

void TestNewNamesModel::rowsAndRoles()
{
    NewNamesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNames({{7, QStringLiteral("한결증권"), QStringLiteral("ORG"), 2, 2}});
    QCOMPARE(column(model, NewNamesModel::NameColumn), QStringList{QStringLiteral("한결증권")});
    QCOMPARE(model.index(0, NewNamesModel::NameColumn).data(NewNamesModel::IdRole).toLongLong(), qint64(7));
    QVERIFY(model.index(0, NewNamesModel::TypeColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(model.index(0, NewNamesModel::ArticlesColumn).data().toLongLong(), qint64(2));
    QVERIFY(!model.headerData(NewNamesModel::MentionsColumn, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.headerData(NewNamesModel::MentionsColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestNewNamesModel)
#include "tst_newnamesmodel.moc"
