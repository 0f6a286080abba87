// One article's recognition run: what extraction proposes reaches ArticleAnalysis::events
// whole, the event model (date, category, title, modality, cluster key) with the passage.
#include "analysis/articleanalyzer.h"
#include "core/article.h"

#include <QTest>

using namespace chipline;

class TestArticleAnalyzer final : public QObject
{
    Q_OBJECT

private:
    static core::Article article(const QString &body, const QDate &published)
    {
        core::Article a;
        a.layout = QStringLiteral("text");
        a.body = body;
        a.language = core::guessLanguage(body);
        a.published = core::makeWallTime(published.year(), published.month(), published.day());
        return a;
    }

private slots:
    void initTestCase()
    {
        auto analyzer = analysis::ArticleAnalyzer::createBuiltIn();
        QVERIFY(analyzer.ok());
        m_analyzer = std::move(analyzer).value();
    }

    // Rows: an article body, its publication day, and its one event as
    // "date|category|modality|reported|effective|by-publication" and its cluster key.
    // Modalities other than asserted and the keys fail if the event model is not carried.
    void eventModel_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *name, const char16_t *body, const QDate &published, const char16_t *expected,
                            const char16_t *key) {
            QTest::newRow(name) << QString::fromUtf16(body) << published << QString::fromUtf16(expected)
                                << QString::fromUtf16(key);
        };
        const QDate april16(2025, 4, 16);
        row("ko-planned", u"산업안보국은 다음 달 화웨이를 수출통제 명단에 추가할 계획이라고 밝혔다.", april16,
            u"2025-05|entity-list|planned|||no", u"entity-list|2025-05|Bureau of Industry and Security,Huawei");
        row("en-considered",
            u"The Bureau of Industry and Security on Tuesday was weighing adding Huawei to the Entity List.", april16,
            u"2025-04-15|entity-list|considered|||no",
            u"entity-list|2025-04-15|Bureau of Industry and Security,Huawei");
        row("ko-reported",
            u"엔비디아는 15일(현지시간) 미국 정부가 지난 9일 H20을 수출하려면 허가를 받아야 한다고 알려왔다고 "
            u"밝혔다.",
            april16, u"2025-04-09|us-license-requirement|asserted|2025-04-15||no",
            u"us-license-requirement|2025-04-09|H20,Nvidia");
        row("ko-effective", u"중국 상무부는 9일 희토류 기술 수출을 통제하고 12월 1일부터 시행한다고 발표했다.",
            QDate(2025, 10, 10), u"2025-10-09|china-countermeasure|asserted||2025-12-01|no",
            u"china-countermeasure|2025-10-09|China Ministry of Commerce");
        row("ko-lead", u"엔비디아는 H20 칩을 수출하려면 미국 정부의 허가를 받아야 한다는 통보를 받았다.", april16,
            u"2025-04-16|us-license-requirement|asserted|||yes", u"us-license-requirement|2025-04-16|H20,Nvidia");
    }

    void eventModel()
    {
        QFETCH(QString, body);
        QFETCH(QDate, published);
        QFETCH(QString, expected);
        QFETCH(QString, key);
        const analysis::ArticleAnalysis found = m_analyzer->analyze(article(body, published));
        QCOMPARE(found.events.size(), 1);
        const analysis::FoundEvent &e = found.events.first();
        QCOMPARE(
            QStringList({e.date.value(), core::categoryCode(e.category), core::modalityCode(e.modality), e.reported,
                         e.effective, e.datedByPublication ? QStringLiteral("yes") : QStringLiteral("no")})
                .join(u'|'),
            expected);
        QCOMPARE(e.clusterKey, key);
        // The title maker's own words are its test's; here, that the title arrives.
        QVERIFY2(!e.title.isEmpty() && body.startsWith(e.title.section(u' ', 0, 0)), qPrintable(e.title));
        // A candidate of extraction's, not yet stored.
        QCOMPARE(e.id, 0);
        QCOMPARE(e.status, core::EventStatus::Candidate);
        QCOMPARE(e.origin, core::EventOrigin::Extraction);
    }

    // The passage is given in code points, the form storage keeps, past an astral character.
    void evidenceInCodePoints()
    {
        const QString lead = QStringLiteral("𝐀𝐁 서론이다. ");
        const QString sentence = QStringLiteral("산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다.");
        const QString body = lead + sentence;
        const analysis::ArticleAnalysis found = m_analyzer->analyze(article(body, QDate(2025, 4, 16)));
        QCOMPARE(found.events.size(), 1);
        const analysis::FoundEvent &e = found.events.first();
        QCOMPARE(e.evidenceStart, qint64(lead.toUcs4().size()));
        QCOMPARE(e.evidenceEnd, qint64(body.toUcs4().size()));
        QVERIFY(e.actors.contains(QStringLiteral("Huawei")));
    }

private:
    std::unique_ptr<analysis::ArticleAnalyzer> m_analyzer;
};

QTEST_GUILESS_MAIN(TestArticleAnalyzer)
#include "tst_articleanalyzer.moc"
