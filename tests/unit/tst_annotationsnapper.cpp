// WordSnapper: a rough selection becomes a name, whole words without the particle after
// the last one (화웨이의 -> 화웨이), and a known name keeps a syllable that looks like one.
#include "annotation/wordsnapper.h"

#include <QSet>
#include <QTest>

using chipline::annotation::WordSnapper;

class TestAnnotationSnapper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snap_data();
    void snap();
};

void TestAnnotationSnapper::snap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("withNames"); // the snapper knows 화웨이, 엔비디아, 삼성전자, 어센드 910C
    QTest::addColumn<QString>("expected");

    QTest::newRow("particle 의 after a known name")
        << QStringLiteral("화웨이의 어센드") << 0 << 4 << true << QStringLiteral("화웨이");
    QTest::newRow("particle 의, no names known")
        << QStringLiteral("화웨이의 어센드") << 0 << 4 << false << QStringLiteral("화웨이");
    QTest::newRow("part of a word widens")
        << QStringLiteral("화웨이의 어센드") << 1 << 2 << true << QStringLiteral("화웨이");
    QTest::newRow("known name ending in 이 stays whole")
        << QStringLiteral("화웨이 반도체") << 0 << 3 << true << QStringLiteral("화웨이");
    QTest::newRow("particle 가") << QStringLiteral("엔비디아가 밝혔다") << 0 << 5 << true << QStringLiteral("엔비디아");
    QTest::newRow("particle chain 에서는")
        << QStringLiteral("삼성전자에서는 부인했다") << 0 << 7 << true << QStringLiteral("삼성전자");
    QTest::newRow("particle 는 not a known name")
        << QStringLiteral("딥시크는 말했다") << 0 << 4 << false << QStringLiteral("딥시크");
    QTest::newRow("only the last word loses its particle")
        << QStringLiteral("미국과 중국의 대립") << 0 << 6 << false << QStringLiteral("미국과 중국");
    QTest::newRow("spaces and punctuation trimmed")
        << QStringLiteral("(Huawei, said)") << 0 << 8 << true << QStringLiteral("Huawei");
    QTest::newRow("latin word widened") << QStringLiteral("Nvidia said") << 2 << 4 << true << QStringLiteral("Nvidia");
    QTest::newRow("digits belong to the word")
        << QStringLiteral("H20을 수출") << 0 << 2 << true << QStringLiteral("H20");
    QTest::newRow("astral character before")
        << QStringLiteral("𠮷 화웨이의") << 3 << 7 << true << QStringLiteral("화웨이");
    QTest::newRow("punctuation only") << QStringLiteral("화웨이, 엔비디아") << 3 << 5 << true << QString();
}

void TestAnnotationSnapper::snap()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, withNames);
    QFETCH(QString, expected);
    const QSet<QString> names = {QStringLiteral("화웨이"), QStringLiteral("엔비디아"), QStringLiteral("삼성전자"),
                                 QStringLiteral("어센드 910C")};
    const WordSnapper snapper(
        withNames ? std::function<bool(QStringView)>([&names](QStringView s) { return names.contains(s.toString()); })
                  : std::function<bool(QStringView)>());
    const WordSnapper::Span span = snapper.snap(text, start, end);
    QVERIFY(span.start >= 0 && span.end <= text.size());
    QCOMPARE(span.isEmpty() ? QString() : text.mid(span.start, span.end - span.start), expected);
}

QTEST_APPLESS_MAIN(TestAnnotationSnapper)
#include "tst_annotationsnapper.moc"
