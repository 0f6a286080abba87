// What a file that cannot be imported says, in the user's language: the reason comes from
// the translation files and still names the file. Other tests compare the English text in
// the C locale; this one installs Korean, then English again over it, as the command line
// does before `timeline --lang`.
#include "ingest/feedparser.h"
#include "ingest/sourcereader.h"
#include "languagescope.h"

#include <QTest>

using namespace Qt::StringLiterals;
using chipline::ingest::FeedParser;
using chipline::ingest::SourceReader;

namespace {

const QString kPath = u"/news/피드.xml"_s;

QString readError(const QByteArray &bytes)
{
    const auto doc = SourceReader::decode(kPath, bytes);
    return doc ? QString() : doc.error().message;
}

QString feedError()
{
    const QByteArray bytes = "<?xml version=\"1.0\"?>\n<rss><channel><item><title>x</channel>";
    const auto doc = SourceReader::decode(kPath, bytes);
    if (!doc)
        return doc.error().message;
    const auto parsed = FeedParser::parse(doc.value());
    return parsed ? QString() : parsed.error().message;
}

} // namespace

class TestIngestMessages final : public QObject
{
    Q_OBJECT

private slots:
    void korean()
    {
        const LanguageScope korean(u"ko"_s);
        QCOMPARE(korean.code(), u"ko"_s);
        QCOMPARE(readError(QByteArray()), kPath + u": 비어 있습니다(0바이트)"_s);
        QCOMPARE(readError(QByteArray("ab\0\1cd", 6)),
                 kPath + u": 텍스트가 아니라 바이너리 파일로 보입니다(처음 64KB에 NUL 또는 제어 바이트가 있습니다)"_s);
        const QString feed = feedError();
        QVERIFY2(feed.startsWith(kPath + u": 잘못된 피드(2번째 줄: "_s), qPrintable(feed));
    }

    void englishReplacesKorean()
    {
        const LanguageScope korean(u"ko"_s);
        const LanguageScope english(u"en"_s);
        QCOMPARE(readError(QByteArray()), kPath + u": is empty (0 bytes)"_s);
        QVERIFY2(feedError().startsWith(kPath + u": malformed feed (line 2: "_s), qPrintable(feedError()));
    }

    void englishAfterwards() { QCOMPARE(readError(QByteArray()), kPath + u": is empty (0 bytes)"_s); }
};

QTEST_GUILESS_MAIN(TestIngestMessages)
#include "tst_ingestmessages.moc"
