#include "ingest/transcriptparser.h"

#include "fixturedocument.h"

#include <QFile>
#include <QTest>

using namespace chipline;
using namespace Qt::StringLiterals;

namespace {
ingest::SourceDocument load(const QString &name)
{
    return loadFixture(u"transcript"_s, name);
}
} // namespace

class TestTranscriptParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("reporter");
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("outlet");

        // Printed twice (the second copy with trailing blanks), handoff, sign-off with channel,
        // crew lines and the full footer.
        QTest::newRow("repeated") << u"repeated.txt"_s
                                  << u"[앵커]\n"
                                     "중국이 자체 인공지능 칩 생산을 늘리고 있습니다.\n"
                                     "미국의 수출 규제가 오히려 자립을 앞당긴다는 분석도 나옵니다.\n"
                                     "[기자]\n"
                                     "베이징 외곽의 한 반도체 공장은 24시간 가동되고 있다.\n"
                                     "<리우 천 / 中 칭화대 교수> \"공급망 자립은 장기적인 과제입니다.\"\n"
                                     "업계에서는 내년까지 생산량이 두 배로 늘 것으로 내다봤다."_s
                                  << u"김하늘"_s << u"베이징"_s << u"뉴스채널"_s;
        // Printed once; sign-off 'NAME 기자입니다'; outlet only in the ⓒ line.
        QTest::newRow("single copy")
            << u"single.txt"_s
            << u"[앵커]\n"
               "미국 정부가 반도체 장비 수출 규정을 다시 손봤습니다.\n"
               "[기자]\n"
               "새 규정은 다음 달부터 시행된다.\n"
               "<에밀리 카터 / 美 전략국제문제연구소 연구원> \"동맹국과의 조율이 관건입니다.\"\n"
               "동맹국들도 비슷한 조치를 검토하고 있다."_s
            << u"이서준"_s << u"워싱턴"_s << u"한빛방송"_s;
        // No handoff or sign-off: the reporter comes from the e-mail line, the outlet from
        // 'Copyright ⓒ'; no final newline.
        QTest::newRow("reporter from e-mail") << u"emailonly.txt"_s
                                              << u"[앵커]\n"
                                                 "국내 반도체 업계가 새 규제의 영향을 점검하고 있습니다.\n"
                                                 "[기자]\n"
                                                 "업계는 수출 물량을 다시 계산하고 있다.\n"
                                                 "정부는 지원책을 마련하겠다고 밝혔다."_s
                                              << u"오세훈"_s << QString() << u"한빛방송"_s;
    }
    void parse()
    {
        QFETCH(QString, file);
        QFETCH(QString, body);
        QFETCH(QString, reporter);
        QFETCH(QString, dateline);
        QFETCH(QString, outlet);

        const ingest::ParseResult result = ingest::TranscriptParser::parse(load(file));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->articles.size(), 1);
        QVERIFY(result->warnings.isEmpty());
        const core::Article &a = result->articles.first();
        QCOMPARE(a.body, body);
        QCOMPARE(a.reporter, reporter);
        QCOMPARE(a.dateline, dateline);
        QCOMPARE(a.outlet, outlet);
        QCOMPARE(a.layout, u"transcript"_s);
        QCOMPARE(a.language, u"ko"_s);
        QVERIFY(!a.published.isValid());
        QVERIFY(a.title.isEmpty());
    }

    void boilerplateDropped_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::newRow("tip line") << u"기사문의"_s;
        QTest::newRow("e-mail") << u"@example.com"_s;
        QTest::newRow("slogan") << u"당신이 담은 순간이 뉴스입니다!"_s;
        QTest::newRow("copyright") << u"ⓒ"_s;
        QTest::newRow("reactions") << u"좋아요"_s;
        QTest::newRow("counter") << u"0 -"_s;
        QTest::newRow("ad") << u"ADVERTISEMENT"_s;
        QTest::newRow("crew") << u"영상취재"_s;
        QTest::newRow("handoff") << u"특파원입니다"_s;
        QTest::newRow("sign-off") << u"뉴스채널 김하늘입니다"_s;
    }
    void boilerplateDropped()
    {
        QFETCH(QString, fragment);
        const ingest::ParseResult result = ingest::TranscriptParser::parse(load(u"repeated.txt"_s));
        QVERIFY(result.ok());
        QVERIFY(!result->articles.first().body.contains(fragment));
    }

    void noStory()
    {
        const ingest::SourceDocument doc = load(u"footeronly.txt"_s);
        const ingest::ParseResult result = ingest::TranscriptParser::parse(doc);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 u"no article found: "_s + doc.path + u" has no transcript text before its footer"_s);
    }

    // The second copy breaks off before its crew lines and has doubled blanks: still one story.
    void secondCopyBreaksOff()
    {
        const QStringList story = {
            u"[앵커]"_s,     u"첫 문장입니다 그리고 계속됩니다."_s, u"둘째 문장."_s,       u"[기자]"_s, u"셋째 문장."_s,
            u"넷째 문장."_s, u"서울에서 뉴스채널 윤태현입니다."_s,  u"[영상취재 홍길동]"_s};
        QStringList second = story.mid(0, 7);
        second[1] = u"첫 문장입니다  그리고 계속됩니다."_s;
        ingest::SourceDocument doc;
        doc.path = u"inline"_s;
        doc.text = story.join(u'\n') + u'\n' + second.join(u'\n') + u"\nⓒ뉴스채널\n"_s;
        const ingest::ParseResult result = ingest::TranscriptParser::parse(doc);
        QVERIFY(result.ok());
        const core::Article &a = result->articles.first();
        QCOMPARE(a.body, u"[앵커]\n첫 문장입니다 그리고 계속됩니다.\n둘째 문장.\n[기자]\n셋째 문장.\n넷째 문장."_s);
        QCOMPARE(a.reporter, u"윤태현"_s);
        QCOMPARE(a.dateline, u"서울"_s);
    }

    // A sentence that merely ends in '입니다' is story text, not a sign-off.
    void sentenceEndingInImnida()
    {
        ingest::SourceDocument doc;
        doc.path = u"inline"_s;
        doc.text = u"[앵커]\n반도체는 중요한 산업입니다.\n지금은 전환기입니다.\n[기자]\n생산이 늘었다.\n"_s;
        const ingest::ParseResult result = ingest::TranscriptParser::parse(doc);
        QVERIFY(result.ok());
        QCOMPARE(result->articles.first().body, doc.text.trimmed());
        QVERIFY(result->articles.first().reporter.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTranscriptParser)
#include "tst_transcriptparser.moc"
