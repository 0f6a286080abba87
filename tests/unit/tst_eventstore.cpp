// Re-extraction respects the analyst's timeline decisions; article event counts follow the
// evidence; lanes are saved with the data; the timeline follows the article list's filters.
#include "eventstorefixture.h"
#include "storage/lanestore.h"
#include "storage/timelinequery.h"

using namespace chipline;

class TestEventStore final : public EventStoreFixture
{
    Q_OBJECT

private slots:
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void untouchedCandidatesFollowTheText()
    {
        const qint64 a = extract(0, QStringLiteral("ban|2025-04-09|Nvidia"));
        QCOMPARE(extract(1, QStringLiteral("ban|2025-04-09|Nvidia")), a);
        // The article's date changed: its sentence now makes another event.
        const qint64 b = reextract(0, QStringLiteral("ban|2025-05-09|Nvidia"));
        QVERIFY(b != a);
        QCOMPARE(evidenceOf(a), 1);
        QCOMPARE(evidenceOf(b), 1);
        // And back: the old candidate takes the passage again, the emptied one goes.
        QCOMPARE(reextract(0, QStringLiteral("ban|2025-04-09|Nvidia")), a);
        QCOMPARE(count("SELECT count(*) FROM event"), 1);
    }

    void mergedAwayCandidateDoesNotComeBack()
    {
        const qint64 a = extract(0, QStringLiteral("ban|2025-04-09|Nvidia"));
        const qint64 b = extract(1, QStringLiteral("license|2025-04-09|Nvidia"));
        merge(b, a);
        QCOMPARE(count("SELECT count(*) FROM event"), 1);
        // Re-extraction of A's article finds its passage in B.
        QCOMPARE(reextract(0, QStringLiteral("ban|2025-04-09|Nvidia")), b);
        // A new article with A's key joins B too, through the key B absorbed.
        QCOMPARE(extract(2, QStringLiteral("ban|2025-04-09|Nvidia")), b);
        QCOMPARE(count("SELECT count(*) FROM event"), 1);
        QCOMPARE(evidenceOf(b), 3);
        // Re-extracting B's own article changes nothing either.
        QCOMPARE(reextract(1, QStringLiteral("license|2025-04-09|Nvidia")), b);
        QCOMPARE(count("SELECT count(*) FROM event"), 1);
        QCOMPARE(evidenceOf(b), 3);
    }

    // A row stores its key only where it differs from its event's: merged in, split off.
    void evidenceStoresOnlyAForeignKey()
    {
        const char *foreign = "SELECT count(*) FROM event_evidence WHERE cluster_key IS NOT NULL";
        const qint64 a = extract(0, QStringLiteral("ban|2025-04-09|Nvidia"));
        QCOMPARE(extract(1, QStringLiteral("ban|2025-04-09|Nvidia")), a);
        const qint64 b = extract(2, QStringLiteral("license|2025-04-09|Nvidia"));
        QCOMPARE(count(foreign), 0);
        storage::EventEditor editor(*m_db);
        const auto before = editor.snapshots({b, a}).value();
        QCOMPARE(before[1].evidence.size(), 2);
        QCOMPARE(before[1].evidence[0].clusterKey, QStringLiteral("ban|2025-04-09|Nvidia"));
        QVERIFY(editor.replace({b, a}, {storage::EventEditor::merged(before[0], before[1])}).ok());
        QCOMPARE(count(foreign), 2);
        // Read back, every passage names the key that proposed it.
        const auto after = editor.snapshots({b}).value();
        QStringList keys;
        for (const auto &e : after[0].evidence)
            keys << e.clusterKey;
        QCOMPARE(keys,
                 QStringList({QStringLiteral("license|2025-04-09|Nvidia"), QStringLiteral("ban|2025-04-09|Nvidia"),
                              QStringLiteral("ban|2025-04-09|Nvidia")}));
        QVERIFY(editor.replace({b}, before).ok()); // undo
        QCOMPARE(count(foreign), 0);
    }

    void undoneMergeGivesTheKeyBack()
    {
        const qint64 a = extract(0, QStringLiteral("ban|2025-04-09|Nvidia"));
        const qint64 b = extract(1, QStringLiteral("license|2025-04-09|Nvidia"));
        storage::EventEditor editor(*m_db);
        const auto before = editor.snapshots({b, a}).value();
        const EventSnapshot merged = storage::EventEditor::merged(before[0], before[1]);
        QVERIFY(editor.replace({b, a}, {merged}).ok());
        QVERIFY(editor.replace({b}, before).ok()); // undo
        QCOMPARE(count("SELECT count(*) FROM event"), 2);
        QCOMPARE(extract(2, QStringLiteral("ban|2025-04-09|Nvidia")), a);
        QCOMPARE(reextract(0, QStringLiteral("ban|2025-04-09|Nvidia")), a);
    }

    void rejectedEventStaysRejected()
    {
        const qint64 a = extract(0, QStringLiteral("ban|2025-04-09|Nvidia"));
        storage::EventEditor editor(*m_db);
        auto s = editor.snapshots({a}).value();
        s[0].status = core::EventStatus::Rejected;
        QVERIFY(editor.replace({a}, s).ok());
        QCOMPARE(reextract(0, QStringLiteral("ban|2025-04-09|Nvidia")), a);
        // Even when the date resolves differently (set-date), the rejected passage stays put.
        QCOMPARE(reextract(0, QStringLiteral("ban|2025-05-09|Nvidia")), a);
        QCOMPARE(count("SELECT count(*) FROM event"), 1);
        QCOMPARE(count("SELECT count(*) FROM event WHERE status = 'rejected'"), 1);
        QCOMPARE(evidenceOf(a), 1);
    }

    void splitEvidenceStaysSplit()
    {
        const QString key = QStringLiteral("ban|2025-04-09|Nvidia");
        const qint64 a = extract(0, key);
        QCOMPARE(extract(1, key), a);
        storage::EventEditor editor(*m_db);
        const auto before = editor.snapshots({a}).value();
        const qint64 newId = editor.nextId();
        const auto [kept, moved] = storage::EventEditor::split(before[0], {1}, newId);
        QVERIFY(editor.replace({a}, {kept, moved}).ok());
        QCOMPARE(reextract(1, key), newId);
        QCOMPARE(reextract(0, key), a);
        QCOMPARE(evidenceOf(a), 1);
        QCOMPARE(evidenceOf(newId), 1);
        QCOMPARE(count("SELECT count(*) FROM event"), 2);
        // A new article with the key goes to the event that kept it.
        QCOMPARE(extract(2, key), a);
    }

    // An article counts the events it gives evidence for, each once however many of its
    // passages support it, through every change: extraction, re-extraction, edits, a moved
    // passage, deleted events and articles, and a salvage-style recount of them and of the
    // articles.
    void articleEventCountsFollowEvidence()
    {
        QCOMPARE(eventCountOf(0), 0); // a new article has a count of none
        const qint64 a = extract(0, QStringLiteral("ban|2025-04-09|Nvidia"), 0, 40);
        QCOMPARE(extract(0, QStringLiteral("ban|2025-04-09|Nvidia"), 50, 90), a); // a second passage
        QCOMPARE(eventCountOf(0), 1);
        const qint64 b = extract(0, QStringLiteral("license|2025-04-09|Nvidia"), 100, 140);
        QCOMPARE(extract(1, QStringLiteral("license|2025-04-09|Nvidia")), b);
        QCOMPARE(eventCountOf(0), 2);
        QCOMPARE(eventCountOf(1), 1);
        QCOMPARE(staleEventCounts(), QString());

        // One of a's two passages goes: a still has evidence in article 0.
        auto drop = m_db->statement("DELETE FROM event_evidence WHERE article_id = ?1 AND start = 50");
        drop.bind(1, m_articles[0]);
        QVERIFY(drop.exec());
        QCOMPARE(eventCountOf(0), 2);
        // A passage moved to another article and another event.
        auto move = m_db->statement("UPDATE event_evidence SET article_id = ?1, event_id = ?2 WHERE article_id = ?3 "
                                    "AND event_id = ?4");
        move.bind(1, m_articles[2]).bind(2, b).bind(3, m_articles[0]).bind(4, a);
        QVERIFY(move.exec());
        QCOMPARE(eventCountOf(0), 1);
        QCOMPARE(eventCountOf(2), 1);
        QCOMPARE(staleEventCounts(), QString());

        // Deleting an event (an edit, a merge, an undo) takes it from every article's count.
        storage::EventEditor editor(*m_db);
        QVERIFY(editor.replace({b}, {}).ok());
        QCOMPARE(eventCountOf(0), 0);
        QCOMPARE(eventCountOf(1), 0);
        QCOMPARE(eventCountOf(2), 0);
        // Re-extraction of every article, then the recount salvage runs, agree.
        for (int i = 0; i < m_articles.size(); ++i)
            QVERIFY(reextract(i, QStringLiteral("ban|2025-04-09|Nvidia"), 10 * i, 10 * i + 8));
        QCOMPARE(eventCountOf(3), 1);
        QVERIFY(m_db->exec("UPDATE article_event_count SET events = 7; UPDATE article_total SET articles = 9").ok());
        QVERIFY(storage::ArticleStore::recount(*m_db).ok());
        QCOMPARE(staleEventCounts(), QString());
        QCOMPARE(count("SELECT articles FROM article_total"), qint64(m_articles.size()));

        // A deleted source takes its articles and their counts with it.
        QVERIFY(m_db->exec("DELETE FROM source").ok());
        QCOMPARE(count("SELECT count(*) FROM article_event_count"), 0);
        QCOMPARE(count("SELECT articles FROM article_total"), 0);
    }

    void lanesRoundTrip()
    {
        storage::LaneStore lanes(*m_db);
        QVERIFY(lanes.load().value().isEmpty()); // the built-in lanes
        auto nvidia = m_db->statement("INSERT INTO entity(name, type, origin) VALUES ('Nvidia', 'ORG', 'builtin')");
        QVERIFY(nvidia.exec());
        const QList<storage::StoredLane> saved = {
            {QStringLiteral("Chip makers"), {QStringLiteral("Nvidia"), QStringLiteral("type:CHIP")}},
            {QStringLiteral("Rest"), {QStringLiteral("*")}}};
        QVERIFY(lanes.save(saved).ok());
        auto loaded = lanes.load().value();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded[0].title, QStringLiteral("Chip makers"));
        QCOMPARE(loaded[0].members, saved[0].members);
        QCOMPARE(loaded[1].members, saved[1].members);
        // A renamed entity stays in its lane.
        QVERIFY(m_db->exec("UPDATE entity SET name = 'NVIDIA Corp' WHERE name = 'Nvidia'").ok());
        QCOMPARE(lanes.load().value()[0].members.first(), QStringLiteral("NVIDIA Corp"));
        QVERIFY(!lanes.save({{QStringLiteral(" "), {}}}).ok()); // a lane needs a title
        QCOMPARE(lanes.load().value().size(), 2); // and nothing changed
        QVERIFY(lanes.save({}).ok());
        QVERIFY(lanes.load().value().isEmpty());
    }

    void timelineFollowsTheListFilter()
    {
        const qint64 reuters = extract(0, QStringLiteral("ban|2025-04-09|Nvidia"));
        const qint64 yonhap = extract(1, QStringLiteral("license|2025-04-09|Nvidia"));
        storage::TimelineQuery query(*m_db);
        storage::TimelineFilter f;
        f.articles = storage::ArticleListFilter{};
        QCOMPARE(query.events(f).value().size(), 2); // an empty list filter: everything
        f.articles->outlet = QStringLiteral("Yonhap");
        auto events = query.events(f).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].id, yonhap);
        f.articles->outlet.clear();
        f.articles->from = QDate(2025, 4, 10);
        f.articles->to = QDate(2025, 4, 10);
        events = query.events(f).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].id, reuters);
        f.articles->search = QStringLiteral("Article 1 about");
        QVERIFY(query.events(f).value().isEmpty()); // article 1 is outside the dates
        f.articles = storage::ArticleListFilter{};
        f.articles->search = QStringLiteral("Article 1 about");
        QCOMPARE(query.events(f).value().size(), 1);
        QCOMPARE(query.events(f).value()[0].id, yonhap);
    }

    // A database from before passages kept their own dates: the passages that only the
    // publication day dated are found again, and the rest read as before.
    void upgradeMarksPublicationDatedPassages()
    {
        const QString path = m_dir->filePath(QStringLiteral("e.db"));
        const qint64 lead = propose(0, QStringLiteral("2025-04-10"), 0); // article 0 was published on April 10
        const qint64 dated = propose(2, QStringLiteral("2025-04-12"), 30); // article 2 on April 12, with a date in it
        QVERIFY(lead != dated);
        auto mention = m_db->statement("INSERT INTO date_mention(article_id, start, end, text, value, precision) "
                                       "VALUES (?1, 35, 40, 'x', '2025-04-12', 'day')");
        mention.bind(1, m_articles[2]);
        QVERIFY(mention.exec());
        QVERIFY(
            m_db->exec("DROP TRIGGER article_counts_added; DROP TRIGGER article_counts_removed; "
                       "DROP TRIGGER article_event_count_added; "
                       "DROP TRIGGER article_event_count_removed; DROP TRIGGER article_event_count_moved; "
                       "DROP TABLE article_event_count; DROP TABLE article_total; "
                       "ALTER TABLE event_evidence DROP COLUMN date; ALTER TABLE event_evidence DROP COLUMN dated_by; "
                       "ALTER TABLE event_evidence DROP COLUMN modality; ALTER TABLE entity DROP COLUMN article_id; "
                       "PRAGMA user_version = 9")
                .ok());
        m_db.reset();
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db).value();
        storage::TimelineQuery query(*m_db);
        QVERIFY(query.event(lead).value().datedByPublication);
        QVERIFY(!query.event(dated).value().datedByPublication);
        QCOMPARE(storage::EventStore(*m_db).forArticle(m_articles[0])[0].second.date, QString());
    }

    // A quarter or a half is in a date range when its months overlap it, and stores at all
    // (migration 8 widened the precision check).
    void quarterAndHalfEventsCoverTheirMonths()
    {
        qint64 start = 0;
        for (const char *value : {"2025-Q1", "2025-H2"}) {
            EventRecord e;
            e.date = core::ResolvedDate::fromValue(QString::fromLatin1(value));
            e.category = core::EventCategory::CorporateDisclosure;
            e.title = QString::fromLatin1(value);
            e.clusterKey = e.title;
            QVERIFY(storage::EventStore(*m_db).addCandidate(e, {}, m_articles[0], start, start + 20).ok());
            start += 30; // another passage: one passage holds one candidate
        }
        storage::TimelineQuery query(*m_db);
        storage::TimelineFilter f;
        const auto titles = [&](const char *from, const char *to) {
            f.from = QString::fromLatin1(from);
            f.to = QString::fromLatin1(to);
            QStringList out;
            const auto events = query.events(f);
            if (!events)
                return events.error().message;
            for (const auto &e : events.value())
                out << e.title;
            return out.join(u',');
        };
        QCOMPARE(titles("2025-03-01", "2025-03-31"), QStringLiteral("2025-Q1"));
        QCOMPARE(titles("2025-04-01", "2025-06-30"), QString());
        QCOMPARE(titles("2025-01-01", "2025-12-31"), QStringLiteral("2025-Q1,2025-H2"));
        QCOMPARE(titles("2025-12-01", "2026-01-31"), QStringLiteral("2025-H2"));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
