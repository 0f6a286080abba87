#include "ingest/boilerplaterules.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using chipline::ingest::BoilerplateRules;
using Verdict = chipline::ingest::BoilerplateRules::Verdict;

Q_DECLARE_METATYPE(Verdict)

// One row per rule of resources/ingest/boilerplate.tsv, on text and names written for
// these tests, so that a curated rule that stops matching (or starts eating article text)
// shows up here.
class TestBoilerplateRules final : public QObject
{
    Q_OBJECT

private slots:
    void shippedRulesAllParse();
    void paragraphs_data();
    void paragraphs();
    void names_data();
    void names();
    void contentNames_data();
    void contentNames();
};

void TestBoilerplateRules::shippedRulesAllParse()
{
    QFile file(QStringLiteral(CHIPLINE_SOURCE_DIR) + u"/resources/ingest/boilerplate.tsv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    BoilerplateRules::fromTsv(QString::fromUtf8(file.readAll()), &errors);
    QCOMPARE(errors, QStringList());
    QVERIFY(BoilerplateRules::builtIn().isFurnitureName("ad"));
}

void TestBoilerplateRules::paragraphs_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<Verdict>("verdict");
    auto row = [](const char *name, const QString &text, Verdict v) { QTest::newRow(name) << text << v; };
    // Korean chrome
    row("ko copyright with ⓒ", u"Copyright ⓒ 가상일보. All rights reserved. 무단 전재 및 재배포 금지."_s,
        Verdict::Drop);
    row("ko 저작권자 line", u"<저작권자 ⓒ 가상경제, 무단전재 및 재배포 금지>"_s, Verdict::Drop);
    row("ko 무단전재 alone", u"무단전재-재배포, AI 학습 및 활용 금지"_s, Verdict::Drop);
    row("ko ⓒ line", u"ⓒ 가상방송"_s, Verdict::Drop);
    row("ko photo credit", u"사진=가상경제 DB"_s, Verdict::Drop);
    row("ko photo credit bracketed", u"[사진=가상구청 제공]"_s, Verdict::Drop);
    row("ko wire photo caption", u"11일 열린 착공식에서 참석자들이 기념 촬영을 하고 있다. /연합뉴스"_s, Verdict::Drop);
    row("ko reporter e-mail", u"이가상 기자 lee@gasang-econ.example"_s, Verdict::Drop);
    row("ko reporter e-mail in brackets", u"김가상 기자(kim@gasang.example)"_s, Verdict::Drop);
    row("ko e-mail alone", u"newsdesk@gasang.example"_s, Verdict::Drop);
    row("ko 기사제보 line", u"기사제보 및 보도자료 newsroom@gasang-econ.example"_s, Verdict::Drop);
    row("ko app prompt", u"▶ 가상일보 앱 설치하고 뉴스 바로가기"_s, Verdict::Drop);
    row("ko subscription prompt", u"가상일보를 구독하고 메인에서 바로 보세요!"_s, Verdict::Drop);
    row("ko byline field", u"입력 2025.06.11 14:30"_s, Verdict::Drop);
    row("ko reporter name alone", u"이가상 기자"_s, Verdict::Drop);
    row("ko related heading", u"관련기사"_s, Verdict::EndOfArticle);
    row("ko most read heading", u"많이 본 뉴스"_s, Verdict::EndOfArticle);
    row("ko date stamp", u"2025.05.02. 오전 10:12"_s, Verdict::Drop);
    // English chrome
    row("en advertisement", u"Advertisement"_s, Verdict::Drop);
    row("en story continues", u"Story continues below advertisement"_s, Verdict::Drop);
    row("en read more", u"Read more: Energy bills climb for the third month"_s, Verdict::Drop);
    row("en sign up", u"Sign up here."_s, Verdict::Drop);
    row("en share", u"Share this article"_s, Verdict::Drop);
    row("en trust principles", u"Our Standards: The Synthetic Wire Trust Principles."_s, Verdict::Drop);
    row("en photo credit", u"Photograph: Jo Snap/The Daily Example"_s, Verdict::Drop);
    row("en click here", u"Click here to get the app"_s, Verdict::Drop);
    row("en copyright", u"© 2025 The Daily Example. All rights reserved."_s, Verdict::Drop);
    row("en follow us", u"Follow us on Threads"_s, Verdict::Drop);
    row("en originally published", u"This article was originally published on Example Review."_s, Verdict::Drop);
    row("en cookies", u"We use cookies to improve your experience."_s, Verdict::Drop);
    row("en advert", u"Advert"_s, Verdict::Drop);
    row("en date line day first", u"Updated: 18 Nov 2019, 19:11"_s, Verdict::Drop);
    row("en date line month first", u"Nov. 19, 2019 8:03 am ET"_s, Verdict::Drop);
    row("en script notice", u"This slideshow requires JavaScript."_s, Verdict::Drop);
    row("en paywall notice", u"To Read the Full Story, subscribe"_s, Verdict::Drop);
    row("en shortcode", u"[button link=\"/submit\"] Send us your review[/button]"_s, Verdict::Drop);
    row("en kicker", u"DON'T MISS"_s, Verdict::Drop);
    row("en related coverage", u"Related Coverage"_s, Verdict::EndOfArticle);
    row("en most viewed", u"Most viewed"_s, Verdict::EndOfArticle);
    row("en read next", u"Read Next"_s, Verdict::EndOfArticle);
    row("en topics", u"Topics"_s, Verdict::EndOfArticle);
    // Article text that merely resembles chrome
    row("ko lead with wire dateline", u"(서울=가상뉴스) 이가상 기자 = 국내 소재 기업이 공장을 짓는다."_s,
        Verdict::Keep);
    row("ko sentence about copyright", u"정부는 무단 복제를 막는 법안을 냈다."_s, Verdict::Keep);
    row("ko quote mentioning 사진", u"그는 \"사진을 보면 알 수 있다\"고 말했다."_s, Verdict::Keep);
    row("en sentence starting Share", u"Shares in the sector fell 2% in early trading."_s, Verdict::Keep);
    row("en reporting credit", u"Reporting by Alex Example; Editing by Sam Sample"_s, Verdict::Keep);
    row("en heading", u"Government response"_s, Verdict::Keep);
    row("en sentence with a date", u"On 18 Nov 2019 the court ruled against the firm."_s, Verdict::Keep);
    row("long paragraph with a pattern", u"Advertisement "_s.repeated(20), Verdict::Keep);
}

void TestBoilerplateRules::paragraphs()
{
    QFETCH(QString, paragraph);
    QFETCH(Verdict, verdict);
    QCOMPARE(BoilerplateRules::builtIn().classifyParagraph(paragraph), verdict);
}

void TestBoilerplateRules::names_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<bool>("furniture");
    auto row = [](const char *value, bool furniture) { QTest::newRow(value) << QString::fromUtf8(value) << furniture; };
    row("ad", true);
    row("top_ad_box", true);
    row("ad-slot", true);
    row("article-share", true);
    row("share-buttons", true);
    row("site-footer", true);
    row("related-articles", true);
    row("most-viewed", true);
    row("img_desc", true);
    row("byline", true);
    row("c_text", true);
    row("view-copyright", true);
    row("ranking_box", true);
    row("media_end_linked", true);
    row("subscribe_area", true);
    row("newsletter-signup", true);
    row("Sidebar", true);
    row("promo-box", true);
    row("element-rich-link", true);
    row("commentary", false);
    row("nav-open", false);
    row("header-fixed page-wrap", false);
    row("article-body", false);
    row("dic_area go_trans _article_content", false);
    row("newsct_article _article_body", false);
    row("shared-content", false);
}

void TestBoilerplateRules::names()
{
    QFETCH(QString, attribute);
    QFETCH(bool, furniture);
    QCOMPARE(BoilerplateRules::builtIn().isFurnitureName(attribute.toStdString()), furniture);
}

void TestBoilerplateRules::contentNames_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<bool>("content");
    auto row = [](const char *value, bool content) { QTest::newRow(value) << QString::fromUtf8(value) << content; };
    row("article-body__content", true);
    row("story-body", true);
    row("entry-content clearfix", true);
    row("dic_area", true);
    row("newsct_article _article_body", true);
    row("article-view-content-div", true);
    row("content__article-body from-content-api", true);
    row("article-header", false);
    row("content", false);
}

void TestBoilerplateRules::contentNames()
{
    QFETCH(QString, attribute);
    QFETCH(bool, content);
    QCOMPARE(BoilerplateRules::builtIn().isContentName(attribute.toStdString()), content);
}

QTEST_GUILESS_MAIN(TestBoilerplateRules)
#include "tst_boilerplaterules.moc"
