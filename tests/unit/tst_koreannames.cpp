#include "text/entitymatcher.h"
#include "text/gazetteer.h"

#include <QTest>

#include <memory>

using namespace chipline::text;
using namespace Qt::StringLiterals;

// Korean personal names by their own shape (text::KoreanNames), through the whole matcher.
// Rows are "surface/TYPE" joined by '|'; every name is made up.
class TstKoreanNames final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void names_data();
    void names();
    void notNames_data();
    void notNames();
    void localPersons_data();
    void localPersons();
    void wordStarts_data();
    void wordStarts();

private:
    static void addRows();
    QString render(QStringView text) const;
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<EntityMatcher> m_matcher;
};

void TstKoreanNames::initTestCase()
{
    auto g = Gazetteer::builtIn();
    QVERIFY(g.ok());
    m_gazetteer = std::make_unique<Gazetteer>(std::move(g).value());
    m_matcher = std::make_unique<EntityMatcher>(*m_gazetteer);
}

QString TstKoreanNames::render(QStringView text) const
{
    QStringList parts;
    for (const EntityMatch &m : m_matcher->match(text))
        parts << text.sliced(m.start, m.length()).toString() + u'/' + entityTypeCode(m.type);
    return parts.join(u'|');
}

void TstKoreanNames::addRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
}

void TstKoreanNames::names_data()
{
    addRows();
    QTest::newRow("name and subject particle") << u"그 자리에서 차유진은 말을 아꼈다"_s << u"차유진/PERSON"_s;
    QTest::newRow("name and two particles") << u"회의에는 차유진에게서 온 편지가 있었다"_s << u"차유진/PERSON"_s;
    QTest::newRow("name before 씨") << u"주민 도하솔 씨가 신고했다"_s << u"도하솔/PERSON"_s;
    QTest::newRow("name with 씨 attached") << u"도하솔씨는 집에 있었다"_s << u"도하솔/PERSON"_s;
    QTest::newRow("name and age") << u"회사원 도하솔(34)이 다쳤다"_s << u"도하솔/PERSON"_s;
    QTest::newRow("two-syllable surname") << u"남궁다온 씨가 웃었다"_s << u"남궁다온/PERSON"_s;
    QTest::newRow("role word before") << u"배우 도하솔이 주연을 맡았다"_s << u"도하솔/PERSON"_s;
    QTest::newRow("surname and 모 with age") << u"경찰은 차모(41)씨를 붙잡았다"_s << u"경찰/GOV|차모/PERSON"_s;
    QTest::newRow("surname alone before 씨") << u"이웃 노 씨는 말했다"_s << u"노/PERSON"_s;
    QTest::newRow("surname alone before a title") << u"노 의원은 반대했다"_s << u"노/PERSON"_s;
    QTest::newRow("capital letter before 씨") << u"B씨는 혐의를 부인했다"_s << u"B/PERSON"_s;
    QTest::newRow("capital letter, age, 씨") << u"법원은 B(52)씨에게 벌금을 물렸다"_s << u"B/PERSON"_s;
    QTest::newRow("capital letter and 군") << u"A군은 학교에 갔다"_s << u"A/PERSON"_s;
    QTest::newRow("capital letter, age, 양") << u"B(16)양이 발견됐다"_s << u"B/PERSON"_s;
    QTest::newRow("given name ending in 현 is no county") << u"어제 윤다현은 귀국했다"_s << u"윤다현/PERSON"_s;
    QTest::newRow("prefix-like surname with a title") << u"반덤핑 의원은 반대했다"_s << u"반덤핑/PERSON"_s;
    QTest::newRow("honorific after the title") << u"노무진 대통령님이 말했다"_s << u"노무진/PERSON"_s;
    QTest::newRow("former before the title") << u"노무진 전 국무총리가 말했다"_s << u"노무진/PERSON"_s;
    QTest::newRow("surname alone, former, title") << u"차 전 상무는 소환됐다"_s << u"차/PERSON"_s;
    QTest::newRow("surname, 모 and a rank") << u"도모 상병의 유품이 왔다"_s << u"도모/PERSON"_s;
    QTest::newRow("surname, 모 and 씨 apart") << u"이날 도 모 씨와 만났다"_s << u"도 모/PERSON"_s;
    QTest::newRow("foreign name and age") << u"공부하는 하리타 벨스(27)는 말했다"_s << u"하리타 벨스/PERSON"_s;
    QTest::newRow("foreign name, age and note") << u"결승에서 쑨메이린(22·한국)과"_s << u"쑨메이린/PERSON|한국/PLACE"_s;
    QTest::newRow("former holder before the title")
        << u"새뮤얼 코들리 전임 사령관의 뒤를"_s << u"새뮤얼 코들리/PERSON"_s;
    QTest::newRow("particle agreeing with the name")
        << u"류하진의 투구와 차유진을"_s << u"류하진/PERSON|차유진/PERSON"_s;
}

void TstKoreanNames::names()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstKoreanNames::notNames_data()
{
    addRows();
    QTest::newRow("ordinary word and particle") << u"상대는 사실을 밝혔다"_s << u""_s;
    QTest::newRow("verb made a noun") << u"이익을 지키기 위한 조치"_s << u""_s;
    QTest::newRow("prefix before an ordinary word") << u"수입품에 대한 반덤핑 조사"_s << u""_s;
    QTest::newRow("plural") << u"이들은 모였다"_s << u""_s;
    QTest::newRow("verb form") << u"원인으로 추정되는 화재"_s << u""_s;
    QTest::newRow("past verb form") << u"물이 사라진 강"_s << u""_s;
    QTest::newRow("quotative ending") << u"그렇게 한다는 계획"_s << u""_s;
    QTest::newRow("ordinary word cut short") << u"최종예선에 올랐다"_s << u""_s;
    QTest::newRow("former, not a surname") << u"전 의원은 반대했다"_s << u""_s;
    QTest::newRow("one, not a surname") << u"한 의원은 반대했다"_s << u""_s;
    QTest::newRow("letter without 씨") << u"B등급을 받았다"_s << u""_s;
    QTest::newRow("group A bacteria") << u"A군 연쇄상구균이 늘었다"_s << u""_s;
    QTest::newRow("surname-led word and Latin") << u"장기전5 대회"_s << u""_s;
    QTest::newRow("particle disagreeing: one word") << u"작은 도라마을을 찾았다"_s << u""_s;
    QTest::newRow("demonstrative and a leaning word") << u"이같은 내용과 이밖에 그마저도"_s << u""_s;
    QTest::newRow("connective 자 and 서") << u"공이 나오자 막았고 조금 지나서 당선자가 나왔다"_s << u""_s;
    QTest::newRow("contracted 하지") << u"사정은 여의치 않았다"_s << u""_s;
    QTest::newRow("a passive before a connective") << u"공개가 금지됐던 초상화"_s << u""_s;
    QTest::newRow("object before 대표") << u"개정안을 대표 발의했다"_s << u""_s;
    QTest::newRow("subject before a title") << u"기자들이 몰린 곳은 배우 대기실이었다"_s << u""_s;
    QTest::newRow("a clause before a foreign-looking name")
        << u"특집으로 꾸며진 가운데 배우 도하나가"_s << u"도하나/PERSON"_s;
    QTest::newRow("ㄹ dropped before ㄴ") << u"작품을 만든 팝아트 작가가 말했다"_s << u""_s;
    QTest::newRow("district after a city") << u"부산시 사하구 하단동에서"_s << u"부산시/PLACE|하단동/PLACE"_s;
}

void TstKoreanNames::notNames()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

void TstKoreanNames::localPersons_data()
{
    addRows();
    // "surface/local" or "surface/corpus": a surname alone or a letter is someone in this
    // article only, as is the police of its story; a full name may be the same person in
    // another article.
    QTest::newRow("letter before 씨") << u"B씨는 조사를 받았다"_s << u"B/local"_s;
    QTest::newRow("surname before a title") << u"노 의원은 반대했다"_s << u"노/local"_s;
    QTest::newRow("police of the story") << u"경찰은 밝혔다"_s << u"경찰/local"_s;
    QTest::newRow("surname and 모 with an age") << u"차모(41)씨는"_s << u"차모/local"_s;
    QTest::newRow("surname and 모 before a rank") << u"도모 상병의"_s << u"도모/local"_s;
    QTest::newRow("full name") << u"차유진 씨는 말했다"_s << u"차유진/corpus"_s;
}

void TstKoreanNames::localPersons()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QStringList parts;
    for (const EntityMatch &m : m_matcher->match(text))
        parts << text.sliced(m.start, m.length()) + (m.local ? u"/local"_s : u"/corpus"_s);
    QCOMPARE(parts.join(u'|'), expected);
}

// The scan looks further only at a word's first unit when it may lead a name (a surname
// syllable, a capital letter): a name after any kind of boundary is still found, one
// inside a word is not.
void TstKoreanNames::wordStarts_data()
{
    addRows();
    QTest::newRow("first in the text") << u"차유진은 말했다"_s << u"차유진/PERSON"_s;
    QTest::newRow("last in the text") << u"말한 사람은 차유진"_s << u"차유진/PERSON"_s;
    QTest::newRow("after a quote") << u"“차유진은 말했다”"_s << u"차유진/PERSON"_s;
    QTest::newRow("after a line break") << u"첫 줄\n차유진은 말했다"_s << u"차유진/PERSON"_s;
    QTest::newRow("after a middle dot") << u"대표·차유진은 말했다"_s << u"차유진/PERSON"_s;
    QTest::newRow("two in a row") << u"차유진과 노하람은 만났다"_s << u"차유진/PERSON|노하람/PERSON"_s;
    QTest::newRow("inside a Hangul word") << u"가차유진은 말했다"_s << u""_s;
    QTest::newRow("after Latin letters") << u"X차유진은 말했다"_s << u""_s;
    QTest::newRow("after digits") << u"3차유진은 말했다"_s << u""_s;
    QTest::newRow("letter after a parenthesis") << u"(B씨는 부인했다)"_s << u"B/PERSON"_s;
    QTest::newRow("letter inside a word") << u"AB씨는 부인했다"_s << u""_s;
}

void TstKoreanNames::wordStarts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text), expected);
}

QTEST_GUILESS_MAIN(TstKoreanNames)
#include "tst_koreannames.moc"
