#include "core/article.h"

#include <QTest>

using namespace chipline::core;

class TestArticle final : public QObject
{
    Q_OBJECT

private slots:
    void parsePublished_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("full") << QStringLiteral("2025-04-16T09:30:05") << QStringLiteral("2025-04-16T09:30:05");
        QTest::newRow("date only") << QStringLiteral("2025-04-16") << QStringLiteral("2025-04-16T00:00:00");
        QTest::newRow("impossible day") << QStringLiteral("2025-02-30") << QString();
        QTest::newRow("impossible hour") << QStringLiteral("2025-02-03T25:00:00") << QString();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QString();
        QTest::newRow("signed month") << QStringLiteral("2025-+4-16") << QString();
        QTest::newRow("letter in year") << QStringLiteral("2O25-04-16") << QString();
        QTest::newRow("year zero") << QStringLiteral("0000-04-16") << QString();
        QTest::newRow("slashes") << QStringLiteral("2025/04/16") << QString();
        QTest::newRow("short minute") << QStringLiteral("2025-04-16T09:3:055") << QString();
        QTest::newRow("no seconds") << QStringLiteral("2025-04-16T09:30") << QString();
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59") << QStringLiteral("2024-02-29T23:59:59");
        QTest::newRow("padded") << QStringLiteral(" 2025-04-16 ") << QStringLiteral("2025-04-16T00:00:00");
        // 2:30 on the day clocks spring forward in many zones: must not move.
        QTest::newRow("dst gap") << QStringLiteral("2025-03-30T02:30:00") << QStringLiteral("2025-03-30T02:30:00");
    }
    void parsePublished()
    {
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        QCOMPARE(formatPublished(chipline::core::parsePublished(text)), formatted);
    }
    void wallTime()
    {
        QVERIFY(!makeWallTime(2025, 2, 30).isValid());
        QCOMPARE(formatPublished(makeWallTime(2024, 2, 29, 23, 59, 59)), QStringLiteral("2024-02-29T23:59:59"));
    }
    void language_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("korean") << QStringLiteral("엔비디아는 H20 수출 허가를 받았다") << QStringLiteral("ko");
        QTest::newRow("english") << QStringLiteral("Nvidia said the H20 needs a license") << QStringLiteral("en");
        QTest::newRow("chinese") << QStringLiteral("英伟达表示") << QStringLiteral("zh");
    }
    void language()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(guessLanguage(text), language);
    }
};

QTEST_APPLESS_MAIN(TestArticle)
#include "tst_article.moc"
