#include "text/entitymatcher.h"
#include "text/gazetteer.h"

#include <QTest>

#include <memory>

using namespace chipline::text;
using namespace Qt::StringLiterals;

// Names no gazetteer lists, found by head words, titles and versions, then again at their
// other places in the text. Rows are "surface/TYPE" joined by '|'; the names are made up.
class TstOpenPatterns final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void koreanHeads_data();
    void koreanHeads();
    void persons_data();
    void persons();
    void english_data();
    void english();
    void versions_data();
    void versions();
    void propagation_data();
    void propagation();
    void originsOfPropagated();

private:
    QString render(QStringView text, bool withOrigin = false) const;
    static void addRows();
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<EntityMatcher> m_matcher;
};

void TstOpenPatterns::initTestCase()
{
    auto g = Gazetteer::builtIn();
    QVERIFY(g.ok());
    m_gazetteer = std::make_unique<Gazetteer>(std::move(g).value());
    m_matcher = std::make_unique<EntityMatcher>(*m_gazetteer);
}

QString TstOpenPatterns::render(QStringView text, bool withOrigin) const
{
    static const char *const origins[] = {"gaz", "abbr", "pat", "prop"};
    QStringList parts;
    for (const EntityMatch &m : m_matcher->match(text)) {
        QString part = text.sliced(m.start, m.length()).toString() + u'/' + entityTypeCode(m.type);
        if (withOrigin)
            part += u'/' + QLatin1StringView(origins[int(m.origin)]);
        parts << part;
    }
    return parts.join(u'|');
}

void TstOpenPatterns::addRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
}

void TstOpenPatterns::koreanHeads_data()
{
    addRows();
    QTest::newRow("brokerage, particle split") << u"미르하늘증권은 목표주가를 올렸다"_s << u"미르하늘증권/ORG"_s;
    QTest::newRow("group") << u"솔빛그룹의 계열사"_s << u"솔빛그룹/ORG"_s;
    QTest::newRow("generic head after an ordinary word") << u"시스템반도체 수요가 늘었다"_s << u""_s;
    QTest::newRow("head alone is no name") << u"관련 그룹 모두"_s << u""_s;
    QTest::newRow("province") << u"칭하이성에서 공장을 짓는다"_s << u"칭하이성/PLACE"_s;
    QTest::newRow("ordinary word ending in 성") << u"가능성이 높다. 지속가능성도"_s << u""_s;
    QTest::newRow("a quality, not a province") << u"탐구성과 외상성 질환"_s << u""_s;
    QTest::newRow("ordinary words ending in 부, 시, 국") << u"당시 대부분 전국에서"_s << u""_s;
    QTest::newRow("country + body is one GOV") << u"중국 국가에너지국은 밝혔다"_s << u"중국 국가에너지국/GOV"_s;
    QTest::newRow("province + body") << u"칭하이성 상무청이 발표했다"_s << u"칭하이성 상무청/GOV"_s;
    QTest::newRow("Japanese ministry") << u"일본 국토교통성은"_s << u"일본 국토교통성/GOV"_s;
    QTest::newRow("embassy with its seat") << u"주영 일본대사관은 부인했다"_s << u"주영 일본대사관/GOV"_s;
    QTest::newRow("newspaper") << u"동해일보가 보도했다"_s << u"동해일보/MEDIA"_s;
    QTest::newRow("law") << u"데이터산업진흥법이 통과됐다"_s << u"데이터산업진흥법/RULE"_s;
    QTest::newRow("digits are no stem") << u"2025시 정각"_s << u""_s;
    QTest::newRow("time when, not a city") << u"재직시 받은 돈과 보도시 쓴 이름"_s << u""_s;
    QTest::newRow("number before a name is not part of it") << u"09:38국가에너지국이"_s << u""_s;
    QTest::newRow("head inside a longer word") << u"솔빛그룹웨어를 샀다"_s << u""_s;
    QTest::newRow("ministry the dictionary lists") << u"교육부는 지침을 냈다"_s << u"교육부/GOV"_s;
    QTest::newRow("party the dictionary lists") << u"노동당은 반대했다"_s << u"노동당/ORG"_s;
    QTest::newRow("part of a whole is no ministry") << u"중심부와 남동부, 무승부"_s << u""_s;
    QTest::newRow("a condition is no ministry") << u"수출을 조건부로 허용하는 방안"_s << u""_s;
    QTest::newRow("dictionary words ending in 부 without a field of government")
        << u"세부 사항은 내부 검토를 거쳐 전부 공개하고 편집부와 지도부가 맡는다"_s << u""_s;
    QTest::newRow("ministries of a field of government")
        << u"국방부와 외교통상부, 산업통상자원부가 나섰다"_s << u"국방부/GOV|외교통상부/GOV|산업통상자원부/GOV"_s;
    QTest::newRow("a court's bench is a body of its story, as is a headquarters")
        << u"재판부는 질병관리본부에 물었다"_s << u"재판부/GOV|질병관리본부/GOV"_s;
    QTest::newRow("a country's armed forces")
        << u"북한군은 훈련했고 러시아군이 철수했다"_s << u"북한군/GOV|러시아군/GOV"_s;
    QTest::newRow("a city's universities")
        << u"부산대와 부산외대, 제주대학교 연구진"_s << u"부산대/ORG|부산외대/ORG|제주대학교/ORG"_s;
    QTest::newRow("a park is no university") << u"서울대공원에 갔다"_s << u""_s;
    QTest::newRow("the army of the story") << u"육군은 훈련을 마쳤다"_s << u"육군/GOV"_s;
    QTest::newRow("committees by their short form")
        << u"솔빛가족대책위와 국회 특위"_s << u"솔빛가족대책위/ORG|국회/GOV"_s;
    QTest::newRow("a country's authorities are the country") << u"칠레 당국은 밝혔다"_s << u"칠레/PLACE"_s;
    QTest::newRow("compounds ending in 시 or 성 are no places") << u"언론고시와 뉴스특성"_s << u""_s;
    QTest::newRow("duty or allowance is no party") << u"보도담당과 초과근로수당"_s << u""_s;
    QTest::newRow("police station") << u"솔빛경찰서는 수사에 나섰다"_s << u"솔빛경찰서/GOV"_s;
    QTest::newRow("hospital") << u"솔빛병원에 입원했다"_s << u"솔빛병원/ORG"_s;
    QTest::newRow("station and district") << u"솔빛역 앞, 한울구에서"_s << u"솔빛역/PLACE|한울구/PLACE"_s;
    QTest::newRow("compound of ordinary words is no place") << u"해상무역과 경제활동"_s << u""_s;
    QTest::newRow("police and prosecutors by the common noun")
        << u"경찰은 입건했고 검찰이 기소했다"_s << u"경찰/GOV|검찰/GOV"_s;
    QTest::newRow("police in compounds is no body") << u"경찰관과 교통경찰, 경찰청"_s << u"경찰청/GOV"_s;
    QTest::newRow("a country's police is one body") << u"일본 경찰은 밝혔다"_s << u"일본 경찰/GOV"_s;
    QTest::newRow("government of the story") << u"정부는 대책을 냈다"_s << u"정부/GOV"_s;
    QTest::newRow("a country's government is the country") << u"칠레 정부와 협의했다"_s << u"칠레/PLACE"_s;
    QTest::newRow("entertainment firm and national team")
        << u"솔빛엔터테인먼트 소속으로 축구대표팀에 뽑혔다"_s << u"솔빛엔터테인먼트/ORG|축구대표팀/ORG"_s;
    QTest::newRow("public corporation, not construction") << u"한울항공공사와 보수공사"_s << u"한울항공공사/ORG"_s;
    QTest::newRow("given name ending in 성 is no province")
        << u"차유성 의원과 칭하이성"_s << u"차유성/PERSON|칭하이성/PLACE"_s;
}

void TstOpenPatterns::koreanHeads()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstOpenPatterns::persons_data()
{
    addRows();
    QTest::newRow("Korean name, title") << u"왕지석 대변인은 말했다"_s << u"왕지석/PERSON"_s;
    QTest::newRow("Chinese name in Hangul") << u"둥하이룽 부부장은 말했다"_s << u"둥하이룽/PERSON"_s;
    QTest::newRow("Western name in Hangul") << u"해리엇 볼드윈 상원의원이 말했다"_s << u"해리엇 볼드윈/PERSON"_s;
    QTest::newRow("씨") << u"주민 고다인 씨는"_s << u"고다인/PERSON"_s;
    QTest::newRow("ordinary word before a title") << u"업계 대표는 회사 대변인과"_s << u""_s;
    QTest::newRow("verb forms before a title") << u"조금 늦겠다고 팀장에게 말했고 방침을 발표하는 대통령"_s << u""_s;
    QTest::newRow("adnominal before a foreign word and title") << u"그가 소개한 미국인 변호사"_s << u""_s;
    QTest::newRow("two roles joined by 겸") << u"가수 겸 배우 노하람 씨"_s << u"노하람/PERSON"_s;
}

void TstOpenPatterns::persons()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstOpenPatterns::english_data()
{
    addRows();
    QTest::newRow("title before") << u"Senator Marla Quint said the bill"_s << u"Marla Quint/PERSON"_s;
    QTest::newRow("apposition") << u"Owen Tarrant, a spokesperson for the office, said"_s << u"Owen Tarrant/PERSON"_s;
    QTest::newRow("company head") << u"Shares of Brightfen Robotics rose"_s << u"Brightfen Robotics/ORG"_s;
    QTest::newRow("ministry of") << u"the Ministry of Coastal Industry said"_s << u"Ministry of Coastal Industry/GOV"_s;
    QTest::newRow("commission, leading The dropped")
        << u"The Fair Chips Commission said"_s << u"Fair Chips Commission/GOV"_s;
    QTest::newRow("newspaper") << u"reported by the Harbor Gazette on"_s << u"Harbor Gazette/MEDIA"_s;
    QTest::newRow("act") << u"under the Fair Compute Act, firms"_s << u"Fair Compute Act/RULE"_s;
    QTest::newRow("lower-case head is no name") << u"the ruling group said"_s << u""_s;
    QTest::newRow("plural title is no title") << u"Analysts Dana Reed"_s << u""_s;
}

void TstOpenPatterns::english()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstOpenPatterns::versions_data()
{
    addRows();
    QTest::newRow("model version") << u"새 AI 모델 라온비 2.5를 공개했다"_s << u"라온비 2.5/MODEL"_s;
    QTest::newRow("verb form before a number") << u"엔비디아 칩 공장에 오는 345킬로볼트 송전선"_s << u"엔비디아/ORG"_s;
    QTest::newRow("model with tail") << u"the Quillon 3 Turbo model"_s << u"Quillon 3 Turbo/MODEL"_s;
    QTest::newRow("chip code") << u"가속기 ZK-220 칩을"_s << u"ZK-220/CHIP"_s;
    QTest::newRow("camel-case chip") << u"the NeoQuark 2.0 chip"_s << u"NeoQuark 2.0/CHIP"_s;
    QTest::newRow("percent is no version") << u"AI 모델 주가는 3.5% 올랐다"_s << u""_s;
    QTest::newRow("word and particle is no name") << u"AI 모델은 4.0을 넘었다"_s << u""_s;
    QTest::newRow("no cue, no version") << u"라온비 2.5"_s << u""_s;
    QTest::newRow("a date is no model") << u"the AI model launched on January 2, not Monday 3"_s << u""_s;
}

void TstOpenPatterns::versions()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstOpenPatterns::propagation_data()
{
    addRows();
    QTest::newRow("name again, particle split")
        << u"둥하이룽 부부장은 말했다. 둥하이룽은 덧붙였다"_s << u"둥하이룽/PERSON/pat|둥하이룽/PERSON/prop"_s;
    QTest::newRow("before its evidence too")
        << u"둥하이룽은 웃었다. 둥하이룽 부부장은"_s << u"둥하이룽/PERSON/prop|둥하이룽/PERSON/pat"_s;
    QTest::newRow("last name of a person")
        << u"Senator Marla Quint spoke. Quint said"_s << u"Marla Quint/PERSON/pat|Quint/PERSON/prop"_s;
    QTest::newRow("first word of a company")
        << u"Brightfen Robotics grew. Brightfen said"_s << u"Brightfen Robotics/ORG/pat|Brightfen/ORG/prop"_s;
    QTest::newRow("not inside a word") << u"솔빛그룹은 솔빛그룹웨어를"_s << u"솔빛그룹/ORG/pat"_s;
    // Each word start is checked on its first two units before any comparison: words that
    // share one or both with the name, then the name after punctuation and at the end.
    QTest::newRow("among words sharing its start")
        << u"둥하이룽 부부장은 말했다. 둥근 둥하 둥하이 “둥하이룽”, 둥하이룽"_s
        << u"둥하이룽/PERSON/pat|둥하이룽/PERSON/prop|둥하이룽/PERSON/prop"_s;
}

void TstOpenPatterns::propagation()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text, true), expected);
}

void TstOpenPatterns::originsOfPropagated()
{
    const QString text = u"둥하이룽 부부장은 말했다. 둥하이룽은"_s;
    const QList<EntityMatch> got = m_matcher->match(text);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[1].origin, MatchOrigin::Propagated);
    QCOMPARE(got[1].entity, -1);
    QCOMPARE(got[1].canonical, got[0].canonical);
    QVERIFY(got[1].confidence < got[0].confidence);
}

QTEST_GUILESS_MAIN(TstOpenPatterns)
#include "tst_openpatterns.moc"
