#pragma once

// The events tests' database: four articles of one source, and what the extractor, the
// recogniser and the dock store for them, for tst_eventstore and tst_eventclustering.
#include "core/article.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/eventeditor.h"
#include "storage/eventstore.h"
#include "storage/statement.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class EventStoreFixture : public QObject
{
protected:
    using EventRecord = chipline::storage::EventRecord;
    using EventSnapshot = chipline::storage::EventSnapshot;

    void openDatabase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = chipline::storage::Database::open(m_dir->filePath(QStringLiteral("e.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        chipline::storage::ArticleStore store(*m_db);
        const qint64 source =
            store.addSource({QStringLiteral("/tmp/e.txt"), 1, QByteArray("e"), QStringLiteral("dump")}).value();
        for (int i = 0; i < 4; ++i) {
            chipline::core::Article a;
            a.layout = QStringLiteral("dump");
            a.outlet = i % 2 ? QStringLiteral("Yonhap") : QStringLiteral("Reuters");
            a.body = QStringLiteral("Article %1 about export controls on AI chips, sentence one. Sentence two.").arg(i);
            a.published = chipline::core::makeWallTime(2025, 4, 10 + i);
            m_articles.append(store.addArticle(source, i, a).value());
        }
        QVERIFY(store.indexPending().ok());
    }

    // Whatever a test did to events, each article's stored event count (which the list sorts
    // by) is the number of events with evidence in it, and the stored total is right.
    void closeDatabase()
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
        e.date = chipline::core::ResolvedDate::fromValue(key.section(u'|', 1, 1));
        e.category = chipline::core::categoryFromCode(key.section(u'|', 0, 0));
        e.title = QStringLiteral("Event ") + key;
        e.clusterKey = key;
        auto id = chipline::storage::EventStore(*m_db).addCandidate(e, {}, m_articles[article], start, end);
        return id ? id.value() : 0;
    }

    // Re-extraction of one article as the recogniser runs it.
    qint64 reextract(int article, const QString &key, qint64 start = 0, qint64 end = 40)
    {
        if (!chipline::storage::EventStore(*m_db).clearCandidates(m_articles[article]).ok())
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
        auto st = m_db->statement("SELECT a.id, n.events, (SELECT count(DISTINCT v.event_id) FROM event_evidence v "
                                  "WHERE v.article_id = a.id) "
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
        chipline::storage::EventEditor editor(*m_db);
        const auto before = editor.snapshots({into, other}).value();
        const EventSnapshot merged = chipline::storage::EventEditor::merged(before[0], before[1]);
        QVERIFY(editor.replace({into, other}, {merged}).ok());
    }

    // What the recogniser stores for a sentence with the actor Nvidia: the cluster key, and
    // the compatible dates as events::compatibleDates gives them (a day either side, the
    // month of a day, the days of a month).
    qint64 propose(int article, const QString &date, qint64 start = 0,
                   chipline::core::EventModality modality = chipline::core::EventModality::Asserted,
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
        e.date = chipline::core::ResolvedDate::fromValue(date);
        e.category = chipline::core::EventCategory::UsLicenseRequirement;
        e.title = QStringLiteral("Licence ") + date;
        e.clusterKey = chipline::core::categoryCode(e.category) + u'|' + date + QStringLiteral("|Nvidia");
        e.modality = modality;
        e.datedByPublication = byPublication;
        e.identifyingActorIds = {actor};
        if (e.date.precision == chipline::core::DatePrecision::Day) {
            const QDate day = QDate::fromString(date, Qt::ISODate);
            e.compatibleDates = {day.addDays(-1).toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate),
                                 date.left(7)};
        } else {
            const QDate first = QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate);
            for (QDate d = first; d < first.addMonths(1); d = d.addDays(1))
                e.compatibleDates.append(d.toString(Qt::ISODate));
        }
        auto id = chipline::storage::EventStore(*m_db).addCandidate(e, {actor}, m_articles[article], start, start + 20);
        return id ? id.value() : 0;
    }

    QString dateOf(qint64 event)
    {
        auto st = m_db->statement("SELECT date || ' ' || precision FROM event WHERE id = ?1");
        st.bind(1, event);
        return st.next() ? st.text(0) : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<chipline::storage::Database> m_db;
    QList<qint64> m_articles;
};
