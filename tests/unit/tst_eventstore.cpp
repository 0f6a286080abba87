// Re-extraction respects the analyst's timeline decisions; lanes are saved with the data;
// the timeline follows the article list's filters.
#include "core/article.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/eventeditor.h"
#include "storage/eventstore.h"
#include "storage/lanestore.h"
#include "storage/statement.h"
#include "storage/timelinequery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chipline;
using storage::EventRecord;
using storage::EventSnapshot;

class TestEventStore final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = storage::Database::open(m_dir->filePath(QStringLiteral("e.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        storage::ArticleStore store(*m_db);
        const qint64 source = store.addSource({QStringLiteral("/tmp/e.txt"), 1, QByteArray("e"), QStringLiteral("dump")}).value();
        for (int i = 0; i < 4; ++i) {
            core::Article a;
            a.layout = QStringLiteral("dump");
            a.outlet = i % 2 ? QStringLiteral("Yonhap") : QStringLiteral("Reuters");
            a.body = QStringLiteral("Article %1 about export controls on AI chips, sentence one. Sentence two.").arg(i);
            a.published = core::makeWallTime(2025, 4, 10 + i);
            m_articles.append(store.addArticle(source, i, a).value());
        }
        QVERIFY(store.indexPending().ok());
    }

    // Whatever a test did to events, each article's stored event count (which the list sorts
    // by) is the number of events with evidence in it, and the stored total is right.
    void cleanup()
    {
        if (m_db) {
            QCOMPARE(staleEventCounts(), QString());
            QCOMPARE(count("SELECT articles FROM article_total"), count("SELECT count(*) FROM article"));
        }
        m_db.reset();
        m_articles.clear();
    }

    // What the extractor stores for one sentence: a candidate keyed by category, date, actors.
    qint64 extract(int article, const QString &key, qint64 start = 0, qint64 end = 40)
    {
        EventRecord e;
        e.date = key.section(u'|', 1, 1);
        e.precision = QStringLiteral("day");
        e.category = key.section(u'|', 0, 0);
        e.title = QStringLiteral("Event ") + key;
        e.clusterKey = key;
        auto id = storage::EventStore(*m_db).addCandidate(e, {}, m_articles[article], start, end);
        return id ? id.value() : 0;
    }

    // Re-extraction of one article as the recogniser runs it.
    qint64 reextract(int article, const QString &key, qint64 start = 0, qint64 end = 40)
    {
        if (!storage::EventStore(*m_db).clearCandidates(m_articles[article]).ok())
            return 0;
        return extract(article, key, start, end);
    }

    qint64 count(const char *sql)
    {
        auto st = m_db->statement(sql);
        return st.next() ? st.int64(0) : -1;
    }

    qint64 evidenceOf(qint64 event)
    {
        auto st = m_db->statement("SELECT count(*) FROM event_evidence WHERE event_id = ?1");
        st.bind(1, event);
        return st.next() ? st.int64(0) : -1;
    }

    // Articles whose stored event count differs from a count of their evidence, as
    // "id: stored/counted"; empty when every count is right.
    QString staleEventCounts()
    {
        auto st = m_db->statement(
            "SELECT a.id, n.events, (SELECT count(DISTINCT v.event_id) FROM event_evidence v WHERE v.article_id = a.id) "
            "FROM article a LEFT JOIN article_event_count n ON n.article_id = a.id");
        QStringList stale;
        while (st.next()) {
            if (st.isNull(1) || st.int64(1) != st.int64(2))
                stale << QStringLiteral("%1: %2/%3").arg(st.int64(0)).arg(st.text(1), QString::number(st.int64(2)));
        }
        if (st.failed())
            return st.errorMessage();
        return stale.join(u", ");
    }

    qint64 eventCountOf(int article)
    {
        auto st = m_db->statement("SELECT events FROM article_event_count WHERE article_id = ?1");
        st.bind(1, m_articles[article]);
        return st.next() ? st.int64(0) : -1;
    }

    // The dock's merge: the first event absorbs the others.
    void merge(qint64 into, qint64 other)
    {
        storage::EventEditor editor(*m_db);
        const auto before = editor.snapshots({into, other}).value();
        const EventSnapshot merged = storage::EventEditor::merged(before[0], before[1]);
        QVERIFY(editor.replace({into, other}, {merged}).ok());
    }

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
        QCOMPARE(keys, QStringList({QStringLiteral("license|2025-04-09|Nvidia"), QStringLiteral("ban|2025-04-09|Nvidia"),
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
        s[0].status = QStringLiteral("rejected");
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
        QCOMPARE(lanes.load().value().size(), 2);                // and nothing changed
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

    // What the recogniser stores for a sentence with the actor Nvidia: the cluster key, and
    // the compatible dates as events::compatibleDates gives them (a day either side, the
    // month of a day, the days of a month).
    qint64 propose(int article, const QString &date, qint64 start = 0, const QString &modality = {},
                   bool byPublication = false)
    {
        auto nvidia = m_db->statement("SELECT id FROM entity WHERE name = 'Nvidia'");
        qint64 actor = nvidia.lookupInt64().value_or(0);
        if (!actor) {
            if (!m_db->exec("INSERT INTO entity(name, type, origin) VALUES ('Nvidia', 'ORG', 'builtin')").ok())
                return 0;
            actor = m_db->lastInsertId();
        }
        EventRecord e;
        e.date = date;
        e.precision = date.size() == 10 ? QStringLiteral("day") : QStringLiteral("month");
        e.category = QStringLiteral("us-license-requirement");
        e.title = QStringLiteral("Licence ") + date;
        e.clusterKey = e.category + u'|' + date + QStringLiteral("|Nvidia");
        e.modality = modality;
        e.datedByPublication = byPublication;
        e.identifyingActorIds = {actor};
        if (e.precision == u"day") {
            const QDate day = QDate::fromString(date, Qt::ISODate);
            e.compatibleDates = {day.addDays(-1).toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate), date.left(7)};
        } else {
            const QDate first = QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate);
            for (QDate d = first; d < first.addMonths(1); d = d.addDays(1))
                e.compatibleDates.append(d.toString(Qt::ISODate));
        }
        auto id = storage::EventStore(*m_db).addCandidate(e, {actor}, m_articles[article], start, start + 20);
        return id ? id.value() : 0;
    }

    QString dateOf(qint64 event)
    {
        auto st = m_db->statement("SELECT date || ' ' || precision FROM event WHERE id = ?1");
        st.bind(1, event);
        return st.next() ? st.text(0) : QString();
    }

    // The same licence told by a Korean article (Seoul's day) and an English one
    // (Washington's, a day earlier) is one event with two supporting articles; each
    // passage keeps the date its article gives, which export shows per article.
    void articlesADayApartTellOneEvent()
    {
        const qint64 a = propose(0, QStringLiteral("2025-04-09"));
        QCOMPARE(propose(1, QStringLiteral("2025-04-10")), a);
        QCOMPARE(propose(2, QStringLiteral("2025-04-08")), a);
        QCOMPARE(count("SELECT count(*) FROM event"), 1);
        QCOMPARE(dateOf(a), QStringLiteral("2025-04-09 day"));
        QCOMPARE(storage::TimelineQuery(*m_db).event(a).value().corroboration, 3);
        const auto passages = storage::EventStore(*m_db).forArticle(m_articles[1]);
        QCOMPARE(passages.size(), 1);
        QCOMPARE(passages[0].second.date, QStringLiteral("2025-04-10"));
        // Two days off is another event.
        QVERIFY(propose(3, QStringLiteral("2025-04-11")) != a);
    }

    // One article that gives two days a day apart tells two events (a licence on the 9th,
    // another on the 10th); so does another article that comes later for either day.
    void oneArticlesTwoDaysStayTwoEvents()
    {
        const qint64 ninth = propose(0, QStringLiteral("2025-04-09"), 0);
        const qint64 tenth = propose(0, QStringLiteral("2025-04-10"), 30);
        QVERIFY(ninth != tenth);
        QCOMPARE(propose(1, QStringLiteral("2025-04-10")), tenth); // the same day first
        QCOMPARE(propose(2, QStringLiteral("2025-04-09")), ninth);
        QCOMPARE(count("SELECT count(*) FROM event"), 2);
    }

    // "In April" and "on April 9" are one event at the finer date, whichever comes first;
    // re-extraction that takes the day away gives the month back.
    void aMonthAndADayInItAreOneEventAtTheDay()
    {
        const qint64 a = propose(0, QStringLiteral("2025-04"));
        QCOMPARE(dateOf(a), QStringLiteral("2025-04 month"));
        QCOMPARE(propose(1, QStringLiteral("2025-04-09")), a);
        QCOMPARE(dateOf(a), QStringLiteral("2025-04-09 day"));
        QCOMPARE(propose(2, QStringLiteral("2025-04")), a); // a coarser one leaves the day alone
        QCOMPARE(dateOf(a), QStringLiteral("2025-04-09 day"));
        QCOMPARE(storage::EventStore(*m_db).forArticle(m_articles[0])[0].second.date, QStringLiteral("2025-04"));
        QVERIFY(storage::EventStore(*m_db).clearCandidates(m_articles[1]).ok());
        QCOMPARE(dateOf(a), QStringLiteral("2025-04 month"));
        // A day in another month is another event.
        QVERIFY(propose(3, QStringLiteral("2025-05-02")) != a);
    }

    // The analyst's date stays: a finer candidate joins a confirmed event without moving it.
    void theAnalystsDateStays()
    {
        const qint64 a = propose(0, QStringLiteral("2025-04"));
        storage::EventEditor editor(*m_db);
        auto s = editor.snapshots({a}).value();
        s[0].status = QStringLiteral("confirmed");
        QVERIFY(editor.replace({a}, s).ok());
        QCOMPARE(propose(1, QStringLiteral("2025-04-09")), a);
        QCOMPARE(dateOf(a), QStringLiteral("2025-04 month"));
    }

    // An event only planned, considered or expected reads so until an article says it
    // happened; one dated by leads without a date of their own, until an article dates it.
    void modalityAndPublicationDatingFollowThePassages()
    {
        storage::TimelineQuery query(*m_db);
        const qint64 a = propose(0, QStringLiteral("2025-04-09"), 0, QStringLiteral("planned"));
        QCOMPARE(query.event(a).value().modality, QStringLiteral("planned"));
        QCOMPARE(propose(1, QStringLiteral("2025-04-09"), 0, QStringLiteral("considered")), a);
        QCOMPARE(query.event(a).value().modality, QStringLiteral("planned")); // the most decided
        QCOMPARE(propose(2, QStringLiteral("2025-04-09")), a);
        QCOMPARE(query.event(a).value().modality, QString());
        QCOMPARE(query.evidence({a}).value()[0].modality, QStringLiteral("planned"));

        const qint64 b = propose(0, QStringLiteral("2025-06-10"), 40, {}, true);
        QVERIFY(query.event(b).value().datedByPublication);
        QVERIFY(storage::EventStore(*m_db).list({})[1].datedByPublication);
        QCOMPARE(propose(1, QStringLiteral("2025-06-10"), 40), b);
        QVERIFY(!query.event(b).value().datedByPublication);
        // Undone by re-extraction: the dating article's passage goes, the mark comes back.
        QVERIFY(storage::EventStore(*m_db).clearCandidates(m_articles[1]).ok());
        QVERIFY(query.event(b).value().datedByPublication);
    }

    // Merging and the analyst's new date keep what each passage says; a passage that gave
    // the old date follows the analyst's.
    void editsKeepThePassagesOwnDates()
    {
        const qint64 a = propose(0, QStringLiteral("2025-04-09"));
        const qint64 b = propose(0, QStringLiteral("2025-05-20"), 30, QStringLiteral("planned"), true);
        storage::EventEditor editor(*m_db);
        const auto before = editor.snapshots({a, b}).value();
        QCOMPARE(before[1].evidence[0].modality, QStringLiteral("planned"));
        QVERIFY(before[1].evidence[0].datedByPublication);
        QVERIFY(editor.replace({a, b}, {storage::EventEditor::merged(before[0], before[1])}).ok());
        auto merged = editor.snapshots({a}).value();
        QCOMPARE(merged[0].evidence[1].date, QStringLiteral("2025-05-20"));
        QCOMPARE(merged[0].evidence[1].modality, QStringLiteral("planned"));
        QVERIFY(merged[0].evidence[1].datedByPublication);
        const auto redated = storage::EventEditor::redated(merged[0], QStringLiteral("2025-04-08"), QStringLiteral("day"));
        QVERIFY(editor.replace({a}, {redated}).ok());
        const auto passages = storage::EventStore(*m_db).forArticle(m_articles[0]);
        QCOMPARE(passages.size(), 2);
        QCOMPARE(passages[0].second.date, QString());                      // followed the analyst
        QCOMPARE(passages[1].second.date, QStringLiteral("2025-05-20")); // its own
    }

    // A database from before passages kept their own dates: the passages that only the
    // publication day dated are found again, and the rest read as before.
    void upgradeMarksPublicationDatedPassages()
    {
        const QString path = m_dir->filePath(QStringLiteral("e.db"));
        const qint64 lead = propose(0, QStringLiteral("2025-04-10"), 0);  // article 0 was published on April 10
        const qint64 dated = propose(2, QStringLiteral("2025-04-12"), 30); // article 2 on April 12, with a date in it
        QVERIFY(lead != dated);
        auto mention = m_db->statement("INSERT INTO date_mention(article_id, start, end, text, value, precision) "
                                       "VALUES (?1, 35, 40, 'x', '2025-04-12', 'day')");
        mention.bind(1, m_articles[2]);
        QVERIFY(mention.exec());
        QVERIFY(m_db->exec("DROP TRIGGER article_counts_added; DROP TRIGGER article_counts_removed; "
                           "DROP TRIGGER article_event_count_added; "
                           "DROP TRIGGER article_event_count_removed; DROP TRIGGER article_event_count_moved; "
                           "DROP TABLE article_event_count; DROP TABLE article_total; "
                           "ALTER TABLE event_evidence DROP COLUMN date; ALTER TABLE event_evidence DROP COLUMN dated_by; "
                           "ALTER TABLE event_evidence DROP COLUMN modality; ALTER TABLE entity DROP COLUMN article_id; "
                           "PRAGMA user_version = 9").ok());
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
            e.date = QString::fromLatin1(value);
            e.precision = e.date.contains(u'Q') ? QStringLiteral("quarter") : QStringLiteral("half");
            e.category = QStringLiteral("corporate-disclosure");
            e.title = e.date;
            e.clusterKey = e.date;
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    QList<qint64> m_articles;
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
