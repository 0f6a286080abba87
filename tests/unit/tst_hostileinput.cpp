// Hostile input end to end through `chipline import`: each case gets an exit status, a
// message on stderr that names the file and the reason, and leaves every article stored
// before it in place.
#include "reliabilitysupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chipline::testing;
using namespace Qt::StringLiterals;

namespace {

const char kDump[] =
    "엔비디아는 지난 9일 미 상무부로부터 H20을 중국에 수출하려면 허가를 받아야 한다는 통보를 받았다고 밝혔다.\n"
    "김하늘기자 2025.04.16 09:30:322024년 화웨이는 신형 AI 칩 어센드 910C를 공개했다...\n"
    "뉴욕=이서준기자 2025.04.17 10:00:00";

const char kWire[] =
    "Nvidia weighs China options after new export rules\n"
    "April 15, 2025 13:46 UTC\n\n"
    "WASHINGTON, April 15 (Reuters) - Nvidia said on Tuesday that the Commerce Department now requires "
    "a license to ship H20 chips to China.\n\nReporting by Alex Morgan\n";

constexpr qint64 kStoredBefore = 3;

QByteArray readFixture(const char *name)
{
    QFile f(QStringLiteral(CHIPLINE_TEST_DATA "/ingest/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray entityBomb()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"lol\">\n";
    for (int i = 1; i <= 10; ++i) {
        xml += "<!ENTITY a" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            xml += "&a" + QByteArray::number(i - 1) + ';';
        xml += "\">\n";
    }
    return xml
        + "]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&a10;</title>"
          "<description>&a10;</description></item></channel></rss>\n";
}

QByteArray bigFeed(int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Big</title>\n";
    xml.reserve(items * 200);
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Item " + n + "</title><link>https://big.example/" + n
            + "</link><pubDate>Wed, 16 Apr 2025 09:30:00 +0900</pubDate><description>Body of item " + n
            + ".</description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

QByteArray deepHtml(int depth)
{
    QByteArray html = "<html><head><title>Deep</title></head><body><article><p>Lead paragraph of the deep story.</p>";
    html.reserve(depth * 11 + 200);
    for (int i = 0; i < depth; ++i)
        html += "<div>";
    html += "deep text";
    for (int i = 0; i < depth; ++i)
        html += "</div>";
    return html + "</article></body></html>";
}

// An English sentence repeated to at least `bytes` bytes, without a line break.
QByteArray longLine(qsizetype bytes)
{
    const QByteArray sentence =
        "Nvidia said the Commerce Department rules on H20 chips took effect on April 15, 2025. ";
    QByteArray out;
    out.reserve(bytes + sentence.size());
    while (out.size() < bytes)
        out += sentence;
    return out;
}

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("h.db"));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("good/dump.txt")), kDump));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("good/wire.txt")), kWire));
        const Run r = runChipline(
            {QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("good"))});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(RawDb(m_db).count("SELECT count(*) FROM article"), kStoredBefore);
    }

    void refusedOrWarned_data()
    {
        QTest::addColumn<QString>("name"); // file written under bad/
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason"); // on the stderr line that names the file
        QTest::addColumn<int>("added");

        QTest::newRow("empty file") << u"empty.txt"_s << QByteArray() << 1 << u"is empty (0 bytes)"_s << 0;
        QTest::newRow("only whitespace") << u"blank.txt"_s << QByteArray(" \n\t\n  \n") << 1
                                         << u"is empty (only whitespace)"_s << 0;
        // Found by fuzz_encoding: only the first of several byte order marks was removed.
        QTest::newRow("only byte order marks")
            << u"boms.txt"_s << QByteArray("\xfe\xff\xfe\xff\xfe\xff") << 1 << u"is empty (only whitespace)"_s << 0;
        QTest::newRow("binary file") << u"image.txt"_s
                                     << (QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4096, '\x01'))
                                     << 1 << u"looks like a binary file"_s << 0;
        QByteArray midInvalid = "중국 상무부 발표\n중국 상무부는 희토류 수출 통제를 강화한다고 밝혔다.\n";
        midInvalid += "엔비디아는 \xff\xfe H20 수출 허가를 받았다.\n" + midInvalid;
        QTest::newRow("invalid UTF-8 in the middle")
            << u"broken.txt"_s << midInvalid << 1 << u"invalid UTF-8 at byte"_s << 0;
        QTest::newRow("mixed encodings") << u"mixed.txt"_s
                                         << (readFixture("encoding/utf8.txt") + readFixture("encoding/euckr.txt")) << 1
                                         << u"invalid UTF-8 at byte"_s << 0;
        QTest::newRow("XML entity bomb in a feed")
            << u"bomb.xml"_s << entityBomb() << 1 << u"entity declarations are refused"_s << 0;
        QTest::newRow("impossible byline date") << u"baddate.txt"_s << readFixture("dump/baddate.txt") << 0
                                                << u"byline date that cannot exist (2025.02.30 10:00:00)"_s << 3;
        QTest::newRow("deeply nested HTML") << u"deep.html"_s << deepHtml(100000) << 0 << u"nested too deeply"_s << 1;
        QTest::newRow("a 10 MB line") << u"longline.txt"_s << longLine(10 * 1024 * 1024 / kSizeDivisor) << 0
                                      << QString() << 1;
        QTest::newRow("a 5 MB article") << u"big.txt"_s
                                        << ("Chip curbs widen\n\nApril 16, 2025\n\n"
                                            + QByteArray(longLine(1024) + "\n\n").repeated(5 * 1024 / kSizeDivisor))
                                        << 0 << QString() << 1;
    }
    void refusedOrWarned()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(int, added);
        const QString path = m_dir->filePath(u"bad/"_s + name);
        QVERIFY(writeFile(path, bytes));
        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
        QVERIFY2(r.status == status, qPrintable(u"status %1\n"_s.arg(r.status) + r.out + r.err));
        if (!reason.isEmpty())
            QVERIFY2(lineNaming(r.err, path).contains(reason), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"articles added: %1\n"_s.arg(added)), qPrintable(r.out + r.err));
        checkStoredBefore(added);
    }

    // Over the 100 MB limit: refused from its size alone, never read into memory.
    void twoHundredMegabyteFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("bad/huge.txt"));
        QVERIFY(writeFile(path, "Nvidia\n"));
        QFile f(path);
        QVERIFY(f.resize(200LL * 1024 * 1024)); // sparse: no 200 MB written to the test disk
        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
        QCOMPARE(r.status, 1);
        QVERIFY2(lineNaming(r.err, path).contains(u"is 200.0 MB, larger than the limit of 100.0 MB"_s),
                 qPrintable(r.err));
        checkStoredBefore(0);
    }

    void feedWithHundredThousandItems()
    {
        const QString path = m_dir->filePath(QStringLiteral("bad/big.xml"));
        const int items = 100000 / kSizeDivisor;
        QVERIFY(writeFile(path, bigFeed(items)));
        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"articles added: %1\n"_s.arg(items)), qPrintable(r.out));
        checkStoredBefore(items);
    }

    // Found by fuzz_layout_feed: a headline-only item became an article with an empty body,
    // so a second feed's headline-only item was dropped as its "duplicate".
    void headlineOnlyFeedItemsAreKept()
    {
        auto feed = [](const char *title) -> QByteArray {
            return QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>")
                + title + "</title><link>https://wire.example/x</link></item></channel></rss>\n";
        };
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("feeds/one.xml")), feed("Nvidia halts H20 shipments")));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("feeds/two.xml")), feed("Huawei unveils Ascend 910C")));
        const Run r = runChipline(
            {QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("feeds"))});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"articles added: 2\n"_s), qPrintable(r.out));
        QCOMPARE(RawDb(m_db).count("SELECT count(*) FROM article WHERE body = title AND layout = 'feed'"), qint64(2));
        checkStoredBefore(2);
    }

    void folderBrokenLinkAndLinksOut()
    {
        const QString dir = m_dir->filePath(QStringLiteral("links"));
        QVERIFY(QDir().mkpath(dir + u"/sub.txt"_s)); // a folder named like a file
        const QString outside = m_dir->filePath(QStringLiteral("outside/secret.txt"));
        QVERIFY(writeFile(outside, "Outside story\n\nApril 16, 2025\n\nHuawei said something outside the folder.\n"));
        const QString broken = dir + u"/broken.txt"_s;
        const QString out = dir + u"/out.txt"_s;
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("nowhere.txt")), broken));
        QVERIFY(QFile::link(outside, out));
        const QString directBroken = m_dir->filePath(QStringLiteral("direct-broken.txt"));
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone.txt")), directBroken));

        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, dir, directBroken});
        QCOMPARE(r.status, 1);
        QVERIFY2(lineNaming(r.err, broken).contains(u"broken symbolic link"_s), qPrintable(r.err));
        QVERIFY2(lineNaming(r.err, directBroken).contains(u"broken symbolic link"_s), qPrintable(r.err));
        QVERIFY2(lineNaming(r.err, out).contains(u"not followed"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"articles added: 0\n"_s), qPrintable(r.out));
        checkStoredBefore(0);

        // Asked to, the importer follows the link out of the folder.
        const Run follow = runChipline(
            {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--follow-links"), dir});
        QVERIFY2(follow.out.contains(u"articles added: 1\n"_s), qPrintable(follow.out + follow.err));
    }

    void emptyFolderIsReported()
    {
        const QString dir = m_dir->filePath(QStringLiteral("nothing"));
        QVERIFY(QDir().mkpath(dir));
        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, dir});
        QCOMPARE(r.status, 1);
        QVERIFY2(lineNaming(r.err, dir).contains(u"no files"_s), qPrintable(r.err));
        checkStoredBefore(0);
    }

    // A folder, even one named like a file, is read for the files in it.
    void folderNamedLikeAFileIsRead()
    {
        const QString dir = m_dir->filePath(QStringLiteral("afolder.txt"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(
            writeFile(dir + u"/inner.txt"_s, "Inner story\n\nApril 16, 2025\n\nTSMC said it would build a plant.\n"));
        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, dir});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"articles added: 1\n"_s));
        checkStoredBefore(1);
    }

private:
    static QString lineNaming(const QString &err, const QString &path)
    {
        for (const QString &line : err.split(u'\n')) {
            if (line.startsWith(path + u':'))
                return line;
        }
        return QString();
    }

    void checkStoredBefore(qint64 added)
    {
        const RawDb db(m_db);
        QCOMPARE(db.value("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(db.count("SELECT count(*) FROM article"), kStoredBefore + added);
        QCOMPARE(db.count("SELECT count(*) FROM article a JOIN source s ON s.id = a.source_id "
                          "WHERE s.path LIKE '%/good/%'"),
                 kStoredBefore);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
