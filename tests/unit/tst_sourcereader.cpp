#include "ingest/sourcereader.h"
#include "ingest/sourcestream.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using chipline::ingest::SourceReader;
using chipline::ingest::SourceStream;

namespace {

const QString kKorean = u"엔비디아 H20 칩 수출 통제 강화\n미국 상무부는 16일 새 규정을 발표했다.\n"
                        u"삼성전자와 SK하이닉스는 영향을 점검하고 있다.\n"_s;

QString fixture(const QString &name)
{
    return QStringLiteral(CHIPLINE_TEST_DATA) + u"/ingest/encoding/"_s + name;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// What a caller of SourceStream ends up with: the pieces joined, or the error.
struct Streamed
{
    QString text;
    QString error;
    int restarts = 0;
    int pieces = 0;
};

Streamed streamAll(const QString &path, qsizetype pieceBytes, qint64 limit = SourceReader::kDefaultMaxBytes)
{
    SourceStream stream(path, limit, pieceBytes);
    Streamed out;
    for (;;) {
        switch (stream.next()) {
        case SourceStream::Step::Piece:
            out.text += stream.piece();
            ++out.pieces;
            break;
        case SourceStream::Step::Restart:
            out.text.clear();
            ++out.restarts;
            break;
        case SourceStream::Step::End:
            return out;
        case SourceStream::Step::Failed:
            out.error = stream.error();
            return out;
        }
    }
}

} // namespace

class TestSourceReader final : public QObject
{
    Q_OBJECT

private slots:
    void decodesFixtures_data();
    void decodesFixtures();
    void refuses_data();
    void refuses();
    void unreadableFile();
    void corruptUtf8NamesByteAndLine();
    void largeUtf8DecodesQuickly();
    void decodesUtf8LikeQt_data();
    void decodesUtf8LikeQt();
    void streamsAsReadWhole_data();
    void streamsAsReadWhole();

private:
    QTemporaryDir m_dir;
};

void TestSourceReader::decodesFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("utf-8") << u"utf8.txt"_s << u"UTF-8"_s << kKorean;
    QTest::newRow("utf-8 with BOM") << u"utf8-bom.txt"_s << u"UTF-8"_s << kKorean;
    QTest::newRow("utf-16le BOM") << u"utf16le-bom.txt"_s << u"UTF-16LE"_s << kKorean;
    QTest::newRow("utf-16be BOM") << u"utf16be-bom.txt"_s << u"UTF-16BE"_s << kKorean;
    QTest::newRow("euc-kr") << u"euckr.txt"_s << u"EUC-KR"_s << kKorean;
    QTest::newRow("cp949-only syllables")
        << u"cp949.txt"_s << u"CP949"_s << u"똠방각하 햏 펲 같은 글자는 EUC-KR에 없다.\n확장 완성형 시험 문장이다.\n"_s;
    QTest::newRow("latin-1 via charset detection")
        << u"latin1.txt"_s << u"ISO-8859-1"_s
        << u"Café owners in Zürich read about the new chip curbs.\nNo résumé needed.\n"_s;
    QTest::newRow("nfd hangul becomes nfc") << u"nfd.txt"_s << u"UTF-8"_s << u"반도체 수출 규제\n한국 기업 영향\n"_s;
    QTest::newRow("crlf and cr") << u"crlf.txt"_s << u"UTF-8"_s << u"첫째 줄\n둘째 줄\n셋째 줄\n"_s;
}

void TestSourceReader::decodesFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const auto doc = SourceReader::read(fixture(file));
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->encoding, encoding);
    QCOMPARE(doc->text, text);
    QCOMPARE(doc->text, doc->text.normalized(QString::NormalizationForm_C));
    QCOMPARE(doc->path, fixture(file));
    QVERIFY(!doc->bytes.isEmpty());
}

// Well-formed UTF-8 of every sequence length, around the eight-byte ASCII steps.
void TestSourceReader::decodesUtf8LikeQt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ascii") << QByteArray("Nvidia H20 export curbs tightened.\n");
    QTest::newRow("two-byte") << QByteArray("Caf\xc3\xa9 in Z\xc3\xbcrich, \xc2\xa9 2025\n");
    QTest::newRow("three-byte") << u"엔비디아 H20 “수출” 통제…\n"_s.toUtf8();
    QTest::newRow("four-byte") << QByteArray("chip \xf0\x9f\x98\x80 ok \xf0\x9d\x90\x87\x32\x30\n");
    QTest::newRow("mixed at step edges") << u"abcdefg한abcdefgh𝐇abcdefghi é\n"_s.toUtf8();
    QTest::newRow("BOM inside") << QByteArray("a\xef\xbb\xbf"
                                              "b\n");
    QTest::newRow("U+FFFF and U+10FFFF") << QByteArray("x\xef\xbf\xbfy\xf4\x8f\xbf\xbfz\n");
}

void TestSourceReader::decodesUtf8LikeQt()
{
    QFETCH(QByteArray, bytes);
    const auto doc = SourceReader::decode(u"mem.txt"_s, bytes);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->encoding, u"UTF-8"_s);
    QCOMPARE(doc->text, QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C));
}

void TestSourceReader::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // after "<path>: "

    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder, not a file"_s;
    QTest::newRow("broken link") << u"broken-link"_s
                                 << u"is a broken symbolic link (it points to %1, which does not exist)"_s;
    QTest::newRow("empty") << u"empty"_s << u"is empty (0 bytes)"_s;
    QTest::newRow("whitespace only") << u"blank"_s << u"is empty (only whitespace)"_s;
    QTest::newRow("too large") << u"large"_s << u"is 2.0 MB, larger than the limit of 1.0 MB"_s;
    QTest::newRow("binary NUL") << u"binary"_s
                                << u"looks like a binary file, not text (NUL or control bytes in the first 64 KB)"_s;
    QTest::newRow("binary controls")
        << u"controls"_s << u"looks like a binary file, not text (NUL or control bytes in the first 64 KB)"_s;
    QTest::newRow("utf-16 with NULs") << u"utf16-binary"_s
                                      << u"looks like a binary file, not text (control characters)"_s;
    QTest::newRow("invalid utf-8 after BOM") << u"bom-invalid"_s << u"invalid UTF-8 at byte 8 (line 2)"_s;
    QTest::newRow("undecodable")
        << u"undecodable"_s
        << u"is not valid UTF-8 (first invalid byte 0, line 1) and its encoding could not be recognised"_s;
}

void TestSourceReader::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(kind);
    qint64 limit = SourceReader::kDefaultMaxBytes;
    if (kind == u"folder"_s) {
        QVERIFY(QDir(m_dir.path()).mkpath(kind));
    } else if (kind == u"broken-link"_s) {
        const QString target = m_dir.filePath(u"nowhere"_s);
        QVERIFY(QFile::link(target, path));
        reason = reason.arg(target);
    } else if (kind == u"empty"_s) {
        writeFile(path, {});
    } else if (kind == u"blank"_s) {
        writeFile(path, " \n\t\r\n  \n");
    } else if (kind == u"large"_s) {
        writeFile(path, QByteArray(2 * 1024 * 1024, 'a'));
        limit = 1024 * 1024;
    } else if (kind == u"binary"_s) {
        writeFile(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    } else if (kind == u"controls"_s) {
        QByteArray bytes;
        for (int i = 0; i < 200; ++i)
            bytes.append(char(i % 2 == 0 ? 'x' : (1 + i % 7)));
        writeFile(path, bytes);
    } else if (kind == u"utf16-binary"_s) {
        writeFile(path,
                  QByteArray("\xff\xfe"
                             "a\0\0\0\0\0b\0",
                             10));
    } else if (kind == u"bom-invalid"_s) {
        writeFile(path,
                  "\xef\xbb\xbf"
                  "abc\nd\xff"
                  "ef\n");
    } else if (kind == u"undecodable"_s) {
        writeFile(path, "\xc0\xc1\xf5\xff\xc0\xc1\xf5\xff abc");
    }
    const auto doc = SourceReader::read(path, limit);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().message, path + u": "_s + reason);
    // Streamed, the file is refused for the same reason.
    for (const qsizetype piece : {qsizetype(5), qsizetype(1024 * 1024)})
        QCOMPARE(streamAll(path, piece, limit).error, path + u": "_s + reason);
}

void TestSourceReader::streamsAsReadWhole_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("restarts"); // met something it cannot stream after the first piece
    // Files over the 64 KB read first, so that small pieces really stream.

    const QByteArray korean = kKorean.toUtf8();
    QTest::newRow("korean lines") << korean.repeated(800) << false;
    QTest::newRow("crlf") << QByteArray(korean).replace("\n", "\r\n").repeated(800) << false;
    QTest::newRow("lone cr") << QByteArray(korean).replace("\n", "\r").repeated(800) << false;
    QTest::newRow("boms") << QByteArray("\xef\xbb\xbf\xef\xbb\xbf") + korean.repeated(800) << false;
    // Decomposed Hangul and e + combining acute: NFC must not depend on where pieces end.
    const QByteArray nfd =
        QString(kKorean + u"Cafe\u0301 e\u0301te\u0301\n"_s).normalized(QString::NormalizationForm_D).toUtf8();
    QTest::newRow("nfd") << nfd.repeated(600) << false;
    QTest::newRow("one long line") << QByteArray(korean).replace('\n', ' ').repeated(800) << false;
    QTest::newRow("no final newline") << korean.repeated(800) + "끝" << false;
    QTest::newRow("corrupt later") << korean.repeated(600) + "\xff\xfe\n" + korean.repeated(200) << true;
    QTest::newRow("legacy later") << QByteArray("plain ascii line\n").repeated(8000)
            + QByteArray("\xbf\xa3\xba\xf1\xb5\xf0\xbe\xc6 H20\n").repeated(20)
                                  << true;
}

void TestSourceReader::streamsAsReadWhole()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, restarts);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"stream.txt"_s);
    writeFile(path, bytes);
    const auto doc = SourceReader::read(path);
    for (const qsizetype piece : {qsizetype(4), qsizetype(7), qsizetype(64), qsizetype(1024 * 1024)}) {
        const Streamed got = streamAll(path, piece);
        if (doc) {
            QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
            QCOMPARE(got.text, doc->text);
        } else {
            QCOMPARE(got.error, doc.error().message);
        }
        // Small pieces stream; one piece holds the whole file and never restarts.
        QCOMPARE(got.restarts, restarts && piece < bytes.size() ? 1 : 0);
        if (!restarts && piece < bytes.size() / 2)
            QVERIFY(got.pieces > 1);
    }
}

void TestSourceReader::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("root can read any file");
    const QString path = m_dir.filePath(u"secret.txt"_s);
    writeFile(path, "text");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const auto doc = SourceReader::read(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().message, path + u": cannot be read: permission denied"_s);
}

void TestSourceReader::corruptUtf8NamesByteAndLine()
{
    // Mostly UTF-8 Korean with one stray byte: an error, not a guess at another charset.
    QByteArray bytes;
    for (int i = 0; i < 29; ++i)
        bytes += u"%1번째 줄: 반도체 수출 통제\n"_s.arg(i + 1, 2, 10, QChar(u'0')).toUtf8();
    const qsizetype offset = bytes.size() + 3;
    bytes += "abc\xb0"
             "def\n";
    bytes += u"끝\n"_s.toUtf8();
    const auto doc = SourceReader::decode(u"corrupt.txt"_s, bytes);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().message, u"corrupt.txt: invalid UTF-8 at byte %1 (line 30)"_s.arg(offset));
}

void TestSourceReader::largeUtf8DecodesQuickly()
{
    // 20 MB of mixed text must decode in one pass (no timing asserted, only the result).
    const QByteArray line = u"Nvidia H20 수출 통제 — 상무부 발표\r\n"_s.toUtf8();
    QByteArray bytes;
    bytes.reserve(20 * 1024 * 1024);
    while (bytes.size() < 20 * 1024 * 1024)
        bytes += line;
    const auto doc = SourceReader::decode(u"big.txt"_s, bytes);
    QVERIFY(doc.ok());
    QCOMPARE(doc->encoding, u"UTF-8"_s);
    QCOMPARE(doc->text.count(u'\n'), bytes.count('\n'));
    QVERIFY(!doc->text.contains(u'\r'));
}

QTEST_GUILESS_MAIN(TestSourceReader)
#include "tst_sourcereader.moc"
