#include "text/gazetteer.h"
#include "text/textfold.h"

#include <QFile>
#include <QTest>

using namespace chipline::text;
using namespace Qt::StringLiterals;

class TstGazetteer final : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void builtInCoversCorpusEntities();
    void builtInIsCurated();
    void curatedActors_data();
    void curatedActors();
    void parseErrors_data();
    void parseErrors();
    void userEntitiesExtendAndOverride();
    void mergeKeepsWhatIsThere();
};

void TstGazetteer::builtInLoads()
{
    const auto g = Gazetteer::builtIn();
    QVERIFY2(g.ok(), g.ok() ? "" : qPrintable(g.error().message));
    QVERIFY(g->size() >= 300);
    const int nvidia = g->entityId(u"Nvidia");
    QVERIFY(nvidia >= 0);
    QCOMPARE(g->entity(nvidia).type, EntityType::Org);
    QCOMPARE(g->entityForAlias(u"英伟达"), nvidia);
    QCOMPARE(g->entityForAlias(u"ＮＶＩＤＩＡ"), nvidia);
    bool taggedKorean = false;
    for (const auto &a : g->entity(nvidia).aliases)
        taggedKorean |= a.text == u"엔비디아"_s && a.language == u"ko"_s;
    QVERIFY(taggedKorean);
}

// Every alias of the benchmark generator's ENTITIES, with the same canonical name and type.
void TstGazetteer::builtInCoversCorpusEntities()
{
    const auto g = Gazetteer::builtIn();
    QVERIFY(g.ok());
    QFile file(QStringLiteral(CHIPLINE_TEST_DATA "/text/gen_corpus_entities.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString tsv = QString::fromUtf8(file.readAll());
    int checked = 0;
    for (QStringView line : QStringView(tsv).split(u'\n', Qt::SkipEmptyParts)) {
        const auto cols = line.split(u'\t');
        QCOMPARE(cols.size(), 3);
        const int id = g->entityId(cols[0]);
        QVERIFY2(id >= 0, qPrintable(cols[0].toString()));
        QCOMPARE(entityTypeCode(g->entity(id).type), cols[1].toString());
        QCOMPARE(g->entityForAlias(cols[0]), id);
        ++checked;
        for (QStringView alias : cols[2].split(u'|', Qt::SkipEmptyParts)) {
            QVERIFY2(g->entityForAlias(alias) == id, qPrintable(alias.toString()));
            ++checked;
        }
    }
    QVERIFY(checked > 120);
}

void TstGazetteer::builtInIsCurated()
{
    const auto g = Gazetteer::builtIn();
    QVERIFY(g.ok());
    for (int id = 0; id < g->size(); ++id) {
        for (const auto &a : g->entity(id).aliases) {
            const QString key = TextFold::key(a.text);
            QVERIFY2(key.size() >= 2, qPrintable(a.text));
            bool latin = true;
            for (const QChar c : key)
                latin &= c.unicode() < 0x80;
            // R1/R2 are the generator's model names: digits make them safe as whole tokens.
            const bool hasDigit = std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); });
            QVERIFY2(!(latin && key.size() == 2 && !hasDigit), qPrintable(a.text));
            QVERIFY2(!(key.size() == 1), qPrintable(a.text));
        }
    }
    for (const auto &bad : {u"US"_s, u"TI"_s, u"TEL"_s, u"AML"_s, u"美"_s, u"中"_s, u"인도"_s, u"시안"_s})
        QVERIFY2(g->entityForAlias(bad) < 0, qPrintable(bad));
    // Ordinary words and ambiguous short forms the actors' files leave out (their headers
    // say why): hunger, new world, modern, the pension scheme, screw, closed-circuit TV.
    for (const auto &bad : {u"기아"_s, u"신세계"_s, u"현대"_s, u"국민연금"_s, u"나사"_s, u"노동당"_s, u"국민당"_s,
                            u"외무성"_s, u"상무부"_s, u"CCTV"_s, u"CBS"_s, u"Dow Jones"_s})
        QVERIFY2(g->entityForAlias(bad) < 0, qPrintable(bad));
}

// One alias from each of the curated actors' files, with its entity and type.
void TstGazetteer::curatedActors_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("type");
    QTest::newRow("ministry, short form") << u"행안부"_s << u"Ministry of the Interior and Safety"_s << u"GOV"_s;
    QTest::newRow("bare ministry is Korea's") << u"국방부"_s << u"Ministry of National Defense of Korea"_s << u"GOV"_s;
    QTest::newRow("with its country") << u"미국 연방수사국"_s << u"Federal Bureau of Investigation"_s << u"GOV"_s;
    QTest::newRow("court") << u"서울중앙지법"_s << u"Seoul Central District Court"_s << u"GOV"_s;
    QTest::newRow("committee") << u"과방위"_s
                               << u"Science, ICT, Broadcasting and Communications Committee (National Assembly)"_s
                               << u"GOV"_s;
    QTest::newRow("party") << u"국민의힘"_s << u"People Power Party"_s << u"ORG"_s;
    QTest::newRow("민주당 is Korea's") << u"민주당"_s << u"Democratic Party of Korea"_s << u"ORG"_s;
    QTest::newRow("US party") << u"미 공화당"_s << u"Republican Party"_s << u"ORG"_s;
    QTest::newRow("treaty organisation") << u"세계무역기구"_s << u"World Trade Organization"_s << u"ORG"_s;
    QTest::newRow("group affiliate") << u"기아차"_s << u"Kia"_s << u"ORG"_s;
    QTest::newRow("state company") << u"한수원"_s << u"KHNP"_s << u"ORG"_s;
    QTest::newRow("brokerage") << u"한투증권"_s << u"Korea Investment & Securities"_s << u"ORG"_s;
    QTest::newRow("world company") << u"도요타"_s << u"Toyota"_s << u"ORG"_s;
    QTest::newRow("news channel") << u"연합뉴스TV"_s << u"Yonhap News TV"_s << u"MEDIA"_s;
    QTest::newRow("wire service") << u"교도통신"_s << u"Kyodo News"_s << u"MEDIA"_s;
    QTest::newRow("case-sensitive") << u"tvN"_s << u"tvN"_s << u"MEDIA"_s;
}

void TstGazetteer::curatedActors()
{
    QFETCH(QString, alias);
    QFETCH(QString, canonical);
    QFETCH(QString, type);
    const auto g = Gazetteer::builtIn();
    QVERIFY(g.ok());
    const int id = g->entityForAlias(alias);
    QVERIFY2(id >= 0, qPrintable(alias));
    QCOMPARE(g->entity(id).canonical, canonical);
    QCOMPARE(entityTypeCode(g->entity(id).type), type);
}

void TstGazetteer::parseErrors_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::newRow("bad type") << u"Foo\tCOMPANY\tㅇ\n"_s;
    QTest::newRow("missing type") << u"Foo\n"_s;
    QTest::newRow("alias twice") << u"A\tORG\t에이사\nB\tORG\t에이사\n"_s;
    QTest::newRow("name twice") << u"A\tORG\nA\tGOV\n"_s;
}

void TstGazetteer::parseErrors()
{
    QFETCH(QString, tsv);
    const auto g = Gazetteer::fromTsv(tsv);
    QVERIFY(!g.ok());
    QVERIFY(g.error().message.contains(u"line"_s));
}

void TstGazetteer::userEntitiesExtendAndOverride()
{
    auto parsed = Gazetteer::fromTsv(u"Nvidia\tORG\t엔비디아\tNVIDIA\n"_s);
    QVERIFY(parsed.ok());
    Gazetteer g = std::move(parsed).value();
    const int nvidia = g.entityId(u"Nvidia");
    const int user = g.addEntity(u"Rebellions"_s, EntityType::Org);
    QVERIFY(g.addAlias(user, u"리벨리온"_s, u"ko"_s).ok());
    QCOMPARE(g.entityForAlias(u"리벨리온"), user);
    // A user alias that belongs elsewhere moves to the user's entity.
    QVERIFY(g.addAlias(user, u"NVIDIA"_s, u"en"_s).ok());
    QCOMPARE(g.entityForAlias(u"nvidia corp"), -1);
    QCOMPARE(g.entityForAlias(u"NVIDIA"), user);
    QCOMPARE(g.entity(nvidia).aliases.size(), 1); // 엔비디아 left
    QVERIFY(g.removeAlias(u"엔비디아"));
    QCOMPARE(g.entityForAlias(u"엔비디아"), -1);
    QVERIFY(!g.removeAlias(u"엔비디아"));
    // Re-adding a known canonical name changes its type, keeps its id.
    QCOMPARE(g.addEntity(u"Nvidia"_s, EntityType::Chip), nvidia);
    QCOMPARE(g.entity(nvidia).type, EntityType::Chip);
    QVERIFY(!g.addAlias(user, u"   "_s, u"en"_s).ok());
    QVERIFY(!g.addAlias(99, u"x"_s, u"en"_s).ok());
    g.removeEntity(user);
    QVERIFY(g.entity(user).removed);
    QCOMPARE(g.entityForAlias(u"리벨리온"), -1);
}

// mergeTsv adds to known entities (by name, or by a name held as an alias) and never takes
// an alias or a type from one: what is there wins and what is left out is listed.
void TstGazetteer::mergeKeepsWhatIsThere()
{
    auto g = Gazetteer::fromTsv(u"Macau\tPLACE\t마카오\tMacao\nApple\tORG\t애플\n"_s);
    QVERIFY(g.ok());
    QStringList dropped;
    const QString more = u"# comment\n"
                         u"Macao\tPLACE\t\tMacao SAR China\t澳门\n" // Macau's alias names it
                         u"Apple\tPLACE\t사과\n" // a type conflict: left out
                         u"Cupertino\tPLACE\t쿠퍼티노|애플\t=Cupertino\n" // 애플 stays Apple's
                         u"Macau\tPLACE\t마카오 반도\n"_s; // by canonical name
    QVERIFY(g->mergeTsv(more, &dropped));
    const int macau = g->entityId(u"Macau");
    QCOMPARE(g->entityForAlias(u"澳门"), macau);
    QCOMPARE(g->entityForAlias(u"Macao SAR China"), macau);
    QCOMPARE(g->entityForAlias(u"마카오 반도"), macau);
    QCOMPARE(g->entityId(u"Macao"), -1);
    QCOMPARE(g->entity(g->entityId(u"Apple")).type, EntityType::Org);
    QCOMPARE(g->entityForAlias(u"사과"), -1);
    const int cupertino = g->entityId(u"Cupertino");
    QVERIFY(cupertino >= 0);
    QCOMPARE(g->entityForAlias(u"쿠퍼티노"), cupertino);
    QCOMPARE(g->entityForAlias(u"애플"), g->entityId(u"Apple"));
    QCOMPARE(dropped.size(), 2);
    QVERIFY(!g->mergeTsv(u"Broken\n"_s));
}

QTEST_GUILESS_MAIN(TstGazetteer)
#include "tst_gazetteer.moc"
