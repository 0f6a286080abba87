// CSV chronologies in and out, and the snapshot edits behind every undoable timeline edit.
#include "exchange/eventcsv.h"
#include "exchange/eventcsvimporter.h"
#include "storage/database.h"
#include "storage/eventeditor.h"
#include "storage/timelinequery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chipline;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CHIPLINE_TEST_DATA "/timeline/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTimelineCsv final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = storage::Database::open(m_dir->filePath(QStringLiteral("t.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db.value());
    }

    void parsesQuotedFields()
    {
        auto parsed = exchange::EventCsv::parse(fixture("chronology.csv"));
        QVERIFY(parsed);
        QCOMPARE(parsed->errors, QStringList());
        QCOMPARE(parsed->rows.size(), 5);
        const exchange::CsvEvent &last = parsed->rows[4];
        QCOMPARE(last.precision, QStringLiteral("day")); // derived from the date
        QCOMPARE(last.title, QStringLiteral("Huawei affiliates added to the Entity List, again"));
        QCOMPARE(last.actors, QStringList({QStringLiteral("Huawei"), QStringLiteral("Acme Photonics Ltd")}));
        QCOMPARE(last.notes, QStringLiteral("quoted, with \"quotes\""));
        QCOMPARE(last.line, 6);
        QCOMPARE(parsed->rows[2].title, QStringLiteral("중국 갈륨·게르마늄 수출 통제 확대"));
    }

    void reportsBadRows()
    {
        auto parsed = exchange::EventCsv::parse(fixture("bad.csv"));
        QVERIFY(parsed);
        QCOMPARE(parsed->rows.size(), 1);
        QCOMPARE(parsed->errors.size(), 4);
        QVERIFY(parsed->errors[0].startsWith(QStringLiteral("line 2:")));
        QVERIFY(parsed->errors[1].contains(QStringLiteral("precision")));
        QVERIFY(parsed->errors[2].contains(QStringLiteral("nonsense")));
        QVERIFY(!exchange::EventCsv::parse(QByteArray("when,what\n2025,x\n")));
    }

    void roundTrips()
    {
        auto parsed = exchange::EventCsv::parse(fixture("chronology.csv"));
        QVERIFY(parsed);
        const QByteArray written = exchange::EventCsv::write(parsed->rows);
        QVERIFY(written.startsWith("date,precision,category,title,actors,source,notes,status,modality,dated_by\r\n"));
        auto again = exchange::EventCsv::parse(written);
        QVERIFY(again);
        QCOMPARE(again->rows.size(), parsed->rows.size());
        for (int i = 0; i < again->rows.size(); ++i) {
            QCOMPARE(again->rows[i].title, parsed->rows[i].title);
            QCOMPARE(again->rows[i].actors, parsed->rows[i].actors);
            QCOMPARE(again->rows[i].notes, parsed->rows[i].notes);
        }
    }

    // An export of every status read back: the rejected row stays out, named by its line;
    // candidates and confirmed rows come in.
    void leavesRejectedRowsOut()
    {
        const QByteArray csv = "date,title,Status\r\n"
                               "2025-04-09,Kept candidate,candidate\r\n"
                               "2025-04-10,Dropped,REJECTED\r\n"
                               "2025-04-11,Kept confirmed,confirmed\r\n";
        auto parsed = exchange::EventCsv::parse(csv);
        QVERIFY(parsed);
        QCOMPARE(parsed->rows.size(), 2);
        QCOMPARE(parsed->rows[0].title, QStringLiteral("Kept candidate"));
        QCOMPARE(parsed->rows[1].title, QStringLiteral("Kept confirmed"));
        QCOMPARE(parsed->errors, QStringList{QStringLiteral("line 3: the event was rejected; left out")});
    }

    void importsAsConfirmedWithActors()
    {
        auto parsed = exchange::EventCsv::parse(fixture("chronology.csv"));
        QVERIFY(parsed);
        auto outcome = exchange::EventCsvImporter::import(*m_db, parsed->rows);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->created, 5);
        QCOMPARE(outcome->newEntities, QStringList({QStringLiteral("Acme Photonics Ltd")}));
        storage::TimelineQuery query(*m_db);
        auto events = query.events({});
        QVERIFY(events);
        QCOMPARE(events->size(), 5);
        for (const auto &e : events.value())
            QCOMPARE(e.status, core::EventStatus::Confirmed);
        // 엔비디아 and 미국 상무부 are aliases of built-in entities.
        const auto h20 =
            std::find_if(events->begin(), events->end(), [](const auto &e) { return e.title.contains(u"H20"); });
        QVERIFY(h20 != events->end());
        QCOMPARE(h20->actors, QStringList({QStringLiteral("Nvidia"), QStringLiteral("US Department of Commerce")}));
        QCOMPARE(h20->source, QStringLiteral("Nvidia 8-K, 2025-04-15"));
        // Filters: date range by any day covered, actor, category.
        storage::TimelineFilter f;
        f.from = QStringLiteral("2024-06-01");
        f.to = QStringLiteral("2024-06-30");
        QCOMPARE(query.events(f)->size(), 1); // the year 2024 covers June
        f = {};
        f.actors = {QStringLiteral("Nvidia")};
        QCOMPARE(query.events(f)->size(), 2);
        f = {};
        f.categories = {core::EventCategory::EntityList};
        QCOMPARE(query.events(f)->size(), 1);
        // Importing again adds nothing.
        auto again = exchange::EventCsvImporter::import(*m_db, parsed->rows);
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->duplicates, 5);
    }

    void snapshotsUndoMergeAndSplit()
    {
        auto parsed = exchange::EventCsv::parse(fixture("chronology.csv"));
        QVERIFY(parsed);
        auto outcome = exchange::EventCsvImporter::import(*m_db, parsed->rows);
        QVERIFY(outcome);
        storage::EventEditor editor(*m_db);
        const qint64 a = outcome->eventIds[0], b = outcome->eventIds[1];
        auto before = editor.snapshots({a, b});
        QVERIFY(before);
        const storage::EventSnapshot merged = storage::EventEditor::merged(before->at(0), before->at(1));
        QVERIFY(editor.replace({a, b}, {merged}));
        storage::TimelineQuery query(*m_db);
        QCOMPARE(query.events({})->size(), 4);
        QVERIFY(query.event(a)->actors.contains(QStringLiteral("Nvidia")));
        // An event written under an id that is not replaced must be new: this one is taken.
        storage::EventSnapshot stray = merged;
        stray.title = QStringLiteral("not written");
        QVERIFY(!editor.replace({}, {stray}));
        QCOMPARE(query.event(a)->title, merged.title);
        // Undo: both events exactly as before.
        QVERIFY(editor.replace({a, b}, before.value()));
        QCOMPARE(query.events({})->size(), 5);
        auto restored = editor.snapshots({a, b});
        QVERIFY(restored);
        QCOMPARE(restored->at(1).title, before->at(1).title);
        QCOMPARE(restored->at(1).actorIds, before->at(1).actorIds);
        QCOMPARE(restored->at(0).createdAt, before->at(0).createdAt);

        storage::EventSnapshot withEvidence = before->at(0);
        withEvidence.evidence = {};
        const auto [kept, moved] = storage::EventEditor::split(withEvidence, {}, editor.nextId());
        QVERIFY(moved.id > b);
        QVERIFY(kept.origin == core::EventOrigin::Analyst && moved.origin == core::EventOrigin::Analyst);
        QCOMPARE(moved.status, core::EventStatus::Candidate);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
};

QTEST_GUILESS_MAIN(TestTimelineCsv)
#include "tst_timelinecsv.moc"
