// Recognition stored and re-run: the analyst's corrections survive, events cluster.
#include "analysis/analysiswriter.h"
#include "analysis/articleanalyzer.h"
#include "analysis/recognizer.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/datestore.h"
#include "storage/entitystore.h"
#include "storage/eventstore.h"
#include "storage/mentionstore.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chipline;

namespace {

const QString kLicence = QStringLiteral(
    "엔비디아는 지난 9일 미 상무부로부터 H20을 중국에 수출하려면 허가를 받아야 한다는 통보를 받았다고 밝혔다.");

} // namespace

class TestRecognizer final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = storage::Database::open(m_dir->filePath(QStringLiteral("r.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        auto analyzer = analysis::ArticleAnalyzer::create(*m_db);
        QVERIFY(analyzer.ok());
        m_analyzer = std::move(analyzer).value();
        storage::ArticleStore store(*m_db);
        m_source = store.addSource({QStringLiteral("/tmp/r.txt"), 1, QByteArray("r"), QStringLiteral("dump")}).value();
    }

    qint64 add(const QString &body, const QDateTime &published, int index)
    {
        storage::ArticleStore store(*m_db);
        core::Article a;
        a.layout = QStringLiteral("dump");
        a.body = body;
        a.language = core::guessLanguage(body);
        a.published = published;
        const qint64 id = store.addArticle(m_source, index, a).value();
        analysis::AnalysisWriter writer(*m_db);
        if (!writer.storeNew(id, m_analyzer->analyze(a)).ok())
            return 0;
        return id;
    }

    void storesMentionsInCodePoints()
    {
        // An astral character before the names shifts UTF-16 offsets but not code points.
        const qint64 id = add(QString::fromUtf8("𠮷 화웨이의 어센드 910C"), core::makeWallTime(2025, 4, 16), 0);
        QVERIFY(id > 0);
        const auto mentions = storage::MentionStore(*m_db).forArticle(id);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(mentions[0].entityName, QStringLiteral("Huawei"));
        QCOMPARE(mentions[0].start, 2);
        QCOMPARE(mentions[0].end, 5);
        QCOMPARE(mentions[1].entityName, QStringLiteral("Ascend 910C"));
        QCOMPARE(mentions[1].entityType, QStringLiteral("CHIP"));
    }

    void storesDatesAndEvents()
    {
        const qint64 id = add(kLicence, core::makeWallTime(2025, 4, 16), 0);
        const auto dates = storage::DateStore(*m_db).forArticle(id);
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates[0].text, QStringLiteral("지난 9일"));
        QCOMPARE(dates[0].value, QStringLiteral("2025-04-09"));
        QCOMPARE(dates[0].precision, QStringLiteral("day"));
        const auto events = storage::EventStore(*m_db).forArticle(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].first.category, core::EventCategory::UsLicenseRequirement);
        QCOMPARE(events[0].first.date.value(), QStringLiteral("2025-04-09"));
        QVERIFY(events[0].first.actors.contains(QStringLiteral("Nvidia")));
        QCOMPARE(events[0].second.start, 0);
        QCOMPARE(events[0].second.end, kLicence.size());
    }

    void sameEventFromTwoArticlesIsOneEvent()
    {
        add(kLicence, core::makeWallTime(2025, 4, 16), 0);
        // Another outlet, another wording of the date: 9 April again.
        add(QStringLiteral(
                "엔비디아는 9일(현지시간) 미 상무부로부터 H20을 중국에 수출하려면 허가를 받아야 한다는 통보를 받았다."),
            core::makeWallTime(2025, 4, 10), 1);
        const auto events = storage::EventStore(*m_db).list(std::nullopt);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].evidenceCount, 2);
    }

    // A Korean and an English article on one finding, naming its actors differently
    // (the English one has no name for the regulator): one event with both passages.
    void oneEventAcrossLanguages()
    {
        add(QStringLiteral("중국 국가시장감독관리총국은 15일 엔비디아가 멜라녹스를 인수하며 약속한 조건을 어겨 "
                           "반독점법을 위반한 것으로 드러났다고 발표했다."),
            core::makeWallTime(2025, 9, 16), 0);
        add(QStringLiteral("China's market regulator said on Monday that Nvidia had violated the country's "
                           "anti-monopoly law in its purchase of Mellanox."),
            core::makeWallTime(2025, 9, 15), 1);
        const auto events = storage::EventStore(*m_db).list({});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].date.value(), QStringLiteral("2025-09-15"));
        QCOMPARE(events[0].category, core::EventCategory::ChinaCountermeasure);
        QCOMPARE(events[0].evidenceCount, 2);
    }

    void reportedDateIsKeptWithThePassage()
    {
        const qint64 id =
            add(QStringLiteral("AMD는 이날 공시를 통해 미 상무부가 지난 3일 MI308을 중국에 수출하려면 허가를 받아야 "
                               "한다고 통보했다고 밝혔다."),
                core::makeWallTime(2025, 4, 16), 0);
        const auto events = storage::EventStore(*m_db).forArticle(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].first.date.value(), QStringLiteral("2025-04-03"));
        QCOMPARE(events[0].first.category, core::EventCategory::UsLicenseRequirement);
        QCOMPARE(events[0].second.reported, QStringLiteral("2025-04-16"));
    }

    void undatedArticleResolvesWhenDated()
    {
        const qint64 id = add(kLicence, QDateTime(), 0);
        auto dates = storage::DateStore(*m_db).forArticle(id);
        QCOMPARE(dates.size(), 1);
        QVERIFY(dates[0].value.isEmpty());
        QVERIFY(storage::EventStore(*m_db).forArticle(id).isEmpty());
        QVERIFY(storage::ArticleStore(*m_db).setPublished(id, core::makeWallTime(2025, 5, 2)).ok());
        QVERIFY(analysis::Recognizer::runOne(*m_db, id, m_analyzer.get()).ok());
        dates = storage::DateStore(*m_db).forArticle(id);
        QCOMPARE(dates[0].value, QStringLiteral("2025-04-09")); // 9 > 2: last month
        QCOMPARE(storage::EventStore(*m_db).forArticle(id).size(), 1);
    }

    void rerunKeepsTheAnalystsWork()
    {
        const qint64 id = add(kLicence, core::makeWallTime(2025, 4, 16), 0);
        storage::MentionStore mentions(*m_db);
        const auto before = mentions.forArticle(id);
        QCOMPARE(before.size(), 4); // 엔비디아, 미 상무부, H20, 중국
        // Reject 중국; add a manual PERSON-less ORG over "허가" (a deliberate odd choice).
        auto reject = m_db->statement("UPDATE mention SET status = 'rejected' WHERE id = ?1");
        reject.bind(1, before[3].id);
        QVERIFY(reject.exec());
        const qint64 entity =
            storage::EntityStore(*m_db)
                .ensure(QStringLiteral("Licence office"), QStringLiteral("GOV"), QStringLiteral("user"))
                .value();
        storage::MentionRecord manual;
        manual.articleId = id;
        manual.start = kLicence.indexOf(QStringLiteral("허가"));
        manual.end = manual.start + 2;
        manual.entityId = entity;
        manual.origin = QStringLiteral("manual");
        QVERIFY(mentions.add(manual).ok());
        // Confirm the event, then run recognition over everything again, twice.
        QVERIFY(m_db->exec("UPDATE event SET status = 'confirmed'").ok());
        for (int run = 0; run < 2; ++run) {
            auto summary = analysis::Recognizer::run(*m_db, m_analyzer.get());
            QVERIFY(summary.ok());
            QCOMPARE(summary->articles, 1);
        }
        const auto after = mentions.forArticle(id);
        QCOMPARE(after.size(), 5);
        int rejected = 0, manualKept = 0;
        for (const auto &m : after) {
            rejected += m.status == u"rejected";
            manualKept += m.origin == u"manual" && m.entityName == u"Licence office";
        }
        QCOMPARE(rejected, 1); // not resurrected
        QCOMPARE(manualKept, 1); // not removed
        const auto events = storage::EventStore(*m_db).list(std::nullopt);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].status, core::EventStatus::Confirmed);
        QCOMPARE(events[0].evidenceCount, 1);
    }

    void userAliasesExtendTheGazetteer()
    {
        storage::EntityStore entities(*m_db);
        const qint64 nvidia =
            entities.ensure(QStringLiteral("Nvidia"), QStringLiteral("ORG"), QStringLiteral("builtin")).value();
        QVERIFY(entities.addAlias(nvidia, QStringLiteral("녹색 거인"), QStringLiteral("ko")).ok());
        auto analyzer = analysis::ArticleAnalyzer::create(*m_db);
        QVERIFY(analyzer.ok());
        core::Article a;
        a.body = QStringLiteral("녹색 거인은 새 칩을 공개했다.");
        a.language = QStringLiteral("ko");
        const auto found = analyzer.value()->analyze(a);
        QCOMPARE(found.mentions.size(), 1);
        QCOMPARE(found.mentions[0].entity, QStringLiteral("Nvidia"));
        QCOMPARE(found.mentions[0].end, 5); // 녹색 거인, without 은
        QVERIFY(entities.removeAlias(nvidia, QStringLiteral("엔비디아")).ok());
        a.body = QStringLiteral("엔비디아는 새 칩을 공개했다.");
        QVERIFY(analysis::ArticleAnalyzer::create(*m_db).value()->analyze(a).mentions.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<analysis::ArticleAnalyzer> m_analyzer;
    qint64 m_source = 0;
};

QTEST_GUILESS_MAIN(TestRecognizer)
#include "tst_recognizer.moc"
