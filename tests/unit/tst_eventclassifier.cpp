#include "events/eventclassifier.h"

#include <QTest>

using namespace chipline::events;

// Rows: a sentence, the entity types in it, and the category code ("none": not an event).
class TestEventClassifier final : public QObject
{
    Q_OBJECT

private slots:
    void builtInVocabularyLoads()
    {
        const auto vocabulary = TriggerVocabulary::builtIn();
        QVERIFY2(vocabulary.ok(), vocabulary.ok() ? "" : qPrintable(vocabulary.error().message));
        QVERIFY(vocabulary->size() > 200);
    }

    void badVocabularyIsAnError()
    {
        const auto bad = TriggerVocabulary::fromTsv(u"공개했\tko\tlaunch\n");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("line 1")));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("expected");
        const QStringList org{QStringLiteral("ORG"), QStringLiteral("GOV"), QStringLiteral("CHIP")};
        const auto row = [&](const char *name, const char16_t *text, const char16_t *category,
                             const QStringList &types) {
            QTest::newRow(name) << QString::fromUtf16(text) << types << QString::fromUtf16(category);
        };
        row("entity-list", u"산업안보국은 지난 3일 화웨이를 수출통제 명단에 추가했다.", u"entity-list", org);
        row("license",
            u"엔비디아는 지난 3일 미 상무부로부터 H20을 중국에 수출하려면 허가를 받아야 한다는 통보를 받았다고 밝혔다.",
            u"us-license-requirement", org);
        row("approval", u"미국 정부는 지난 3일 엔비디아 H200의 대중 수출을 제한적으로 허용하기로 했다.",
            u"us-export-approval", org);
        row("china-ban",
            u"중국 당국은 지난 3일 공공부문에서 H20 사용을 금지하는 방안을 검토 중이라고 블룸버그통신이 보도했다.",
            u"china-countermeasure", org);
        row("disclosure",
            u"엔비디아는 지난 3일 증권거래위원회 공시를 통해 H20 관련 규제로 약 55억달러의 비용이 발생할 것이라고 "
            u"밝혔다.",
            u"corporate-disclosure", org);
        row("launch", u"딥시크는 지난 3일 신형 모델 R1을 공개했다.", u"product-launch", org);
        row("launch-needs-a-maker", u"정부는 지난 3일 신형 계획을 공개했다.", u"none",
            QStringList{QStringLiteral("PLACE")});
        row("enforcement", u"미 법무부는 H100을 밀수출한 혐의로 2명을 기소했다.", u"enforcement", org);
        row("rule", u"미 상무부는 대중 반도체 수출통제 강화 규정을 발표했다.", u"us-export-rule", org);
        row("allied", u"네덜란드 정부는 ASML 장비 수출 규제에 동참하기로 했다.", u"allied-control", org);
        row("diplomatic", u"미중 정상회담에서 관세 인하에 합의했다.", u"diplomatic", org);
        row("market", u"엔비디아 주가는 장 마감 후 시간외 거래에서 급락했다.", u"market", org);
        row("other", u"엔비디아는 멜라녹스 인수합병을 마무리했다.", u"other", org);
        row("negation", u"미국 정부는 H20 수출을 허용하지 않기로 했다.", u"none", org);
        row("quote-is-not-an-event",
            u"젠슨 황 CEO는 지난 3일 기자간담회에서 \"화웨이는 매우 강력한 경쟁자\"라고 말했다.", u"none", org);
        row("trigger-in-quote", u"그는 \"중국은 수출통제를 강화할 것\"이라고 말했다.", u"none", org);
        row("background", u"2019년 이후 일본의 반도체 장비 수입은 꾸준히 늘었다.", u"none", org);
        row("not-disclosed", u"엔비디아 측은 'H20' 생산 계획을 공개하지 않았다.", u"none", org);
        row("en-license",
            u"Nvidia said on Tuesday that the Commerce Department now requires a license to ship H20 chips to China.",
            u"us-license-requirement", org);
        row("en-entity-list", u"The Bureau of Industry and Security added Huawei to the Entity List on Tuesday.",
            u"entity-list", org);
        row("en-launch", u"DeepSeek released its V3.2 model on Tuesday.", u"product-launch", org);
        row("en-quote", u"\"China is not behind,\" Jensen Huang told reporters.", u"none", org);
        row("en-background", u"Analysts expect demand for HBM to outstrip supply in Taiwan this year.", u"none", org);
        row("en-word-boundary", u"The banner was unbanned.", u"none", org);
    }

    void classify()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, types);
        QFETCH(QString, expected);
        const EventClassifier classifier(TriggerVocabulary::builtIn().value());
        QCOMPARE(categoryCode(classifier.classify(sentence, types).category), expected);
    }
};

QTEST_GUILESS_MAIN(TestEventClassifier)
#include "tst_eventclassifier.moc"
