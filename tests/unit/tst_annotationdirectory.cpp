// EntityDirectory (the entities an analyst links to: gazetteer plus the database's edits)
// and OccurrenceFinder (the other places a name stands as a word of its own).
#include "annotationfixture.h"

#include "annotation/entitydirectory.h"
#include "annotation/occurrencefinder.h"
#include "storage/entitystore.h"

#include <QTest>

using namespace chipline;

class TestAnnotationDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void search_data();
    void search();
    void knownNamesAndAliases();
    void userAliasesMoveAndRemovalsDrop();
    void occurrences_data();
    void occurrences();
    void occurrencesSkipAccepted();

private:
    AnnotationFixture m_fx;
};

void TestAnnotationDirectory::init()
{
    QVERIFY(m_fx.open());
}

void TestAnnotationDirectory::cleanup()
{
    m_fx.close();
}

void TestAnnotationDirectory::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::newRow("exact name") << QStringLiteral("Huawei") << QStringLiteral("Huawei");
    QTest::newRow("exact name, any case") << QStringLiteral("huawei") << QStringLiteral("Huawei");
    QTest::newRow("exact Korean alias") << QStringLiteral("화웨이") << QStringLiteral("Huawei");
    QTest::newRow("exact alias beats a longer name") << QStringLiteral("어센드") << QStringLiteral("Huawei Ascend");
    QTest::newRow("prefix of an alias") << QStringLiteral("엔비디") << QStringLiteral("Nvidia");
    QTest::newRow("Chinese alias") << QStringLiteral("华为") << QStringLiteral("Huawei");
}

void TestAnnotationDirectory::search()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    annotation::EntityDirectory directory(m_fx.db());
    const auto hits = directory.search(text, 10);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().name, first);
    QVERIFY(hits.size() <= 10);
    QCOMPARE(directory.search(QString(), 3).size(), 3); // empty text lists everything, up to the limit
    QVERIFY(directory.search(QStringLiteral("zzqx없는이름"), 10).isEmpty());
}

void TestAnnotationDirectory::knownNamesAndAliases()
{
    annotation::EntityDirectory directory(m_fx.db());
    QVERIFY(directory.size() > 20);
    QVERIFY(directory.isKnown(u"화웨이"));
    QVERIFY(directory.isKnown(u"NVIDIA"));
    QVERIFY(directory.isKnown(u"nvidia corp."));
    QVERIFY(!directory.isKnown(u"화웨이의"));
    QVERIFY(directory.isBuiltIn(QStringLiteral("Huawei")));
    QVERIFY(!directory.isBuiltIn(QStringLiteral("화웨이")));
    QVERIFY(directory.builtInAliases(QStringLiteral("Huawei")).contains(QStringLiteral("화웨이")));
    QVERIFY(directory.builtInAliases(QStringLiteral("No such entity")).isEmpty());
    const auto huawei = directory.byName(QStringLiteral("Huawei"));
    QVERIFY(huawei);
    QCOMPARE(huawei->type, QStringLiteral("ORG"));
    QCOMPARE(huawei->id, qint64(0)); // never mentioned, so no row yet
    // Once recognised in an article, the entry carries its row id.
    QVERIFY(m_fx.add(QStringLiteral("화웨이가 발표했다.")) > 0);
    directory.reload();
    const qint64 id = m_fx.entityId(QStringLiteral("Huawei"));
    QVERIFY(id > 0);
    QCOMPARE(directory.byName(QStringLiteral("Huawei"))->id, id);
    QCOMPARE(directory.byId(id)->name, QStringLiteral("Huawei"));
    QVERIFY(!directory.byId(987654));
}

void TestAnnotationDirectory::userAliasesMoveAndRemovalsDrop()
{
    QVERIFY(m_fx.add(QStringLiteral("화웨이와 엔비디아가 경쟁한다.")) > 0);
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    const qint64 nvidia = m_fx.entityId(QStringLiteral("Nvidia"));
    storage::EntityStore store(m_fx.db());
    // 华为 moves from Huawei to Nvidia; 엔비디아 is taken away from Nvidia.
    QVERIFY(store.addAlias(nvidia, QStringLiteral("华为"), QStringLiteral("zh")).ok());
    QVERIFY(store.removeAlias(nvidia, QStringLiteral("엔비디아")).ok());
    annotation::EntityDirectory directory(m_fx.db());
    QVERIFY(directory.byId(nvidia)->aliases.contains(QStringLiteral("华为")));
    QVERIFY(!directory.byId(huawei)->aliases.contains(QStringLiteral("华为")));
    QVERIFY(!directory.byId(nvidia)->aliases.contains(QStringLiteral("엔비디아")));
    QVERIFY(!directory.isKnown(u"엔비디아"));
    QCOMPARE(directory.search(QStringLiteral("华为"), 5).first().name, QStringLiteral("Nvidia"));
}

void TestAnnotationDirectory::occurrences_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<int>>("starts"); // code points
    QTest::newRow("particles after the name") << QStringLiteral("한빛칩스가 밝혔다. 한빛칩스의 칩과 한빛칩스.")
                                              << QStringLiteral("한빛칩스") << QList<int>{0, 11, 20};
    QTest::newRow("inside a longer word")
        << QStringLiteral("한빛칩스코리아와 신한빛칩스") << QStringLiteral("한빛칩스") << QList<int>{};
    QTest::newRow("English word boundaries") << QStringLiteral("Hanbit, Hanbits and Hanbit's; XHanbit Hanbit")
                                             << QStringLiteral("Hanbit") << QList<int>{0, 20, 38};
    QTest::newRow("after an astral character")
        << QStringLiteral("𠮷 한빛칩스는") << QStringLiteral("한빛칩스") << QList<int>{2};
}

void TestAnnotationDirectory::occurrences()
{
    QFETCH(QString, body);
    QFETCH(QString, name);
    QFETCH(QList<int>, starts);
    const qint64 id = m_fx.add(body);
    QVERIFY(id > 0);
    QVERIFY(m_fx.add(QStringLiteral("다른 기사에는 그 이름이 없다.")) > 0);
    annotation::OccurrenceFinder finder(m_fx.db());
    const auto found = finder.toAnnotate(name, 0, 0, -1);
    QList<int> got;
    for (const annotation::Occurrence &o : found) {
        QCOMPARE(o.articleId, id);
        QCOMPARE(o.mentionId, qint64(0));
        QCOMPARE(o.hit, name);
        QCOMPARE(o.end - o.start, qint64(name.size()));
        got << int(o.start);
    }
    QCOMPARE(got, starts);
}

void TestAnnotationDirectory::occurrencesSkipAccepted()
{
    const qint64 id = m_fx.add(QStringLiteral("화웨이가 말했다. 화웨이는 부인했다."));
    QVERIFY(id > 0);
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    annotation::OccurrenceFinder finder(m_fx.db());
    // Both are recognised as Huawei already: nothing left to annotate as Huawei.
    QVERIFY(finder.toAnnotate(QStringLiteral("화웨이"), huawei, 0, -1).isEmpty());
    // As another entity, both are candidates, except the one being annotated.
    const auto other = finder.toAnnotate(QStringLiteral("화웨이"), huawei + 1000, id, 0);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.first().start, qint64(10));
    // toReject lists the accepted mentions, except the one rejected first.
    const qint64 first =
        m_fx.scalar(QStringLiteral("SELECT id FROM mention WHERE article_id = %1 AND start = 0").arg(id));
    const auto reject = finder.toReject(QStringLiteral("화웨이"), huawei, first);
    QCOMPARE(reject.size(), 1);
    QVERIFY(reject.first().mentionId > 0 && reject.first().mentionId != first);
    QCOMPARE(reject.first().left, QStringLiteral("화웨이가 말했다. "));
}

QTEST_GUILESS_MAIN(TestAnnotationDirectory)
#include "tst_annotationdirectory.moc"
