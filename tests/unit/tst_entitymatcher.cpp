#include "text/entitymatcher.h"
#include "text/gazetteer.h"

#include <QTest>

#include <memory>

using namespace chipline::text;
using namespace Qt::StringLiterals;

// Matches rendered as "surface/TYPE" joined by '|', so rows read like the text they test.
class TstEntityMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesOutliveTheMatcher();
    void gazetteer_data();
    void gazetteer();
    void particles_data();
    void particles();
    void abbreviations_data();
    void abbreviations();
    void patterns_data();
    void patterns();
    void offsetsIntoNfdInput();
    void conjoiningJamo_data();
    void conjoiningJamo();
    void originsAndCanonicalNames();
    void userEntitiesOverride();
    void wideBranchesAndFailureLinks();

private:
    QString render(QStringView text) const;
    void addRows();
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<EntityMatcher> m_matcher;
};

void TstEntityMatcher::initTestCase()
{
    auto g = Gazetteer::builtIn();
    QVERIFY(g.ok());
    m_gazetteer = std::make_unique<Gazetteer>(std::move(g).value());
    m_matcher = std::make_unique<EntityMatcher>(*m_gazetteer);
}

QString TstEntityMatcher::render(QStringView text) const
{
    QStringList parts;
    for (const EntityMatch &m : m_matcher->match(text))
        parts << text.sliced(m.start, m.length()).toString() + u'/' + entityTypeCode(m.type);
    return parts.join(u'|');
}

void TstEntityMatcher::addRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
}

void TstEntityMatcher::gazetteer_data()
{
    addRows();
    QTest::newRow("longest: 중국 상무부 is one GOV") << u"중국 상무부는 반발했다."_s << u"중국 상무부/GOV"_s;
    QTest::newRow("longest: 어센드 910D over 어센드")
        << u"화웨이는 어센드 910D를 공개했다."_s << u"화웨이/ORG|어센드 910D/CHIP"_s;
    QTest::newRow("bare 어센드 is the family") << u"어센드 칩 생산"_s << u"어센드/CHIP"_s;
    QTest::newRow("H20 not inside H200") << u"H200 and H20 differ"_s << u"H200/CHIP|H20/CHIP"_s;
    QTest::newRow("R1 not inside R100") << u"R100 is not R1."_s << u"R1/MODEL"_s;
    QTest::newRow("AMD not inside AMDX") << u"AMDX or XAMD, but AMD."_s << u"AMD/ORG"_s;
    QTest::newRow("V3.2 not inside V3.25") << u"V3.25 vs V3.2"_s << u"V3.2/MODEL"_s;
    QTest::newRow("quotes and parens") << u"'H20' (H20) \"H20\""_s << u"H20/CHIP|H20/CHIP|H20/CHIP"_s;
    QTest::newRow("name at start and end") << u"엔비디아 대 화웨이"_s << u"엔비디아/ORG|화웨이/ORG"_s;
    QTest::newRow("one-word text") << u"TSMC"_s << u"TSMC/ORG"_s;
    QTest::newRow("full-width Latin") << u"ＮＶＩＤＩＡ의 Ｈ２０"_s << u"ＮＶＩＤＩＡ/ORG|Ｈ２０/CHIP"_s;
    QTest::newRow("case folding") << u"nvidia and HUAWEI"_s << u"nvidia/ORG|HUAWEI/ORG"_s;
    QTest::newRow("case-sensitive alias") << u"Arm designs, ARM too; an arm and a leg"_s << u"Arm/ORG|ARM/ORG"_s;
    QTest::newRow("space runs and nbsp") << u"무어   스레드와 젠슨\u00A0황"_s
                                         << u"무어   스레드/ORG|젠슨\u00A0황/PERSON"_s;
    // A hit's start is its end less the key's length unless the key has a space: names
    // without one after space runs, and one with a space inside and before a run.
    QTest::newRow("names after space runs") << u"관계자는   엔비디아와\u00A0\u00A0화웨이를  무어  스레드"_s
                                            << u"엔비디아/ORG|화웨이/ORG|무어  스레드/ORG"_s;
    QTest::newRow("alias never spans lines") << u"젠슨\n황"_s << u""_s;
    QTest::newRow("인텔 not in 인텔리전스") << u"비즈니스 인텔리전스 소프트웨어"_s << u""_s;
    QTest::newRow("대만 not in 대만족") << u"소비자들은 대만족했다."_s << u""_s;
    QTest::newRow("한국 not in 한국어") << u"한국어 교육"_s << u""_s;
    QTest::newRow("hangul after hangul start") << u"주대만 대표부"_s << u""_s;
    QTest::newRow("Han without spaces") << u"美国商务部将华为列入实体清单"_s
                                        << u"美国商务部/GOV|华为/ORG|实体清单/RULE"_s;
    QTest::newRow("English sentence")
        << u"The Bureau of Industry and Security added SMIC to the Entity List on Monday."_s
        << u"Bureau of Industry and Security/GOV|SMIC/ORG|Entity List/RULE"_s;
    QTest::newRow("HBM with its parenthesis as one alias")
        << u"고대역폭메모리(HBM) 공급"_s << u"고대역폭메모리(HBM)/CHIP"_s;
    QTest::newRow("Gemini 3 Pro written with digit attached")
        << u"제미나이3 프로를 내놨다"_s << u"제미나이3 프로/MODEL"_s;
    QTest::newRow("name before a final period") << u"H20 공급은 블룸버그."_s << u"H20/CHIP|블룸버그/MEDIA"_s;
    QTest::newRow("Hangul name then digit is not a match") << u"제미나이3 출시"_s << u""_s;
}

void TstEntityMatcher::gazetteer()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstEntityMatcher::particles_data()
{
    addRows();
    QTest::newRow("은") << u"엔비디아는 밝혔다"_s << u"엔비디아/ORG"_s;
    QTest::newRow("Latin + 는") << u"AMD는 밝혔다"_s << u"AMD/ORG"_s;
    QTest::newRow("digit + 을") << u"H20을 팔았다"_s << u"H20/CHIP"_s;
    QTest::newRow("digit + 에") << u"H20에 대한"_s << u"H20/CHIP"_s;
    QTest::newRow("과의") << u"미국과의 협상"_s << u"미국/PLACE"_s;
    QTest::newRow("에서는") << u"화웨이에서는 부인했다"_s << u"화웨이/ORG"_s;
    QTest::newRow("으로부터") << u"미 상무부로부터 통보"_s << u"미 상무부/GOV"_s;
    QTest::newRow("으로부터는 (chain)") << u"중국으로부터는 없었다"_s << u"중국/PLACE"_s;
    QTest::newRow("이라는") << u"중국이라는 시장"_s << u"중국/PLACE"_s;
    QTest::newRow("측은") << u"엔비디아 측은 부인했다"_s << u"엔비디아/ORG"_s;
    QTest::newRow("측은 attached") << u"엔비디아측은 부인했다"_s << u"엔비디아/ORG"_s;
    QTest::newRow("발 headline") << u"중국발 공급 충격"_s << u"중국/PLACE"_s;
    QTest::newRow("particle at text end") << u"범인은 트럼프였다"_s << u"트럼프/PERSON"_s;
    QTest::newRow("particle then punctuation") << u"대만도, 일본도."_s << u"대만/PLACE|일본/PLACE"_s;
    QTest::newRow("non-particle tail") << u"미국인 관광객"_s << u""_s;
    QTest::newRow("place and its head") << u"텍사스주에 공장"_s << u"텍사스주/PLACE"_s;
    QTest::newRow("place, head and particles") << u"애리조나주에서는 평택시와"_s << u"애리조나주/PLACE|평택시/PLACE"_s;
    QTest::newRow("head, then more word") << u"미국주식 투자"_s << u""_s;
    QTest::newRow("paren then particle") << u"'H200'을 포함"_s << u"H200/CHIP"_s;
}

void TstEntityMatcher::particles()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstEntityMatcher::abbreviations_data()
{
    addRows();
    QTest::newRow("FT in parentheses, then again") << u"파이낸셜타임스(FT)에 따르면 ... FT는 전했다. 다른 ft 단위."_s
                                                   << u"파이낸셜타임스/MEDIA|FT/MEDIA|FT/MEDIA"_s;
    QTest::newRow("WSJ is an alias already")
        << u"월스트리트저널(WSJ)에 따르면"_s << u"월스트리트저널/MEDIA|WSJ/MEDIA"_s;
    QTest::newRow("SEC after the Korean name")
        << u"미국 증권거래위원회(SEC)에 제출했다. SEC는"_s << u"미국 증권거래위원회/GOV|SEC/GOV|SEC/GOV"_s;
    QTest::newRow("Korean name, English name in parens")
        << u"어센드(Ascend) 칩, Ascend 칩"_s << u"어센드/CHIP|Ascend/CHIP|Ascend/CHIP"_s;
    QTest::newRow("not an abbreviation: (사진), (79)")
        << u"트럼프(79) 대통령, 트럼프(사진)"_s << u"트럼프/PERSON|트럼프/PERSON"_s;
    QTest::newRow("abbreviation only counts after its definition")
        << u"XYZ 이전. 캠브리콘(XYZ) 이후 XYZ"_s << u"캠브리콘/ORG|XYZ/ORG|XYZ/ORG"_s;
}

void TstEntityMatcher::abbreviations()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstEntityMatcher::patterns_data()
{
    addRows();
    QTest::newRow("interview marker") << u"<제임스 하워드 / 美 조지타운대 교수> \"공급망 자립은 과제입니다.\""_s
                                      << u"제임스 하워드/PERSON|조지타운대/ORG"_s;
    QTest::newRow("native name + title") << u"업계에 따르면 김철수 대표는 말했다"_s << u"김철수/PERSON"_s;
    QTest::newRow("two-part foreign name + title") << u"에밀리 카터 연구원은 말했다"_s << u"에밀리 카터/PERSON"_s;
    QTest::newRow("name, known org, title") << u"박영수 삼성전자 사장이 말했다"_s << u"박영수/PERSON|삼성전자/ORG"_s;
    QTest::newRow("gazetteer person wins") << u"젠슨 황 CEO는 말했다"_s << u"젠슨 황/PERSON"_s;
    QTest::newRow("common noun before title") << u"업계 대표 기업, 반도체 업계 대표는"_s << u""_s;
    QTest::newRow("title inside a longer word") << u"둥하이룽 대표적 사례"_s << u""_s;
    QTest::newRow("chip number with context") << u"엔비디아의 B200 칩"_s << u"엔비디아/ORG|B200/CHIP"_s;
    QTest::newRow("unknown chip number") << u"신형 B250 칩을 공개"_s << u"B250/CHIP"_s;
    QTest::newRow("model number without context") << u"B52 폭격기가 떴다"_s << u""_s;
    QTest::newRow("lower case is not a model") << u"b250 chip"_s << u""_s;
    QTest::newRow("Instinct number") << u"MI450X 출시"_s << u"MI450X/CHIP"_s;
    QTest::newRow("Ascend number") << u"어센드 930C를 공개"_s << u"어센드 930C/CHIP"_s;
    QTest::newRow("short given name") << u"숀 스탠턴 상원의원은 말했다"_s << u"숀 스탠턴/PERSON"_s;
    QTest::newRow("given name ending like 회사") << u"멜리사 애시워스 교수는 말했다"_s << u"멜리사 애시워스/PERSON"_s;
    QTest::newRow("given name with particle") << u"업체들이 애시워스 교수를 불렀다"_s << u"애시워스/PERSON"_s;
    QTest::newRow("name after title") << u"국가인터넷정보판공실 대변인 앤드루 오코너는 부인했다"_s
                                      << u"국가인터넷정보판공실/GOV|앤드루 오코너/PERSON"_s;
    QTest::newRow("name after title and abbreviation")
        << u"최고경영자(CEO) 멜리사 프레스콧은 말했다"_s << u"멜리사 프레스콧/PERSON"_s;
    QTest::newRow("native name after title") << u"브리핑에서 대변인 왕원빈은 말했다"_s << u"왕원빈/PERSON"_s;
    QTest::newRow("no name after title") << u"대변인 브리핑에서 장관 후보자는"_s << u""_s;
    QTest::newRow("report source") << u"수요가 늘었다고 신경보가 보도했다"_s << u"신경보/MEDIA"_s;
    QTest::newRow("report source citing") << u"동방뉴스는 소식통을 인용해 전했다"_s << u"동방뉴스/MEDIA"_s;
    QTest::newRow("source with abbreviation")
        << u"글로벌칩와이어(GCW)에 따르면 수요가 늘었다. GCW는 또"_s << u"글로벌칩와이어/MEDIA|GCW/MEDIA|GCW/MEDIA"_s;
    QTest::newRow("ordinary source") << u"업계에 따르면 관계자가 보도했다"_s << u""_s;
    QTest::newRow("list items take their neighbour's type")
        << u"수혜 기업으로는 구글·케텔·한결반도체·바이트댄스 등이 거론된다. 케텔은"_s
        << u"구글/ORG|케텔/ORG|한결반도체/ORG|바이트댄스/ORG|케텔/ORG"_s;
    QTest::newRow("last list item loses its particle")
        << u"바이트댄스·코바인을 꼽았다"_s << u"바이트댄스/ORG|코바인/ORG"_s;
    QTest::newRow("ordinary list items") << u"엔비디아·반도체·배터리"_s << u"엔비디아/ORG"_s;
    QTest::newRow("listed company and its rule") << u"산업안보국은 세닉스를 칩설계지원 특별법에 추가했다"_s
                                                 << u"산업안보국/GOV|세닉스/ORG|칩설계지원 특별법/RULE"_s;
    QTest::newRow("rule as grounds, fined company")
        << u"당국은 반도체장비 최종용도 규정을 근거로 케렉스에 과징금을 부과했다"_s
        << u"반도체장비 최종용도 규정/RULE|케렉스/ORG"_s;
    QTest::newRow("rule before its decree")
        << u"이번 데이터센터 인증 규정 시행령을 입법예고했다"_s << u"데이터센터 인증 규정/RULE"_s;
    QTest::newRow("company leading its sentence") << u"나래정밀은 18일 공시를 통해 밝혔다."_s << u"나래정밀/ORG"_s;
    QTest::newRow("after a source") << u"신경보에 따르면 제로나는 자체 칩 비중을 늘렸다."_s
                                    << u"신경보/MEDIA|제로나/ORG"_s;
    QTest::newRow("no company without a cue") << u"케텔은 말을 아꼈다."_s << u""_s;
    QTest::newRow("a place with its particle is no subject") << u"이곳에는 공장이 들어선다."_s << u""_s;
    QTest::newRow("a rate is no company") << u"수율이 낮아 양산이 늦다."_s << u""_s;
    QTest::newRow("a plural of an ordinary word is no company") << u"투자자들은 실적 발표를 기다렸다."_s << u""_s;
}

void TstEntityMatcher::patterns()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstEntityMatcher::offsetsIntoNfdInput()
{
    // 엔비디아는 대만에서 in NFD: offsets must point into this text, not its NFC form.
    const QString nfc = u"엔비디아는 대만에서 H20을"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd.size() > nfc.size());
    const QList<EntityMatch> got = m_matcher->match(nfd);
    QCOMPARE(got.size(), 3);
    QCOMPARE(QStringView(nfd).sliced(got[0].start, got[0].length()).toString().normalized(QString::NormalizationForm_C),
             u"엔비디아"_s);
    QCOMPARE(QStringView(nfd).sliced(got[1].start, got[1].length()).toString().normalized(QString::NormalizationForm_C),
             u"대만"_s);
    QCOMPARE(nfd.sliced(got[2].start, got[2].length()), u"H20"_s);
    QCOMPARE(got[2].end, nfd.indexOf(u"H20"_s) + 3);
}

// A lone conjoining jamo (typed as an emoticon) stays one after NFC; the text must not
// lose its matches because of it.
void TstEntityMatcher::conjoiningJamo_data()
{
    addRows();
    QTest::newRow("vowel jamo pair, Korean") << u"\u1172\u1172 엔비디아는 대만에서"_s << u"엔비디아/ORG|대만/PLACE"_s;
    QTest::newRow("jamo at the end") << u"H20을 샀다 \u1172\u1172"_s << u"H20/CHIP"_s;
    QTest::newRow("final-consonant jamo alone") << u"화웨이\u11A8 그리고 TSMC"_s << u"TSMC/ORG"_s;
    QTest::newRow("jamo beside NFD text") << (u"\u1172 "_s + u"대만"_s.normalized(QString::NormalizationForm_D))
                                          << u"대만/PLACE"_s.normalized(QString::NormalizationForm_D);
    QTest::newRow("compatibility jamo was fine") << u"ㅠㅠ 엔비디아"_s << u"엔비디아/ORG"_s;
}

void TstEntityMatcher::conjoiningJamo()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

// Canonical names are interned without a reference count (shared by every matching thread);
// a match kept after its matcher and gazetteer are gone must still read its name.
void TstEntityMatcher::namesOutliveTheMatcher()
{
    QList<EntityMatch> kept;
    {
        Gazetteer own = Gazetteer::builtIn().value();
        const EntityMatcher matcher(own);
        kept = matcher.match(u"엔비디아와 화웨이"_s);
        const QList<EntityMatch> again = matcher.match(u"엔비디아"_s);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].canonical.constData(), kept[0].canonical.constData()); // one copy of the name
    }
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept[0].canonical, u"Nvidia"_s);
    QCOMPARE(kept[1].canonical, u"Huawei"_s);
    QString edited = kept[0].canonical;
    edited.append(u" Corp."_s); // a copy may still change, on its own
    QCOMPARE(edited, u"Nvidia Corp."_s);
    QCOMPARE(kept[0].canonical, u"Nvidia"_s);
}

void TstEntityMatcher::originsAndCanonicalNames()
{
    const QString text = u"파이낸셜타임스(FT)는 B250 칩을 보도했다"_s;
    const QList<EntityMatch> got = m_matcher->match(text);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].origin, MatchOrigin::Gazetteer);
    QCOMPARE(got[0].canonical, u"Financial Times"_s);
    QCOMPARE(got[0].entity, m_gazetteer->entityId(u"Financial Times"));
    QCOMPARE(got[1].origin, MatchOrigin::Abbreviation);
    QCOMPARE(got[1].entity, got[0].entity);
    QCOMPARE(got[2].origin, MatchOrigin::Pattern);
    QCOMPARE(got[2].entity, -1);
    QCOMPARE(got[2].canonical, u"B250"_s);
    QVERIFY(got[2].confidence < got[0].confidence);
    // A known place with its head is that place: 텍사스주 is Texas, not a new name.
    const QString state = u"텍사스주의 공장"_s;
    const QList<EntityMatch> place = m_matcher->match(state);
    QCOMPARE(place.size(), 1);
    QCOMPARE(place[0].length(), 4);
    QCOMPARE(place[0].origin, MatchOrigin::Gazetteer);
    QCOMPARE(place[0].canonical, u"Texas"_s);
    QCOMPARE(place[0].entity, m_gazetteer->entityId(u"Texas"));
}

void TstEntityMatcher::userEntitiesOverride()
{
    Gazetteer g = *m_gazetteer;
    const int mine = g.addEntity(u"Example Fab"_s, EntityType::Org);
    QVERIFY(g.addAlias(mine, u"예시팹"_s, u"ko"_s).ok());
    QVERIFY(g.addAlias(mine, u"HBM"_s, u"en"_s).ok()); // steals a built-in alias
    QVERIFY(g.removeAlias(u"트럼프"));
    const EntityMatcher matcher(g);
    const QString text = u"예시팹은 HBM을, 트럼프는"_s;
    const QList<EntityMatch> got = matcher.match(text);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].entity, mine);
    QCOMPARE(got[1].entity, mine);
    QCOMPARE(got[1].canonical, u"Example Fab"_s);
}

// The automaton keeps three edges of a state inline and the rest elsewhere; Han needs no
// word boundary, so these keys meet inside one run of text and exercise failure links
// into a state whose edge is one of the far ones.
void TstEntityMatcher::wideBranchesAndFailureLinks()
{
    Gazetteer g;
    const QStringList keys{u"中芯國際"_s, u"中興通訊"_s, u"中國移動"_s, u"中科曙光"_s,
                           u"中電科"_s,   u"科大訊飛"_s, u"國際"_s};
    for (const QString &key : keys)
        QVERIFY(g.addAlias(g.addEntity(key, EntityType::Org), key, u"zh"_s).ok());
    const EntityMatcher matcher(g);
    const auto spans = [&matcher](const QString &text) {
        QStringList out;
        for (const EntityMatch &m : matcher.match(text))
            out << text.sliced(m.start, m.length()) + u'@' + QString::number(m.start);
        return out.join(u' ');
    };
    // Every branch of 中, the far ones included.
    QCOMPARE(spans(u"中電科、中科曙光、中國移動、中興通訊和中芯國際"_s),
             u"中電科@0 中科曙光@4 中國移動@9 中興通訊@14 中芯國際@19"_s);
    // 中科 is no key: the scan falls back to 科 and finds 科大訊飛 one unit later.
    QCOMPARE(spans(u"中科大訊飛"_s), u"科大訊飛@1"_s);
    // From 中國 (a far branch) the failure link leads to 國, which starts 國際.
    QCOMPARE(spans(u"中國際"_s), u"國際@1"_s);
    QCOMPARE(spans(u"中中芯中國移中興通訊"_s), u"中興通訊@6"_s);
}

QTEST_GUILESS_MAIN(TstEntityMatcher)
#include "tst_entitymatcher.moc"
