#include "temporal/dateextractor.h"
#include "timeline/eventextractor.h"

#include <QTest>

using namespace chipline;
using namespace chipline::timeline;

// Rows: an article, its publication date, the entities in it as "surface=Canonical:TYPE"
// (every occurrence of the surface is a span) and the expected candidates in order as
// "date|category|actor,actor".
class TestEventExtractor final : public QObject
{
    Q_OBJECT

private:
    static QList<EntitySpan> spans(const QString &text, const QStringList &entities)
    {
        QList<EntitySpan> result;
        for (const QString &e : entities) {
            const QString surface = e.section(u'=', 0, 0);
            const QString canonical = e.section(u'=', 1).section(u':', 0, 0);
            const QString type = e.section(u':', -1);
            for (qsizetype at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1))
                result.append({at, at + surface.size(), canonical, type});
        }
        return result;
    }

    static QList<CandidateEvent> run(const QString &text, const QDate &reference, const QStringList &entities,
                                     const QString &language)
    {
        const EventExtractor extractor(TriggerVocabulary::builtIn().value(), TitleMaker::builtIn().value());
        const auto dates = temporal::DateExtractor().extract(text, reference, language);
        return extractor.extract(text, dates, spans(text, entities), language);
    }

private slots:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QString>("expected");
        const QStringList ko{QStringLiteral("엔비디아=Nvidia:ORG"), QStringLiteral("화웨이=Huawei:ORG"),
                             QStringLiteral("산업안보국=Bureau of Industry and Security:GOV"),
                             QStringLiteral("수출통제 명단=Entity List:RULE"), QStringLiteral("H20=H20:CHIP"),
                             QStringLiteral("중국=China:PLACE"), QStringLiteral("블룸버그통신=Bloomberg:MEDIA"),
                             QStringLiteral("젠슨 황=Jensen Huang:PERSON"), QStringLiteral("딥시크=DeepSeek:ORG")};
        const QStringList en{QStringLiteral("Nvidia=Nvidia:ORG"), QStringLiteral("Huawei=Huawei:ORG"),
                             QStringLiteral("Entity List=Entity List:RULE"), QStringLiteral("DeepSeek=DeepSeek:ORG"),
                             QStringLiteral("Bureau of Industry and Security=Bureau of Industry and Security:GOV")};
        const QDate ref(2025, 4, 16);
        const auto row = [&](const char *name, const char16_t *text, const QString &lang, const QStringList &ents,
                             const char16_t *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << lang << ref << ents << QString::fromUtf16(expected);
        };
        const QString k = QStringLiteral("ko");
        const QString e = QStringLiteral("en");
        row("entity-list", u"산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다.", k, ko,
            u"2025-04-15|entity-list|Bureau of Industry and Security,Entity List,Huawei");
        row("same-day-event", u"산업안보국은 15일(현지시간) 새 규정을 내놨다. 이날 화웨이를 수출통제 명단에 추가했다.", k, ko,
            u"2025-04-15|entity-list|Entity List,Huawei");
        row("media-is-not-an-actor", u"중국 당국은 지난 3일 H20 사용을 금지하는 방안을 검토 중이라고 블룸버그통신이 보도했다.", k, ko,
            u"2025-04-03|china-countermeasure|China,H20");
        row("quote-no-event", u"젠슨 황 CEO는 지난 3일 기자간담회에서 \"화웨이는 매우 강력한 경쟁자\"라고 말했다.", k, ko, u"");
        row("no-date-no-event", u"산업안보국은 화웨이를 수출통제 명단에 추가했다.", k, ko, u"");
        row("no-entity-no-event", u"당국은 지난 3일 신형 모델을 공개했다.", k, ko, u"");
        row("cut-sentence-no-event", u"딥시크는 지난 3일 신형 모델을 공개...", k, ko, u"");
        row("two-events", u"딥시크는 지난 3일 신형 모델을 공개했다. 엔비디아는 지난해 5월 공시를 통해 비용을 반영했다고 밝혔다.", k, ko,
            u"2025-04-03|product-launch|DeepSeek;2024-05|corporate-disclosure|Nvidia");
        row("en-entity-list", u"The Bureau of Industry and Security added Huawei to the Entity List on Tuesday.", e, en,
            u"2025-04-15|entity-list|Bureau of Industry and Security,Entity List,Huawei");
        row("en-launch", u"DeepSeek released its new model on April 9, 2025. \"Nvidia is ahead,\" he said on Monday.", e, en,
            u"2025-04-09|product-launch|DeepSeek");
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QDate, reference);
        QFETCH(QStringList, entities);
        QFETCH(QString, expected);
        QStringList got;
        for (const CandidateEvent &c : run(text, reference, entities, language))
            got << c.date.value() + u'|' + categoryCode(c.category) + u'|' + c.actors.join(u',');
        QCOMPARE(got.join(u';'), expected);
    }

    void titleAndEvidence()
    {
        const QString text = QStringLiteral("서론이다. 산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다.");
        const auto events = run(text, QDate(2025, 4, 16),
                                {QStringLiteral("산업안보국=Bureau of Industry and Security:GOV"),
                                 QStringLiteral("화웨이=Huawei:ORG")}, QStringLiteral("ko"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].title, QStringLiteral("산업안보국은 화웨이를 수출통제 명단에 추가"));
        QCOMPARE(text.mid(events[0].evidenceStart, events[0].evidenceEnd - events[0].evidenceStart),
                 QStringLiteral("산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다."));
        QCOMPARE(clusterKey(events[0]), QStringLiteral("entity-list|2025-04-15|Bureau of Industry and Security,Huawei"));
    }

    void titleDropsTheCutDateWithItsParticle()
    {
        const TitleMaker maker = TitleMaker::builtIn().value();
        const QString sentence = QStringLiteral("엔비디아는 이 조치로 1분기에 재고 관련 비용이 발생한다.");
        const qsizetype at = sentence.indexOf(QStringLiteral("1분기"));
        const QString title = maker.make(sentence, {{at, at + 3}});
        QVERIFY2(!title.contains(QStringLiteral(" 에 ")), qPrintable(title));
        QVERIFY2(title.startsWith(QStringLiteral("엔비디아는 이 조치로 재고 관련 비용이")), qPrintable(title));
    }

    void longTitlesAreCut()
    {
        const TitleMaker maker = TitleMaker::builtIn().value();
        const QString sentence = QStringLiteral("word ").repeated(40) + QStringLiteral("end.");
        const QString title = maker.make(sentence, {});
        QVERIFY(title.size() <= 80);
        QVERIFY(title.endsWith(u'…'));
    }

    void clusterKeyIgnoresPlacesAndOrder()
    {
        CandidateEvent a;
        a.category = EventCategory::EntityList;
        a.date = temporal::ResolvedDate::fromMonth(2025, 4);
        a.mainActors = {QStringLiteral("Huawei"), QStringLiteral("Bureau of Industry and Security")};
        a.mainActors.sort();
        CandidateEvent b = a;
        b.actors = {QStringLiteral("China")};
        QCOMPARE(clusterKey(a), clusterKey(b));
        b.date = temporal::ResolvedDate::fromDate(QDate(2025, 4, 9));
        QVERIFY(clusterKey(a) != clusterKey(b));
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
