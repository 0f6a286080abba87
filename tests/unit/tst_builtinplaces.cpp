#include "text/entitymatcher.h"
#include "text/gazetteer.h"
#include "text/matcherlexicon.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace chipline::text;
using namespace Qt::StringLiterals;

// The places of the built-in gazetteer: countries and world cities made from ICU at build
// time, the curated places.tsv, their merge with gazetteer.tsv, and the curation rules.
class TstBuiltInPlaces final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneEntity_data();
    void oneEntity();
    void leftOut_data();
    void leftOut();
    void caseSensitiveNames();
    void baseEntriesKeepNameAndType();
    void curatedPlacesMergeCleanly();
    void noOrdinaryKoreanWord();
    void suffixedPlaces_data();
    void suffixedPlaces();

private:
    static QString resource(const QString &name);
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<EntityMatcher> m_matcher;
};

QString TstBuiltInPlaces::resource(const QString &name)
{
    QFile file(u":/gazetteer/"_s + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TstBuiltInPlaces::initTestCase()
{
    auto g = Gazetteer::builtIn();
    QVERIFY2(g.ok(), g.ok() ? "" : qPrintable(g.error().message));
    m_gazetteer = std::make_unique<Gazetteer>(std::move(g).value());
    m_matcher = std::make_unique<EntityMatcher>(*m_gazetteer);
    QVERIFY(!resource(u"icu-places.tsv"_s).isEmpty());
}

void TstBuiltInPlaces::oneEntity_data()
{
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QStringList>("aliases");
    QTest::newRow("Taiwan: gazetteer.tsv and ICU")
        << u"Taiwan"_s << QStringList{u"대만"_s, u"타이완"_s, u"台湾"_s, u"臺灣"_s};
    QTest::newRow("South Korea: ICU adds nothing new")
        << u"South Korea"_s << QStringList{u"대한민국"_s, u"한국"_s, u"韩国"_s};
    QTest::newRow("Macau: ICU's Macao joins it") << u"Macau"_s << QStringList{u"마카오"_s, u"Macao"_s, u"澳门"_s};
    QTest::newRow("a country from ICU") << u"Czechia"_s << QStringList{u"체코"_s, u"Czech Republic"_s, u"捷克"_s};
    QTest::newRow("ICU's variant names") << u"Côte d’Ivoire"_s
                                         << QStringList{u"Ivory Coast"_s, u"Cote d'Ivoire"_s, u"코트디부아르"_s};
    QTest::newRow("a city from ICU") << u"Chicago"_s << QStringList{u"시카고"_s, u"芝加哥"_s};
    QTest::newRow("a city-state's city is the country") << u"Singapore"_s << QStringList{u"싱가포르"_s, u"新加坡"_s};
    QTest::newRow("short and long province names")
        << u"North Gyeongsang Province"_s << QStringList{u"경상북도"_s, u"경북"_s, u"庆尚北道"_s};
    QTest::newRow("경기도 without 경기") << u"Gyeonggi Province"_s << QStringList{u"경기도"_s, u"Gyeonggi"_s};
    QTest::newRow("a US state") << u"Texas"_s << QStringList{u"텍사스"_s, u"得克萨斯州"_s};
    QTest::newRow("the state of New York") << u"New York State"_s << QStringList{u"뉴욕주"_s, u"纽约州"_s};
    QTest::newRow("a Chinese province") << u"Guangdong"_s << QStringList{u"광둥"_s, u"광둥성"_s, u"广东省"_s};
    QTest::newRow("a Seoul district") << u"Gangnam District"_s << QStringList{u"강남구"_s, u"강남"_s};
    QTest::newRow("a Taiwanese chip town") << u"Hsinchu"_s << QStringList{u"신주시"_s, u"新竹"_s};
}

void TstBuiltInPlaces::oneEntity()
{
    QFETCH(QString, canonical);
    QFETCH(QStringList, aliases);
    const int id = m_gazetteer->entityId(canonical);
    QVERIFY2(id >= 0, qPrintable(canonical));
    QCOMPARE(m_gazetteer->entity(id).type, EntityType::Place);
    QCOMPARE(m_gazetteer->entityForAlias(canonical), id);
    for (const QString &alias : std::as_const(aliases))
        QVERIFY2(m_gazetteer->entityForAlias(alias) == id, qPrintable(alias));
}

void TstBuiltInPlaces::leftOut_data()
{
    QTest::addColumn<QString>("alias");
    // Ordinary words, given names, two letters, one character, two places' name.
    for (const QString &a : {u"인도"_s,      u"파리"_s,   u"수단"_s, u"오만"_s, u"경기"_s,    u"청주"_s,   u"양산"_s,
                             u"저장"_s,      u"신주"_s,   u"가나"_s, u"말리"_s, u"Georgia"_s, u"Jordan"_s, u"Chad"_s,
                             u"Christmas"_s, u"Darwin"_s, u"US"_s,   u"UK"_s,   u"괌"_s,      u"Congo"_s,  u"万象"_s})
        QTest::newRow(qPrintable(a)) << a;
}

void TstBuiltInPlaces::leftOut()
{
    QFETCH(QString, alias);
    const int id = m_gazetteer->entityForAlias(alias);
    QVERIFY2(id < 0, qPrintable(alias + u" -> "_s + (id >= 0 ? m_gazetteer->entity(id).canonical : QString())));
}

void TstBuiltInPlaces::caseSensitiveNames()
{
    const QList<EntityMatch> found = m_matcher->match(u"Turkey and Chile; a turkey with chile sauce"_s);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].canonical, u"Turkey"_s);
    QCOMPARE(found[1].canonical, u"Chile"_s);
}

// The curated files win every merge: their entities keep their names, types and aliases.
void TstBuiltInPlaces::baseEntriesKeepNameAndType()
{
    const auto base = Gazetteer::curated();
    QVERIFY(base.ok());
    QVERIFY(m_gazetteer->size() > base->size() + 500);
    for (int id = 0; id < base->size(); ++id) {
        const GazetteerEntity &e = base->entity(id);
        const int now = m_gazetteer->entityId(e.canonical);
        QVERIFY2(now >= 0, qPrintable(e.canonical));
        QCOMPARE(m_gazetteer->entity(now).type, e.type);
        for (const GazetteerAlias &a : e.aliases)
            QVERIFY2(m_gazetteer->entityForAlias(a.text) == now, qPrintable(a.text));
    }
}

// The curated places agree with the curated files: nothing is dropped in the merge. ICU's
// rows may lose a name to an entity here (it is then listed, not an error).
void TstBuiltInPlaces::curatedPlacesMergeCleanly()
{
    auto g = Gazetteer::curated();
    QVERIFY(g.ok());
    QStringList dropped;
    QVERIFY(g->mergeTsv(resource(u"places.tsv"_s), &dropped));
    QVERIFY2(dropped.isEmpty(), qPrintable(dropped.join(u", "_s)));
    QVERIFY(g->mergeTsv(resource(u"icu-places.tsv"_s), &dropped));
    for (const QString &d : std::as_const(dropped))
        QVERIFY2(!d.contains(u" is a "_s), qPrintable(d)); // never a place over an organisation
    if (!dropped.isEmpty())
        qInfo("ICU names held by curated entities: %s", qPrintable(dropped.join(u", "_s)));
}

// Every Korean alias that hunspell-ko lists is a reviewed name (dictionary-names.txt).
void TstBuiltInPlaces::noOrdinaryKoreanWord()
{
    const MatcherLexicon lexicon = MatcherLexicon::builtIn();
    if (lexicon.ordinaryWords.isEmpty())
        QSKIP("built without hunspell-ko: no stop list to check against");
    const WordList &ordinary = lexicon.ordinaryWords;
    QFile file(QStringLiteral(CHIPLINE_SOURCE_DIR "/resources/gazetteer/dictionary-names.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> names;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (!line.startsWith(u'#'))
            for (QStringView w : line.split(u' ', Qt::SkipEmptyParts))
                names.insert(w.toString());
    }
    for (const QString &word : {u"인도"_s, u"파리"_s, u"경기"_s, u"양산"_s, u"수원"_s})
        QVERIFY2(ordinary.contains(word) && !names.contains(word), qPrintable(word));
    QStringList offending;
    for (int id = 0; id < m_gazetteer->size(); ++id) {
        for (const GazetteerAlias &a : m_gazetteer->entity(id).aliases) {
            if (ordinary.contains(a.text) && !names.contains(a.text))
                offending << a.text;
        }
    }
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(u' ')));
}

void TstBuiltInPlaces::suffixedPlaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("US state and 주") << u"삼성은 텍사스주에 공장을 짓는다."_s << u"텍사스주"_s << u"Texas"_s;
    QTest::newRow("state, 주 and a particle") << u"애리조나주의 TSMC 공장"_s << u"애리조나주"_s << u"Arizona"_s;
    QTest::newRow("province and 성") << u"광둥성은 보조금을 늘렸다."_s << u"광둥성"_s << u"Guangdong"_s;
    QTest::newRow("Japanese prefecture and 현") << u"구마모토현에 JASM이 있다."_s << u"구마모토현"_s << u"Kumamoto"_s;
    QTest::newRow("city and 시") << u"시카고시는 밝혔다."_s << u"시카고시"_s << u"Chicago"_s;
    QTest::newRow("listed with its head") << u"뉴욕주 주민"_s << u"뉴욕주"_s << u"New York State"_s;
    QTest::newRow("조지아주 is the state") << u"조지아주 공장"_s << u"조지아주"_s << u"State of Georgia"_s;
    QTest::newRow("Korean province") << u"경기도 평택시"_s << u"경기도"_s << u"Gyeonggi Province"_s;
    QTest::newRow("no head, no particle: not a place") << u"미국주식 투자"_s << QString() << QString();
}

void TstBuiltInPlaces::suffixedPlaces()
{
    QFETCH(QString, text);
    QFETCH(QString, surface);
    QFETCH(QString, canonical);
    const QList<EntityMatch> found = m_matcher->match(text);
    if (surface.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    const qsizetype at = text.indexOf(surface);
    const auto it = std::find_if(found.cbegin(), found.cend(), [at](const EntityMatch &m) { return m.start == at; });
    QVERIFY(it != found.cend());
    const EntityMatch &m = *it;
    QCOMPARE(text.sliced(m.start, m.length()), surface);
    QCOMPARE(m.canonical, canonical);
    QCOMPARE(m.type, EntityType::Place);
    QCOMPARE(m.origin, MatchOrigin::Gazetteer);
    QVERIFY(m.entity >= 0);
}

QTEST_GUILESS_MAIN(TstBuiltInPlaces)
#include "tst_builtinplaces.moc"
