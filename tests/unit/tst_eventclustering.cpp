// Candidates of several articles cluster into one event: a day apart, a month and a day in
// it, never two days of one article; the finer date wins until the analyst sets one; what
// each passage says (its date, modality, publication dating) stays with it.
#include "eventstorefixture.h"
#include "storage/timelinequery.h"

using namespace chipline;

class TestEventClustering final : public EventStoreFixture
{
    Q_OBJECT

private slots:
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

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
        s[0].status = core::EventStatus::Confirmed;
        QVERIFY(editor.replace({a}, s).ok());
        QCOMPARE(propose(1, QStringLiteral("2025-04-09")), a);
        QCOMPARE(dateOf(a), QStringLiteral("2025-04 month"));
    }

    // An event only planned, considered or expected reads so until an article says it
    // happened; one dated by leads without a date of their own, until an article dates it.
    void modalityAndPublicationDatingFollowThePassages()
    {
        storage::TimelineQuery query(*m_db);
        const qint64 a = propose(0, QStringLiteral("2025-04-09"), 0, core::EventModality::Planned);
        QCOMPARE(query.event(a).value().modality, core::EventModality::Planned);
        QCOMPARE(propose(1, QStringLiteral("2025-04-09"), 0, core::EventModality::Considered), a);
        QCOMPARE(query.event(a).value().modality, core::EventModality::Planned); // the most decided
        QCOMPARE(propose(2, QStringLiteral("2025-04-09")), a);
        QCOMPARE(query.event(a).value().modality, core::EventModality::Asserted);
        QCOMPARE(query.evidence({a}).value()[0].modality, core::EventModality::Planned);

        const qint64 b = propose(0, QStringLiteral("2025-06-10"), 40, {}, true);
        QVERIFY(query.event(b).value().datedByPublication);
        QVERIFY(storage::EventStore(*m_db).list({})[1].datedByPublication);
        QCOMPARE(propose(1, QStringLiteral("2025-06-10"), 40), b);
        QVERIFY(!query.event(b).value().datedByPublication);
        // Undone by re-extraction: the dating article's passage goes, the mark comes back.
        QVERIFY(storage::EventStore(*m_db).clearCandidates(m_articles[1]).ok());
        QVERIFY(query.event(b).value().datedByPublication);
    }

    // A passage's modality is stored as its code, none when the passage says the event
    // happened, and every read gives it back typed: the article's events, the snapshot
    // undo keeps, the timeline's event and evidence, the event list.
    void modalityRoundTrip_data()
    {
        QTest::addColumn<core::EventModality>("modality");
        QTest::addColumn<QString>("stored");
        QTest::newRow("asserted") << core::EventModality::Asserted << QString();
        QTest::newRow("planned") << core::EventModality::Planned << QStringLiteral("planned");
        QTest::newRow("considered") << core::EventModality::Considered << QStringLiteral("considered");
        QTest::newRow("expected") << core::EventModality::Expected << QStringLiteral("expected");
    }

    void modalityRoundTrip()
    {
        QFETCH(core::EventModality, modality);
        QFETCH(QString, stored);
        const qint64 a = propose(0, QStringLiteral("2025-04-09"), 0, modality);
        QVERIFY(a);
        auto column = m_db->statement("SELECT modality FROM event_evidence WHERE event_id = ?1");
        column.bind(1, a);
        QVERIFY(column.next());
        QCOMPARE(column.isNull(0), stored.isNull());
        QCOMPARE(column.text(0), stored);

        const auto passages = storage::EventStore(*m_db).forArticle(m_articles[0]);
        QCOMPARE(passages.size(), 1);
        QCOMPARE(passages[0].second.modality, modality);
        QCOMPARE(storage::EventEditor(*m_db).snapshots({a}).value()[0].evidence[0].modality, modality);
        storage::TimelineQuery query(*m_db);
        QCOMPARE(query.event(a).value().modality, modality);
        QCOMPARE(query.events({}).value()[0].modality, modality);
        QCOMPARE(query.evidence({a}).value()[0].modality, modality);
        QCOMPARE(storage::EventStore(*m_db).list({})[0].modality, modality);
    }

    // Merging and the analyst's new date keep what each passage says; a passage that gave
    // the old date follows the analyst's.
    void editsKeepThePassagesOwnDates()
    {
        const qint64 a = propose(0, QStringLiteral("2025-04-09"));
        const qint64 b = propose(0, QStringLiteral("2025-05-20"), 30, core::EventModality::Planned, true);
        storage::EventEditor editor(*m_db);
        const auto before = editor.snapshots({a, b}).value();
        QCOMPARE(before[1].evidence[0].modality, core::EventModality::Planned);
        QVERIFY(before[1].evidence[0].datedByPublication);
        QVERIFY(editor.replace({a, b}, {storage::EventEditor::merged(before[0], before[1])}).ok());
        auto merged = editor.snapshots({a}).value();
        QCOMPARE(merged[0].evidence[1].date, QStringLiteral("2025-05-20"));
        QCOMPARE(merged[0].evidence[1].modality, core::EventModality::Planned);
        QVERIFY(merged[0].evidence[1].datedByPublication);
        const auto redated = storage::EventEditor::redated(merged[0], core::ResolvedDate::fromValue(u"2025-04-08"));
        QVERIFY(editor.replace({a}, {redated}).ok());
        const auto passages = storage::EventStore(*m_db).forArticle(m_articles[0]);
        QCOMPARE(passages.size(), 2);
        QCOMPARE(passages[0].second.date, QString()); // followed the analyst
        QCOMPARE(passages[1].second.date, QStringLiteral("2025-05-20")); // its own
    }
};

QTEST_GUILESS_MAIN(TestEventClustering)
#include "tst_eventclustering.moc"
