// AnnotationService and AnnotationStore: each edit planned, applied, undone and redone
// leaves the database exactly as before and after (row for row); apply to all with
// exclusions; merge moves mentions, aliases and event actors and deletes the source (its lane places:
// tst_annotationlanes); the
// analyst's manual mentions and rejections survive Recognizer re-runs.
#include "annotationfixture.h"

#include "analysis/recognizer.h"
#include "annotation/annotationservice.h"
#include "annotation/entitydirectory.h"
#include "annotation/occurrencefinder.h"
#include "storage/annotationstore.h"
#include "storage/entitystore.h"

#include <QTest>

using namespace chipline;

namespace {

const QString kFirst = QStringLiteral(
    "화웨이의 어센드 칩 생산은 SMIC가 맡았다. 엔비디아는 화웨이를 경쟁자로 본다. 한빛칩스의 설계도 쓰인다.");
const QString kSecond =
    QStringLiteral("Huawei and Nvidia compete in China. 한빛칩스가 새 칩을 내놓았고 한빛칩스코리아는 부인했다.");
const QString kThird =
    QStringLiteral("엔비디아가 H20 판매를 멈췄다. 화웨이 제품과 한빛칩스 제품이 늘었다. 한빛칩스는 상장했다.");

} // namespace

class TestAnnotationService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoRedoRoundTrip_data();
    void undoRedoRoundTrip();
    void annotateSnapsOverlapsAndPlaceholders();
    void applyToAllWithExclusions();
    void rejectAllWithExclusion();
    void mergeMovesEverythingAndDeletesSource();
    void mergeUndoRestoresSourceExactly();
    void correctionsSurviveRecognizer();
    void rejectedStaysAfterReimportAnalysis();

private:
    qint64 mentionAt(qint64 article, qint64 start);
    core::Result<storage::AnnotationChange> plan(const QString &action);

    AnnotationFixture m_fx;
    std::unique_ptr<annotation::EntityDirectory> m_directory;
    std::unique_ptr<annotation::AnnotationService> m_service;
    qint64 m_a1 = 0, m_a2 = 0, m_a3 = 0;
};

void TestAnnotationService::init()
{
    QVERIFY(m_fx.open());
    m_a1 = m_fx.add(kFirst);
    m_a2 = m_fx.add(kSecond, QStringLiteral("Chips"));
    m_a3 = m_fx.add(kThird);
    QVERIFY(m_a1 && m_a2 && m_a3);
    m_directory = std::make_unique<annotation::EntityDirectory>(m_fx.db());
    m_service = std::make_unique<annotation::AnnotationService>(m_fx.db(), *m_directory);
    QVERIFY(m_fx.entityId(QStringLiteral("Huawei")) > 0);
    QVERIFY(m_fx.entityId(QStringLiteral("Nvidia")) > 0);
}

void TestAnnotationService::cleanup()
{
    m_service.reset();
    m_directory.reset();
    m_fx.close();
}

qint64 TestAnnotationService::mentionAt(qint64 article, qint64 start)
{
    return m_fx.scalar(
        QStringLiteral("SELECT id FROM mention WHERE article_id = %1 AND start = %2").arg(article).arg(start));
}

core::Result<storage::AnnotationChange> TestAnnotationService::plan(const QString &action)
{
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    const qint64 nvidia = m_fx.entityId(QStringLiteral("Nvidia"));
    // 한빛칩스 in the first article: code points 41..45.
    const qint64 hanbit = kFirst.indexOf(QStringLiteral("한빛칩스"));
    if (action == u"annotate new entity")
        return m_service->annotate(m_a1, hanbit, hanbit + 4,
                                   {0, QStringLiteral("Hanbit Chips"), QStringLiteral("ORG")});
    if (action == u"annotate existing entity")
        return m_service->annotate(m_a1, hanbit, hanbit + 4, {nvidia, {}, {}});
    if (action == u"annotate over a mention")
        return m_service->annotate(m_a1, 0, 3, {nvidia, {}, {}});
    if (action == u"reject")
        return m_service->reject({mentionAt(m_a1, 0)});
    if (action == u"relink")
        return m_service->relink(mentionAt(m_a1, 0),
                                 {0, QStringLiteral("Huawei Technologies Co."), QStringLiteral("ORG")});
    if (action == u"retype")
        return m_service->retype(huawei, QStringLiteral("GOV"));
    if (action == u"add alias")
        return m_service->addAlias({huawei, {}, {}}, QStringLiteral("화웨이 테크놀로지스"));
    if (action == u"rename")
        return m_service->rename(huawei, QStringLiteral("Huawei Technologies"));
    if (action == u"merge")
        return m_service->merge(nvidia, {huawei, {}, {}});
    if (action == u"merge into a new entity")
        return m_service->merge(nvidia, {0, QStringLiteral("Chip makers"), QStringLiteral("ORG")});
    return core::Error{QStringLiteral("unknown action")};
}

void TestAnnotationService::undoRedoRoundTrip_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action : {"annotate new entity", "annotate existing entity", "annotate over a mention", "reject",
                               "relink", "retype", "add alias", "rename", "merge", "merge into a new entity"})
        QTest::newRow(action) << QString::fromUtf8(action);
}

void TestAnnotationService::undoRedoRoundTrip()
{
    QFETCH(QString, action);
    // An event whose actors include the entity a merge removes.
    QVERIFY(m_fx.db()
                .exec("INSERT INTO event(id, date, precision, category, title) VALUES (900, '2025-04-16', 'day', "
                      "'other', 't')")
                .ok());
    QVERIFY(m_fx.db().exec("INSERT OR IGNORE INTO event_actor SELECT 900, id FROM entity WHERE name = 'Nvidia'").ok());
    // Lanes the merged entity is a member of, with and without the target.
    QVERIFY(m_fx.saveLanes({{QStringLiteral("Rivals"), {QStringLiteral("Nvidia"), QStringLiteral("Huawei")}},
                            {QStringLiteral("US"), {QStringLiteral("type:GOV"), QStringLiteral("Nvidia")}}}));

    const QStringList before = m_fx.snapshot() + m_fx.laneRows();
    auto change = plan(action);
    QVERIFY2(change.ok(), qPrintable(change.ok() ? QString() : change.error().message));
    QVERIFY(!change->isEmpty());
    QCOMPARE(m_fx.snapshot() + m_fx.laneRows(), before); // planning only reads

    QVERIFY(m_service->apply(change.value(), true).ok());
    const QStringList done = m_fx.snapshot() + m_fx.laneRows();
    QVERIFY(done != before);
    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.snapshot() + m_fx.laneRows(), before);
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(m_fx.snapshot() + m_fx.laneRows(), done); // created rows keep their ids on redo
    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.snapshot() + m_fx.laneRows(), before);
}

void TestAnnotationService::annotateSnapsOverlapsAndPlaceholders()
{
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    const qint64 first = mentionAt(m_a1, 0);
    QVERIFY(first > 0);
    // Re-annotating the recognised span as the same entity makes it manual, in place.
    auto same = m_service->annotate(m_a1, 0, 3, {huawei, {}, {}});
    QVERIFY(same.ok());
    QCOMPARE(same->mentions.size(), 1);
    QVERIFY(same->mentions.first().before && same->mentions.first().after);
    QCOMPARE(same->mentions.first().after->origin, QStringLiteral("manual"));
    QVERIFY(m_service->apply(same.value(), true).ok());
    auto again = m_service->annotate(m_a1, 0, 3, {huawei, {}, {}});
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty()); // already there

    // A new entity is planned with a placeholder, created once, and named mentions follow it.
    auto created = m_service->annotate(m_a1, 0, 3, {0, QStringLiteral("화웨이 그룹"), QStringLiteral("ORG")});
    QVERIFY(created.ok());
    QCOMPARE(created->entities.size(), 1);
    QVERIFY(created->entities.first().after->id < 0);
    QVERIFY(m_service->apply(created.value(), true).ok());
    const qint64 id = m_fx.entityId(QStringLiteral("화웨이 그룹"));
    QVERIFY(id > 0);
    QCOMPARE(created->entities.first().after->id, id);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE article_id = %1 AND start = 0 AND "
                                        "status = 'accepted'")
                             .arg(m_a1)),
             qint64(1)); // the overlapped Huawei mention went
    QVERIFY(m_directory->byName(QStringLiteral("화웨이 그룹")));

    QVERIFY(!m_service->annotate(m_a1, 5, 5, {huawei, {}, {}}).ok());
    QVERIFY(!m_service->annotate(m_a1, 0, 3, {0, QStringLiteral("X"), QStringLiteral("NOPE")}).ok());
    QVERIFY(!m_service->annotate(m_a1, 0, 3, {987654, {}, {}}).ok());
}

void TestAnnotationService::applyToAllWithExclusions()
{
    const QString name = QStringLiteral("한빛칩스");
    const qint64 at = kFirst.indexOf(name);
    auto first = m_service->annotate(m_a1, at, at + 4, {0, QStringLiteral("Hanbit Chips"), QStringLiteral("ORG")});
    QVERIFY(first.ok());
    QVERIFY(m_service->apply(first.value(), true).ok());
    const qint64 hanbit = m_fx.entityId(QStringLiteral("Hanbit Chips"));
    QVERIFY(hanbit > 0);

    annotation::OccurrenceFinder finder(m_fx.db());
    QList<annotation::Occurrence> found = finder.toAnnotate(name, hanbit, m_a1, at);
    // 한빛칩스가, 한빛칩스 제품, 한빛칩스는; not 한빛칩스코리아, not the one just annotated.
    QCOMPARE(found.size(), 3);
    for (const annotation::Occurrence &o : std::as_const(found)) {
        QVERIFY(o.articleId != m_a1);
        QCOMPARE(o.hit, name);
        QCOMPARE(o.end - o.start, qint64(4));
    }
    const annotation::Occurrence excluded = found.takeAt(1);
    const QStringList before = m_fx.snapshot();
    auto all = m_service->annotateAll(found, {hanbit, {}, {}});
    QVERIFY(all.ok());
    QVERIFY(m_service->apply(all.value(), true).ok());
    const QString manual = QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1 AND origin = 'manual' AND "
                                          "status = 'accepted'")
                               .arg(hanbit);
    QCOMPARE(m_fx.scalar(manual), qint64(3));
    QCOMPARE(m_fx.scalar(
                 QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1 AND article_id = %2 AND start = %3")
                     .arg(hanbit)
                     .arg(excluded.articleId)
                     .arg(excluded.start)),
             qint64(0));
    // Found again, only the excluded one is left.
    const QList<annotation::Occurrence> left = finder.toAnnotate(name, hanbit, m_a1, at);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().start, excluded.start);
    // One undo step takes all of them back.
    QVERIFY(m_service->apply(all.value(), false).ok());
    QCOMPARE(m_fx.snapshot(), before);
    QCOMPARE(m_fx.scalar(manual), qint64(1));
}

void TestAnnotationService::rejectAllWithExclusion()
{
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    const QString accepted =
        QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1 AND status = 'accepted'").arg(huawei);
    const qint64 total = m_fx.scalar(accepted);
    QVERIFY(total >= 3); // 화웨이의, 화웨이를, 화웨이 (and Huawei)
    const qint64 first = mentionAt(m_a1, 0);
    auto one = m_service->reject({first});
    QVERIFY(one.ok());
    QVERIFY(m_service->apply(one.value(), true).ok());

    annotation::OccurrenceFinder finder(m_fx.db());
    QList<annotation::Occurrence> more = finder.toReject(QStringLiteral("화웨이"), huawei, first);
    QCOMPARE(more.size(), 2); // the Korean spelling only, not Huawei in English
    for (const annotation::Occurrence &o : std::as_const(more))
        QVERIFY(o.mentionId != first && o.mentionId > 0);
    const qint64 kept = more.takeLast().mentionId;
    QList<qint64> ids;
    for (const annotation::Occurrence &o : std::as_const(more))
        ids << o.mentionId;
    auto rest = m_service->reject(ids);
    QVERIFY(rest.ok());
    QVERIFY(m_service->apply(rest.value(), true).ok());
    QCOMPARE(m_fx.scalar(accepted), total - 2);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT status = 'accepted' FROM mention WHERE id = %1").arg(kept)), qint64(1));
    // Rejecting a rejected mention plans nothing.
    auto twice = m_service->reject({first});
    QVERIFY(twice.ok() && twice->isEmpty());
}

void TestAnnotationService::mergeMovesEverythingAndDeletesSource()
{
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    const qint64 ascend = m_fx.entityId(QStringLiteral("Huawei Ascend")); // 어센드 칩
    QVERIFY(ascend > 0);
    const qint64 moving = m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(ascend));
    const qint64 staying = m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(huawei));
    QVERIFY(moving > 0);
    // Event 901 has both as actors, 902 only the source; the source has a user alias and a removal.
    QVERIFY(m_fx.db()
                .exec("INSERT INTO event(id, date, precision, category, title) VALUES (901, '2025-04-16', 'day', "
                      "'other', 'a'), "
                      "(902, '2025-04-17', 'day', 'other', 'b')")
                .ok());
    QVERIFY(m_fx.db()
                .exec(QStringLiteral("INSERT INTO event_actor VALUES (901, %1), (901, %2), (902, %1)")
                          .arg(ascend)
                          .arg(huawei)
                          .toUtf8()
                          .constData())
                .ok());
    storage::EntityStore entities(m_fx.db());
    QVERIFY(entities.addAlias(ascend, QStringLiteral("어센드 칩"), QStringLiteral("ko")).ok());
    QVERIFY(entities.removeAlias(ascend, QStringLiteral("昇腾")).ok());
    m_directory->reload();

    auto change = m_service->merge(ascend, {huawei, {}, {}});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());

    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM entity WHERE id = %1").arg(ascend)), qint64(0));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(huawei)),
             staying + moving);
    QCOMPARE(
        m_fx.rows(QStringLiteral("SELECT event_id || ':' || entity_id FROM event_actor WHERE event_id IN (901, 902) "
                                 "ORDER BY event_id")
                      .toUtf8()
                      .constData()),
        QStringList({QStringLiteral("901:%1").arg(huawei), QStringLiteral("902:%1").arg(huawei)}));
    const auto alias = [this, huawei](const QString &text) {
        auto st = m_fx.db().statement("SELECT removed FROM alias WHERE entity_id = ?1 AND text = ?2");
        st.bind(1, huawei).bind(2, text);
        return st.next() ? st.int64(0) : -1;
    };
    QCOMPARE(alias(QStringLiteral("Huawei Ascend")), qint64(0)); // the source's name
    QCOMPARE(alias(QStringLiteral("어센드")), qint64(0)); // its built-in alias
    QCOMPARE(alias(QStringLiteral("어센드 칩")), qint64(0)); // its user alias
    QCOMPARE(alias(QStringLiteral("昇腾")), qint64(1)); // still removed
    QVERIFY(!m_directory->byId(ascend));
    QCOMPARE(m_directory->search(QStringLiteral("어센드"), 5).first().name, QStringLiteral("Huawei"));

    // Recognition after the merge finds the names as the target and does not bring the source back.
    QVERIFY(analysis::Recognizer::run(m_fx.db()).ok());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = 'Huawei Ascend'")), qint64(0));
    QCOMPARE(
        m_fx.scalar(
            QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1 AND status = 'accepted'").arg(huawei)),
        staying + moving);
}

void TestAnnotationService::mergeUndoRestoresSourceExactly()
{
    const qint64 nvidia = m_fx.entityId(QStringLiteral("Nvidia"));
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    QVERIFY(m_fx.db()
                .exec("INSERT INTO event(id, date, precision, category, title) VALUES (903, '2025-04-16', 'day', "
                      "'other', 'c')")
                .ok());
    QVERIFY(m_fx.db()
                .exec(QStringLiteral("INSERT INTO event_actor VALUES (903, %1)").arg(nvidia).toUtf8().constData())
                .ok());
    storage::EntityStore entities(m_fx.db());
    QVERIFY(entities.removeAlias(nvidia, QStringLiteral("NVIDIA")).ok());
    QVERIFY(entities.removeAlias(huawei, QStringLiteral("NVIDIA")).ok()); // the target has its own row: it stays
    const QStringList before = m_fx.snapshot();

    auto change = m_service->merge(nvidia, {huawei, {}, {}});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM alias WHERE text = 'NVIDIA'")), qint64(1));
    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.snapshot(), before);
    QCOMPARE(m_fx.entityId(QStringLiteral("Nvidia")), nvidia);
    QVERIFY(m_directory->byId(nvidia));
    QVERIFY(!m_service->merge(nvidia, {nvidia, {}, {}}).ok());
    QVERIFY(!m_service->merge(987654, {huawei, {}, {}}).ok());
}

void TestAnnotationService::correctionsSurviveRecognizer()
{
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    const qint64 at = kFirst.indexOf(QStringLiteral("한빛칩스"));
    auto manual = m_service->annotate(m_a1, at, at + 4, {0, QStringLiteral("Hanbit Chips"), QStringLiteral("ORG")});
    QVERIFY(manual.ok());
    QVERIFY(m_service->apply(manual.value(), true).ok());
    const qint64 rejected = mentionAt(m_a1, 0);
    auto reject = m_service->reject({rejected});
    QVERIFY(reject.ok());
    QVERIFY(m_service->apply(reject.value(), true).ok());
    const QString corrections =
        QStringLiteral("SELECT group_concat(id || ' ' || start || ' ' || end || ' ' || entity_id || "
                       "' ' || origin || ' ' || status, '; ') FROM mention WHERE origin = 'manual' "
                       "OR status = 'rejected'");
    const QStringList before = m_fx.rows(corrections.toUtf8().constData());
    QVERIFY(!before.isEmpty());

    for (int run = 0; run < 2; ++run) {
        auto summary = analysis::Recognizer::run(m_fx.db());
        QVERIFY(summary.ok());
        QCOMPARE(m_fx.rows(corrections.toUtf8().constData()), before);
        // Nothing accepted comes back over the rejected span.
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE article_id = %1 AND start = 0 AND status = "
                                       "'accepted'")
                            .arg(m_a1)),
            qint64(0));
        QCOMPARE(
            m_fx.scalar(
                QStringLiteral("SELECT count(*) FROM mention WHERE article_id = %1 AND start = %2").arg(m_a1).arg(at)),
            qint64(1));
    }
    // The other Huawei mentions are still recognised.
    QVERIFY(m_fx.scalar(
                QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1 AND status = 'accepted'").arg(huawei))
            >= 2);
}

void TestAnnotationService::rejectedStaysAfterReimportAnalysis()
{
    // runOne is what a re-dated or re-imported article goes through.
    const qint64 rejected = mentionAt(m_a3, kThird.indexOf(QStringLiteral("화웨이")));
    QVERIFY(rejected > 0);
    auto reject = m_service->reject({rejected});
    QVERIFY(reject.ok());
    QVERIFY(m_service->apply(reject.value(), true).ok());
    QVERIFY(analysis::Recognizer::runOne(m_fx.db(), m_a3).ok());
    QCOMPARE(m_fx.rows(QStringLiteral("SELECT status FROM mention WHERE id = %1").arg(rejected).toUtf8().constData()),
             QStringList{QStringLiteral("rejected")});
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE article_id = %1 AND start = %2")
                             .arg(m_a3)
                             .arg(kThird.indexOf(QStringLiteral("화웨이")))),
             qint64(1));
}

QTEST_GUILESS_MAIN(TestAnnotationService)
#include "tst_annotationservice.moc"
