// NameReview: the names patterns guessed are listed with counts until decided; accept,
// accept as another type, alias and reject each plan one change that undo reverts row for
// row; decisions survive re-recognition and reach articles imported afterwards.
#include "annotationfixture.h"

#include "analysis/recognizer.h"
#include "annotation/annotationservice.h"
#include "annotation/entitydirectory.h"
#include "annotation/namereview.h"

#include <QTest>

using namespace chipline;

namespace {

// 쉬리펑 (a spokesman, by his title) and 한결증권 (a brokerage, by its head word) are in no
// list; the third article names 쉬리펑 without a title, where only acceptance finds him (쉬 is no
// Korean surname, so the name's shape alone does not).
const QString kFirst =
    QStringLiteral("쉬리펑 대변인은 17일 미국의 수출통제를 비판했다. 쉬리펑 대변인은 반대한다고 말했다. "
                   "한결증권의 박서윤 연구원은 엔비디아 영향이 제한적이라고 분석했다.");
const QString kSecond =
    QStringLiteral("한결증권은 18일 보고서에서 화웨이의 칩 수요가 늘었다고 밝혔다. 쉬리펑 대변인도 입장을 냈다.");
const QString kThird = QStringLiteral("브리핑에서 쉬리펑은 다시 같은 말을 했다.");

} // namespace

class TestNameReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsGuessedNamesWithCounts();
    void decisionsUndoAndRedoRowForRow_data();
    void decisionsUndoAndRedoRowForRow();
    void acceptMarksOtherOccurrencesAndSurvivesRecognition();
    void acceptAsAnotherType();
    void aliasMovesMentionsToTheEntity();
    void rejectedNameIsNeverProposedAgain();
    void decidedNameCannotBeDecidedAgain();
    void foundByIsStored();
    void anonymousPersonsStayInTheirArticle();
    void upgradeMarksPatternMentions();

private:
    qint64 newNameId(const QString &name);
    QString origin(const QString &name);

    AnnotationFixture m_fx;
    std::unique_ptr<annotation::EntityDirectory> m_directory;
    std::unique_ptr<annotation::AnnotationService> m_service;
    std::unique_ptr<annotation::NameReview> m_review;
    qint64 m_a1 = 0, m_a2 = 0, m_a3 = 0;
};

void TestNameReview::init()
{
    QVERIFY(m_fx.open());
    m_a1 = m_fx.add(kFirst);
    m_a2 = m_fx.add(kSecond);
    m_a3 = m_fx.add(kThird);
    QVERIFY(m_a1 && m_a2 && m_a3);
    m_directory = std::make_unique<annotation::EntityDirectory>(m_fx.db());
    m_service = std::make_unique<annotation::AnnotationService>(m_fx.db(), *m_directory);
    m_review = std::make_unique<annotation::NameReview>(m_fx.db(), *m_service);
}

void TestNameReview::cleanup()
{
    m_review.reset();
    m_service.reset();
    m_directory.reset();
    m_fx.close();
}

qint64 TestNameReview::newNameId(const QString &name)
{
    const auto n = m_review->newName(name);
    return n ? n->entityId : 0;
}

QString TestNameReview::origin(const QString &name)
{
    const auto rows =
        m_fx.rows(QStringLiteral("SELECT origin FROM entity WHERE name = '%1'").arg(name).toUtf8().constData());
    return rows.value(0);
}

void TestNameReview::listsGuessedNamesWithCounts()
{
    const auto names = m_review->newNames();
    QStringList listed;
    for (const auto &n : names)
        listed << QStringLiteral("%1 %2 %3 %4").arg(n.name, n.type).arg(n.articles).arg(n.mentions);
    QVERIFY2(listed.contains(QStringLiteral("쉬리펑 PERSON 2 3")), qPrintable(listed.join(u'|')));
    QVERIFY2(listed.contains(QStringLiteral("한결증권 ORG 2 2")), qPrintable(listed.join(u'|')));
    QVERIFY2(listed.contains(QStringLiteral("박서윤 PERSON 1 1")), qPrintable(listed.join(u'|')));
    QVERIFY(!listed.join(u'|').contains(QStringLiteral("Nvidia"))); // listed names are not new
    // Most articles first; filters by type and by article count.
    QCOMPARE(names.first().articles, qint64(2));
    for (const auto &n : m_review->newNames(QStringLiteral("ORG")))
        QCOMPARE(n.type, QStringLiteral("ORG"));
    QCOMPARE(m_review->newNames({}, 2).size(), 2);
    const auto lines = m_review->contexts(newNameId(QStringLiteral("한결증권")), 5);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first().hit, QStringLiteral("한결증권"));
}

void TestNameReview::decisionsUndoAndRedoRowForRow_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("accept") << QStringLiteral("accept");
    QTest::newRow("accept as") << QStringLiteral("acceptAs");
    QTest::newRow("alias to existing") << QStringLiteral("aliasExisting");
    QTest::newRow("alias to new") << QStringLiteral("aliasNew");
    QTest::newRow("reject") << QStringLiteral("reject");
    QTest::newRow("several at once") << QStringLiteral("several");
}

void TestNameReview::decisionsUndoAndRedoRowForRow()
{
    QFETCH(QString, action);
    const qint64 wang = newNameId(QStringLiteral("쉬리펑"));
    const qint64 broker = newNameId(QStringLiteral("한결증권"));
    QVERIFY(wang > 0 && broker > 0);
    const QStringList before = m_fx.snapshot();
    core::Result<storage::AnnotationChange> change = core::Error{QString()};
    if (action == u"accept")
        change = m_review->accept({wang});
    else if (action == u"acceptAs")
        change = m_review->accept({broker}, QStringLiteral("GOV"));
    else if (action == u"aliasExisting")
        change = m_review->addAsAlias({broker}, {m_fx.entityId(QStringLiteral("Huawei")), {}, {}});
    else if (action == u"aliasNew")
        change = m_review->addAsAlias({wang}, {0, QStringLiteral("Wang Lifeng"), QStringLiteral("PERSON")});
    else if (action == u"reject")
        change = m_review->reject({wang});
    else
        change = m_review->reject({wang, broker});
    QVERIFY2(change.ok(), change.ok() ? "" : qPrintable(change.error().message));
    QVERIFY(!change.value().isEmpty());
    QCOMPARE(m_fx.snapshot(), before); // planning only reads
    QVERIFY(m_service->apply(change.value(), true).ok());
    const QStringList done = m_fx.snapshot();
    QVERIFY(done != before);
    QVERIFY(m_service->apply(change.value(), false).ok());
    QCOMPARE(m_fx.snapshot(), before);
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(m_fx.snapshot(), done);
}

void TestNameReview::acceptMarksOtherOccurrencesAndSurvivesRecognition()
{
    const qint64 wang = newNameId(QStringLiteral("쉬리펑"));
    const auto countIn = [this](qint64 article) {
        return m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                          "WHERE e.name = '쉬리펑' AND m.status = 'accepted' AND m.article_id = %1")
                               .arg(article));
    };
    QCOMPARE(countIn(m_a3), qint64(0)); // no title there: no pattern found him
    auto change = m_review->accept({wang});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(origin(QStringLiteral("쉬리펑")), QStringLiteral("user"));
    QCOMPARE(countIn(m_a3), qint64(1));
    QVERIFY(!m_review->newName(QStringLiteral("쉬리펑")));

    QVERIFY(analysis::Recognizer::run(m_fx.db()).ok());
    QCOMPARE(origin(QStringLiteral("쉬리펑")), QStringLiteral("user"));
    QCOMPARE(countIn(m_a1), qint64(2));
    QCOMPARE(countIn(m_a3), qint64(1));
    QVERIFY(!m_review->newName(QStringLiteral("쉬리펑")));
    // A new article names him without a title: recognized as the analyst's entity.
    QVERIFY(m_fx.reloadAnalyzer());
    const qint64 a4 = m_fx.add(QStringLiteral("쉬리펑은 이날 브리핑을 마쳤다."));
    QCOMPARE(countIn(a4), qint64(1));
    QCOMPARE(
        m_fx.scalar(
            QStringLiteral("SELECT count(*) FROM mention WHERE article_id = %1 AND found_by = 'gazetteer'").arg(a4)),
        qint64(1));
}

void TestNameReview::acceptAsAnotherType()
{
    auto change = m_review->accept({newNameId(QStringLiteral("한결증권"))}, QStringLiteral("MEDIA"));
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(m_fx.rows("SELECT type FROM entity WHERE name = '한결증권'"), QStringList{QStringLiteral("MEDIA")});
    QVERIFY(analysis::Recognizer::run(m_fx.db()).ok());
    QCOMPARE(m_fx.rows("SELECT type FROM entity WHERE name = '한결증권'"), QStringList{QStringLiteral("MEDIA")});
    QVERIFY(!m_review->accept({m_fx.entityId(QStringLiteral("박서윤"))}, QStringLiteral("NOPE")).ok());
}

void TestNameReview::aliasMovesMentionsToTheEntity()
{
    auto change = m_review->addAsAlias({newNameId(QStringLiteral("쉬리펑"))},
                                       {0, QStringLiteral("Wang Lifeng"), QStringLiteral("PERSON")});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    QCOMPARE(m_fx.entityId(QStringLiteral("쉬리펑")), qint64(0));
    const qint64 wang = m_fx.entityId(QStringLiteral("Wang Lifeng"));
    QVERIFY(wang > 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(wang)), qint64(3));
    QVERIFY(analysis::Recognizer::run(m_fx.db()).ok());
    QCOMPARE(m_fx.entityId(QStringLiteral("쉬리펑")), qint64(0)); // not guessed again: it is an alias now
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(wang)) >= 3);
}

void TestNameReview::rejectedNameIsNeverProposedAgain()
{
    auto change = m_review->reject({newNameId(QStringLiteral("박서윤"))});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    QVERIFY(!m_review->newName(QStringLiteral("박서윤")));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                        "WHERE e.name = '박서윤' AND m.status = 'accepted'")),
             qint64(0));
    QVERIFY(analysis::Recognizer::run(m_fx.db()).ok());
    QVERIFY(!m_review->newName(QStringLiteral("박서윤")));
    QVERIFY(m_fx.reloadAnalyzer());
    const qint64 a4 =
        m_fx.add(QStringLiteral("박서윤 연구원은 19일 수요가 늘었다고 말했다. 최다온 애널리스트도 동의했다."));
    QVERIFY(a4 > 0);
    QVERIFY(!m_review->newName(QStringLiteral("박서윤")));
    QVERIFY(m_review->newName(QStringLiteral("최다온"))); // other names still come
    // Undone, the name is proposed again.
    QVERIFY(m_service->apply(change.value(), false).ok());
    QVERIFY(m_review->newName(QStringLiteral("박서윤")));
}

void TestNameReview::decidedNameCannotBeDecidedAgain()
{
    const qint64 id = newNameId(QStringLiteral("박서윤"));
    auto change = m_review->reject({id});
    QVERIFY(change.ok());
    QVERIFY(m_service->apply(change.value(), true).ok());
    const auto again = m_review->accept({id});
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("박서윤")));
    QVERIFY(!m_review->reject({}).ok());
    QVERIFY(!m_review->reject({m_fx.entityId(QStringLiteral("Nvidia"))}).ok()); // listed, not new
}

void TestNameReview::foundByIsStored()
{
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                        "WHERE e.origin = 'pattern' AND m.found_by = 'gazetteer'")),
             qint64(0));
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention WHERE found_by = 'pattern'")) >= 3);
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                       "WHERE e.name = 'Nvidia' AND m.found_by = 'gazetteer'"))
            >= 1);
}

void TestNameReview::anonymousPersonsStayInTheirArticle()
{
    // "B씨" and "노 의원" in two articles are four people: highlighted where they stand, never
    // one corpus-wide entity, never proposed as new names; re-recognition keeps them apart.
    const qint64 a4 = m_fx.add(QStringLiteral("B씨는 17일 조사를 받았다. 노 의원은 반대했다."));
    const qint64 a5 = m_fx.add(QStringLiteral("B씨는 18일 법정에 나왔다. 노 의원은 말을 아꼈다."));
    QVERIFY(a4 && a5);
    const auto persons = [this](qint64 article) {
        return m_fx.rows(QStringLiteral("SELECT e.id FROM mention m JOIN entity e ON e.id = m.entity_id "
                                        "WHERE m.article_id = %1 AND e.type = 'PERSON' AND m.status = 'accepted' "
                                        "ORDER BY m.start")
                             .arg(article)
                             .toUtf8()
                             .constData());
    };
    const QStringList first = persons(a4);
    QCOMPARE(first.size(), 2);
    const QStringList second = persons(a5);
    QCOMPARE(second.size(), 2);
    for (const QString &id : first)
        QVERIFY(!second.contains(id));
    for (const auto &n : m_review->newNames())
        QVERIFY2(!n.name.startsWith(u'B') && !n.name.startsWith(u'노'), qPrintable(n.name));
    QVERIFY(!m_review->newName(QStringLiteral("B")));
    QVERIFY(analysis::Recognizer::run(m_fx.db()).ok());
    QCOMPARE(persons(a4), first);
    // The analyst says both B are one person; undone, each is again its article's alone.
    auto merge = m_service->merge(first.first().toLongLong(), {second.first().toLongLong(), {}, {}});
    QVERIFY(merge.ok());
    QVERIFY(m_service->apply(merge.value(), true).ok());
    QVERIFY(m_service->apply(merge.value(), false).ok());
    QCOMPARE(
        m_fx.scalar(QStringLiteral("SELECT count(*) FROM entity WHERE type = 'PERSON' AND article_id IS NOT NULL")),
        qint64(4));
    QVERIFY(!m_review->newName(storage::EntityStore::localName(QStringLiteral("B"), a4)));
}

void TestNameReview::upgradeMarksPatternMentions()
{
    // A schema-8 database: no found_by, no rejected_name. Opening it upgrades it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        storage::ArticleStore store(*db.value());
        auto source = store.addSource({QStringLiteral("/old.txt"), 1, QByteArray("h"), QStringLiteral("text")});
        QVERIFY(source.ok());
        core::Article a;
        a.layout = QStringLiteral("text");
        a.body = kFirst;
        a.language = QStringLiteral("ko");
        auto id = store.addArticle(source.value(), 0, a);
        QVERIFY(id.ok());
        auto analyzer = analysis::ArticleAnalyzer::create(*db.value());
        QVERIFY(analyzer.ok());
        QVERIFY(analysis::AnalysisWriter(*db.value()).storeNew(id.value(), analyzer.value()->analyze(a)).ok());
        QVERIFY(db.value()
                    ->exec("ALTER TABLE mention DROP COLUMN found_by; DROP TABLE rejected_name; "
                           "DROP TRIGGER article_counts_added; DROP TRIGGER article_counts_removed; "
                           "DROP TRIGGER article_event_count_added; "
                           "DROP TRIGGER article_event_count_removed; DROP TRIGGER article_event_count_moved; "
                           "DROP TABLE article_event_count; DROP TABLE article_total; "
                           "ALTER TABLE event_evidence DROP COLUMN date; "
                           "ALTER TABLE event_evidence DROP COLUMN dated_by; "
                           "ALTER TABLE event_evidence DROP COLUMN modality; "
                           "ALTER TABLE entity DROP COLUMN article_id; "
                           "PRAGMA user_version = 8")
                    .ok());
    }
    auto db = storage::Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    auto count = [&](const char *sql) {
        auto st = db.value()->statement(sql);
        return st.next() ? st.int64(0) : -1;
    };
    QVERIFY(count("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                  "WHERE e.origin = 'pattern' AND m.found_by = 'pattern'")
            >= 3);
    QCOMPARE(count("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                   "WHERE e.origin <> 'pattern' AND m.found_by <> 'gazetteer'"),
             qint64(0));
    QCOMPARE(count("SELECT count(*) FROM rejected_name"), qint64(0));
}

QTEST_GUILESS_MAIN(TestNameReview)
#include "tst_namereview.moc"
