// The timeline edit service: each edit planned as a TimelineChange, applied forward and
// backward row for row; an actor name that names no entity becomes one inside the change,
// gone on undo and back under the same id on redo; merge, split and add undo alike, and so
// do a chronology's import and an edit of the lanes.
#include "annotation/timelineservice.h"
#include "annotationfixture.h"
#include "storage/lanestore.h"

#include <QTest>

using namespace chipline;

class TestTimelineService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editCreatesTheNewActorsInsideTheChange();
    void mergeSplitAndAddUndo();
    void importIsOneChange();
    void lanesUndo();

private:
    QStringList state();
    qint64 firstEvent();

    AnnotationFixture m_fixture;
};

void TestTimelineService::init()
{
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.add(QStringLiteral("The U.S. Commerce Department on April 10, 2025 banned exports of Nvidia H20 "
                                         "chips to China.\n\nHuawei on April 14, 2025 launched the Ascend 920 chip.")));
    QVERIFY(m_fixture.add(QStringLiteral("Nvidia said on April 15, 2025 that the export ban on H20 chips to China "
                                         "would cost it $5.5 billion.")));
    QVERIFY(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM event")) >= 2);
}

void TestTimelineService::cleanup()
{
    m_fixture.close();
}

QStringList TestTimelineService::state()
{
    QStringList out = m_fixture.snapshot();
    out << m_fixture.rows("SELECT 'event ' || id || ' ' || date || ' ' || precision || ' ' || category || ' ' || title "
                          "|| ' ' || status || ' ' || edited || ' ' || coalesce(notes, '-') FROM event ORDER BY id");
    out << m_fixture.rows("SELECT 'evidence ' || event_id || ' ' || article_id || ' ' || start || ' ' || end "
                          "|| ' ' || coalesce(date, '-') FROM event_evidence ORDER BY event_id, article_id, start");
    return out;
}

qint64 TestTimelineService::firstEvent()
{
    return m_fixture.scalar(QStringLiteral("SELECT min(id) FROM event"));
}

void TestTimelineService::editCreatesTheNewActorsInsideTheChange()
{
    annotation::TimelineService service(m_fixture.db());
    const qint64 id = firstEvent();
    const QStringList before = state();
    annotation::EventInput input{
        core::ResolvedDate::fromValue(u"2025-04-10"),
        core::EventCategory::Other,
        QStringLiteral("Edited"),
        {QStringLiteral("Nvidia"), QStringLiteral("Brand New Fab"), QStringLiteral("brand new fab")},
        {},
        QStringLiteral("n")};
    auto change = service.edit(id, input);
    QVERIFY(change.ok());
    // Nvidia is known; the new name is one entity however it is written, not yet stored.
    QCOMPARE(change->createdEntities.size(), 1);
    QVERIFY(change->createdEntities.first().id < 0);
    QCOMPARE(m_fixture.entityId(QStringLiteral("Brand New Fab")), 0);

    QVERIFY(service.apply(change.value(), true).ok());
    const qint64 created = m_fixture.entityId(QStringLiteral("Brand New Fab"));
    QVERIFY(created > 0);
    QCOMPARE(change->createdEntities.first().id, created);
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM event_actor WHERE event_id = %1 AND entity_id IN "
                                             "(%2, %3)")
                                  .arg(id)
                                  .arg(created)
                                  .arg(m_fixture.entityId(QStringLiteral("Nvidia")))),
             2);
    const QStringList after = state();

    QVERIFY(service.apply(change.value(), false).ok());
    QCOMPARE(state(), before);
    QVERIFY(service.apply(change.value(), true).ok());
    QCOMPARE(state(), after);
    QCOMPARE(m_fixture.entityId(QStringLiteral("Brand New Fab")), created);
}

void TestTimelineService::mergeSplitAndAddUndo()
{
    annotation::TimelineService service(m_fixture.db());
    QList<qint64> ids;
    for (const QString &row : m_fixture.rows("SELECT id FROM event ORDER BY id LIMIT 2"))
        ids << row.toLongLong();
    QCOMPARE(ids.size(), 2);
    const QStringList before = state();

    auto merged = service.merge(ids);
    QVERIFY(merged.ok());
    QVERIFY(service.apply(merged.value(), true).ok());
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM event WHERE id = %1").arg(ids[1])), 0);
    const qint64 passages =
        m_fixture.scalar(QStringLiteral("SELECT count(*) FROM event_evidence WHERE event_id = %1").arg(ids[0]));
    QVERIFY(passages >= 2);

    // The last passage moves back out into an event of its own.
    auto st =
        m_fixture.db().statement("SELECT article_id, start FROM event_evidence WHERE event_id = ?1 ORDER BY id DESC");
    st.bind(1, ids[0]);
    QVERIFY(st.next());
    auto split = service.split(ids[0], {{st.int64(0), st.int64(1)}});
    QVERIFY(split.ok());
    QCOMPARE(split->after.size(), 2);
    QVERIFY(service.apply(split.value(), true).ok());
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM event_evidence WHERE event_id = %1").arg(ids[0])),
             passages - 1);
    // Naming no passage moves nothing: no change.
    QVERIFY(service.split(ids[0], {}).value().isEmpty());

    auto added = service.add({core::ResolvedDate::fromValue(u"2025-05"),
                              core::EventCategory::Other,
                              QStringLiteral("Added"),
                              {QStringLiteral("Another New Lab")},
                              {},
                              {}},
                             std::nullopt);
    QVERIFY(added.ok());
    QVERIFY(service.apply(added.value(), true).ok());
    QCOMPARE(
        m_fixture.scalar(QStringLiteral("SELECT count(*) FROM event WHERE title = 'Added' AND status = 'confirmed'")),
        1);

    QVERIFY(service.apply(added.value(), false).ok());
    QVERIFY(service.apply(split.value(), false).ok());
    QVERIFY(service.apply(merged.value(), false).ok());
    QCOMPARE(state(), before);
}

// The rows become confirmed events of one change: a row the timeline or an earlier row has
// is left out, a gazetteer alias names the gazetteer's entity, an unknown name a new one.
void TestTimelineService::importIsOneChange()
{
    annotation::TimelineService service(m_fixture.db());
    const QStringList before = state();
    const annotation::EventInput row{core::ResolvedDate::fromValue(u"2025-04-09"),
                                     core::EventCategory::EntityList,
                                     QStringLiteral("Listed"),
                                     {QStringLiteral("Nvidia"), QStringLiteral("Foundry X")},
                                     QStringLiteral("src"),
                                     QStringLiteral("note")};
    auto plan = service.importEvents({row, row});
    QVERIFY(plan.ok());
    QCOMPARE(plan->change.after.size(), 1);
    QCOMPARE(plan->duplicates, 1);
    QCOMPARE(plan->newEntities, QStringList{QStringLiteral("Foundry X")});
    QCOMPARE(state(), before); // planned, nothing written
    QVERIFY(service.apply(plan->change, true).ok());
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM event WHERE title = 'Listed' AND status = "
                                             "'confirmed' AND edited")),
             1);
    const QStringList after = state();
    QVERIFY(service.apply(plan->change, false).ok());
    QCOMPARE(state(), before);
    QVERIFY(service.apply(plan->change, true).ok());
    QCOMPARE(state(), after);
    // Imported again: every row is on the timeline already.
    auto again = service.importEventsNow({row});
    QVERIFY(again.ok());
    QCOMPARE(again->duplicates, 1);
    QVERIFY(again->change.after.isEmpty());
}

// The lanes are part of the change: applied, undone and redone like events.
void TestTimelineService::lanesUndo()
{
    annotation::TimelineService service(m_fixture.db());
    storage::LaneStore store(m_fixture.db());
    QVERIFY(store.load().value().isEmpty());
    const QList<storage::StoredLane> lanes{{QStringLiteral("Chips"), {QStringLiteral("Nvidia")}},
                                           {QStringLiteral("Rest"), {QStringLiteral("*")}}};
    auto change = service.setLanes(lanes);
    QVERIFY(change.ok() && !change->isEmpty());
    QVERIFY(service.apply(change.value(), true).ok());
    QCOMPARE(store.load().value(), lanes);
    QVERIFY(service.setLanes(lanes)->isEmpty()); // nothing to change
    QVERIFY(service.apply(change.value(), false).ok());
    QVERIFY(store.load().value().isEmpty());
    QVERIFY(service.apply(change.value(), true).ok());
    QCOMPARE(store.load().value(), lanes);
}

QTEST_GUILESS_MAIN(TestTimelineService)
#include "tst_timelineservice.moc"
