// AnnotationService's merge and the timeline lanes: the source's lane places move to the
// target (never twice in one lane), undo and redo restore them row for row, and undoing a
// merge leaves lanes the analyst saved since alone.
#include "annotationfixture.h"

#include "annotation/annotationservice.h"
#include "annotation/entitydirectory.h"
#include "storage/lanestore.h"

#include <QTest>

using namespace chipline;

class TestAnnotationLanes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeKeepsLaneMembership();
    void mergeIntoNewEntityKeepsLaneMembership();
    void laneUndoLeavesLanesSavedSince();

private:
    AnnotationFixture m_fx;
    std::unique_ptr<annotation::EntityDirectory> m_directory;
    std::unique_ptr<annotation::AnnotationService> m_service;
};

void TestAnnotationLanes::init()
{
    QVERIFY(m_fx.open());
    QVERIFY(m_fx.add(QStringLiteral("엔비디아는 화웨이를 경쟁자로 본다.")));
    m_directory = std::make_unique<annotation::EntityDirectory>(m_fx.db());
    m_service = std::make_unique<annotation::AnnotationService>(m_fx.db(), *m_directory);
    QVERIFY(m_fx.entityId(QStringLiteral("Huawei")) > 0);
    QVERIFY(m_fx.entityId(QStringLiteral("Nvidia")) > 0);
}

void TestAnnotationLanes::cleanup()
{
    m_service.reset();
    m_directory.reset();
    m_fx.close();
}

void TestAnnotationLanes::mergeKeepsLaneMembership()
{
    const qint64 nvidia = m_fx.entityId(QStringLiteral("Nvidia"));
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    // "Rivals" has both (the target must not appear twice), "US" only the source, "All" neither.
    QVERIFY(m_fx.saveLanes(
        {{QStringLiteral("Rivals"), {QStringLiteral("Nvidia"), QStringLiteral("type:ORG"), QStringLiteral("Huawei")}},
         {QStringLiteral("US"), {QStringLiteral("Nvidia"), QStringLiteral("type:GOV")}},
         {QStringLiteral("All"), {QStringLiteral("*")}}}));
    const QStringList before = m_fx.laneRows();
    QCOMPARE(before.size(), 6);

    auto change = m_service->merge(nvidia, {huawei, {}, {}});
    QVERIFY(change.ok());
    QCOMPARE(m_fx.laneRows(), before); // planning only reads
    QVERIFY(m_service->apply(change.value(), true).ok());
    const QStringList done = m_fx.laneRows();
    QCOMPARE(done,
             QStringList({QStringLiteral("lane 0 Rivals 1 type:ORG -"),
                          QStringLiteral("lane 0 Rivals 2 Huawei %1").arg(huawei),
                          QStringLiteral("lane 1 US 0 Huawei %1").arg(huawei), QStringLiteral("lane 1 US 1 type:GOV -"),
                          QStringLiteral("lane 2 All 0 * -")}));
    auto loaded = storage::LaneStore(m_fx.db()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->at(0).members, QStringList({QStringLiteral("type:ORG"), QStringLiteral("Huawei")}));
    QCOMPARE(loaded->at(1).members, QStringList({QStringLiteral("Huawei"), QStringLiteral("type:GOV")}));

    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.laneRows(), before);
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(m_fx.laneRows(), done);
    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.laneRows(), before);
    // The restored rows name the source again, so that a rename of it shows in the lane.
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM timeline_lane_member WHERE entity_id = %1").arg(nvidia)),
             qint64(2));
}

void TestAnnotationLanes::mergeIntoNewEntityKeepsLaneMembership()
{
    const qint64 nvidia = m_fx.entityId(QStringLiteral("Nvidia"));
    QVERIFY(m_fx.saveLanes({{QStringLiteral("US"), {QStringLiteral("type:GOV"), QStringLiteral("Nvidia")}}}));
    const QStringList before = m_fx.laneRows();

    auto change = m_service->merge(nvidia, {0, QStringLiteral("Chip makers"), QStringLiteral("ORG")});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    const qint64 created = m_fx.entityId(QStringLiteral("Chip makers"));
    QVERIFY(created > 0);
    const QStringList done = m_fx.laneRows();
    QCOMPARE(done,
             QStringList({QStringLiteral("lane 0 US 0 type:GOV -"),
                          QStringLiteral("lane 0 US 1 Chip makers %1").arg(created)}));
    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.laneRows(), before);
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(m_fx.laneRows(), done); // the created entity keeps its id on redo
}

void TestAnnotationLanes::laneUndoLeavesLanesSavedSince()
{
    const qint64 nvidia = m_fx.entityId(QStringLiteral("Nvidia"));
    const qint64 huawei = m_fx.entityId(QStringLiteral("Huawei"));
    QVERIFY(m_fx.saveLanes({{QStringLiteral("Rivals"), {QStringLiteral("Huawei"), QStringLiteral("Nvidia")}},
                            {QStringLiteral("US"), {QStringLiteral("Nvidia")}}}));
    auto change = m_service->merge(nvidia, {huawei, {}, {}});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    // The analyst edits the lanes after the merge; undoing the merge must not overwrite them.
    // The first lane's second place, where the source was, is free, but the lane is another.
    QVERIFY(m_fx.saveLanes(
        {{QStringLiteral("Others"), {QStringLiteral("type:GOV")}}, {QStringLiteral("Rivals"), {QStringLiteral("*")}}}));
    const QStringList edited = m_fx.laneRows();
    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.laneRows(), edited);
    QVERIFY(m_fx.entityId(QStringLiteral("Nvidia")) == nvidia);
}

QTEST_GUILESS_MAIN(TestAnnotationLanes)
#include "tst_annotationlanes.moc"
