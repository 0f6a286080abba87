// decodeWellFormedUtf8 against a byte-by-byte reference: its ASCII and three-byte runs
// must agree with it on every text and refuse every malformed sequence wherever it falls.
#include "ingest/textdecoding.h"

#include <QTest>

#include <random>

using namespace chipline::ingest::decoding;

namespace {

// RFC 3629 by utf8SequenceLength, one sequence at a time; the text by Qt's own decoder.
std::optional<QString> reference(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *const end = p + bytes.size();
    while (p < end) {
        const int length = *p < 0x80 ? 1 : utf8SequenceLength(p, end);
        if (length == 0)
            return std::nullopt;
        p += length;
    }
    return QString::fromUtf8(bytes);
}

// Characters of every encoded length and every lead that needs a range check.
const char32_t kSamples[] = {
    U'a',      U' ',  U'\n',     U'7',      U'é',      U'Ж',          U'ࠀ',  U'ก', // E0 leads
    U'中',     U'国', U'화',     U'웨',     U'이',     U'가',         U'깋', // E1-EC
    U'하',     U'한', U'했',     U'힣',     U'\uD7FF', // ED, below the surrogates
    U'\uE000', U'「', U'\uFEFF', U'\uFFFD', U'😀',      U'\U0010FFFF', U'𝐀',
};

// Byte strings no decoder may take.
const QByteArray kMalformed[] = {
    QByteArray("\x80", 1),
    QByteArray("\xBF", 1),
    QByteArray("\xC0\xAF", 2),
    QByteArray("\xC1\xBF", 2),
    QByteArray("\xE0\x80\x80", 3),
    QByteArray("\xE0\x9F\xBF", 3),
    QByteArray("\xED\xA0\x80", 3),
    QByteArray("\xED\xBF\xBF", 3),
    QByteArray("\xE1\x80", 2),
    QByteArray("\xEA\xB0", 2),
    QByteArray("\xEA\xB0\xB0\x80", 4),
    QByteArray("\xF0\x8F\xBF\xBF", 4),
    QByteArray("\xF4\x90\x80\x80", 4),
    QByteArray("\xF5\x80\x80\x80", 4),
    QByteArray("\xFF", 1),
    QByteArray("\xC3", 1),
    QByteArray("\xE1", 1),
};

QByteArray randomText(std::mt19937 &random, int characters, int hangulShare)
{
    QString text;
    std::uniform_int_distribution<int> pick(0, int(std::size(kSamples)) - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> syllable(0xAC00, 0xD7A3);
    for (int i = 0; i < characters; ++i) {
        const char32_t c = percent(random) < hangulShare ? char32_t(syllable(random)) : kSamples[pick(random)];
        text += QString::fromUcs4(&c, 1);
    }
    return text.toUtf8();
}

void expectSame(const QByteArray &bytes)
{
    const std::optional<QString> want = reference(bytes);
    QString got = QStringLiteral("left over from before");
    const bool ok = decodeWellFormedUtf8(bytes, got);
    QCOMPARE(ok, want.has_value());
    if (ok)
        QCOMPARE(got, *want);
    QCOMPARE(decodeWellFormedUtf8(QByteArrayView(bytes)).has_value(), want.has_value());
}

} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryMixLikeQt()
    {
        std::mt19937 random(15);
        for (const int hangulShare : {0, 50, 90, 100}) {
            for (int round = 0; round < 400; ++round) {
                const QByteArray bytes = randomText(random, round % 97, hangulShare);
                QVERIFY(reference(bytes).has_value());
                expectSame(bytes);
            }
        }
    }

    // Long runs of one kind, as a Korean article or an English one gives them.
    void decodesLongRuns()
    {
        expectSame(QStringLiteral("화웨이의 어센드 칩은 한국에서 했다. ").repeated(50).toUtf8());
        expectSame(QByteArray("Nvidia said on Tuesday that H20 exports need a licence. ").repeated(50));
        expectSame(QStringLiteral("힣힣힣하하하 ").repeated(40).toUtf8());
        expectSame(QByteArray());
    }

    // Every malformed sequence at every offset of a run: inside an eight-byte ASCII step or
    // a run of three-byte sequences, at its edges, and in the last bytes.
    void refusesMalformedAtEveryOffset()
    {
        const QByteArray hangul = QStringLiteral("한국 반도체가 수출됐다 ").repeated(4).toUtf8();
        const QByteArray ascii = QByteArray("export controls ").repeated(4);
        for (const QByteArray &bad : kMalformed) {
            for (const QByteArray &run : {hangul, ascii}) {
                for (qsizetype at = 0; at <= run.size(); ++at) {
                    QByteArray bytes = run;
                    bytes.insert(at, bad);
                    expectSame(bytes);
                }
            }
        }
    }

    // Random bytes dropped into random text, checked against the reference.
    void agreesOnDamagedText()
    {
        std::mt19937 random(16);
        std::uniform_int_distribution<int> byte(0x80, 0xFF);
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = randomText(random, 1 + round % 61, 70);
            std::uniform_int_distribution<qsizetype> where(0, bytes.size() - 1);
            bytes[where(random)] = char(byte(random));
            expectSame(bytes);
        }
    }
};

QTEST_APPLESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
