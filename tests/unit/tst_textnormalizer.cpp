// core::TextNormalizer, the one NFC of the program: ingest's readers and parsers, the
// gazetteer's keys and the search box all go through it.
#include "core/textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using chipline::core::TextNormalizer;

// The quick check skips plain runs (ASCII, Latin-1, Hangul syllables) without asking ICU;
// these rows put combining marks and conjoining jamo right after such runs and after the
// other units ICU does look at, where a wrong span would leave text decomposed.
class TestTextNormalizer final : public QObject
{
    Q_OBJECT

private slots:
    void matchesQtNfc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain korean") << u"엔비디아는 H20을 공개했다."_s;
        QTest::newRow("nfc punctuation") << u"“화웨이” · 어센드… ‘910C’"_s;
        QTest::newRow("accent after ascii") << u"cafe\u0301 menu"_s;
        QTest::newRow("accent at start") << u"\u0301abc"_s;
        QTest::newRow("jamo after syllable") << u"한\u11AB국 가\u11A8"_s;
        QTest::newRow("nfd hangul") << u"\u1112\u1161\u11AB\u1100\u116E\u11A8"_s;
        QTest::newRow("lead and vowel only") << u"\u1100\u1161\u1102\u1165 \u110B\u1175"_s;
        QTest::newRow("accent after quote") << u"“e\u0301” and “a\u030A”"_s;
        QTest::newRow("accent after greek") << u"\u03B1\u0301 \u0415\u0308"_s;
        QTest::newRow("reordered marks") << u"a\u0323\u0302 q\u0307\u0323"_s;
        QTest::newRow("singleton") << u"\u2126 \u212B \u2000"_s;
        QTest::newRow("supplementary") << u"𝐇20 \U0001D15E 끝"_s;
        // Punctuation, Han and symbols are plain too: a mark after one must still be seen.
        QTest::newRow("marks after punctuation") << u"—\u0301 …\u0308 •\u0301 ※\u0323\u0302 ”\u0301"_s;
        QTest::newRow("marks after han") << u"中\u0301國 \u4E00\u0308"_s;
        QTest::newRow("jamo after punctuation") << u"·\u1161 “\u11A8"_s;
        QTest::newRow("compatibility ideograph") << u"\uF900 \u2F00 \u3000\u0301"_s;
        QTest::newRow("empty") << QString();
    }

    void matchesQtNfc()
    {
        QFETCH(QString, text);
        const QString expected = text.normalized(QString::NormalizationForm_C);
        QCOMPARE(TextNormalizer::nfc(text), expected);
        QCOMPARE(TextNormalizer::isNfc(text), text == expected);
    }

    // Plain text is passed over eight units at a time: a unit that needs NFC at every place
    // in and around such a block (after 0 to 17 syllables or letters) is still normalized.
    void marksAtEveryOffset()
    {
        for (const QString &plain : {u"가나다라마바사아자차카타파하가나다라"_s, u"abcdefghijklmnopqrs"_s}) {
            for (qsizetype n = 0; n <= 17; ++n) {
                for (const QString &odd : {u"\u0301"_s, u"\u1161"_s, u"\u11AB"_s, u"“e\u0301"_s}) {
                    const QString text = plain.first(n) + odd + plain;
                    const QString expected = text.normalized(QString::NormalizationForm_C);
                    QCOMPARE(TextNormalizer::nfc(text), expected);
                    QCOMPARE(TextNormalizer::isNfc(text), text == expected);
                }
            }
        }
    }

    // Decomposed Hangul (conjoining jamo, as macOS and some web pages write it) becomes the
    // syllables, however long the text: the normalizer is linear.
    void decomposedHangul()
    {
        const QString nfd = u"엔비디아 수출 규제, 한국 반도체 업계 긴장. "_s.normalized(QString::NormalizationForm_D);
        QVERIFY(nfd.contains(QChar(0x1100)));
        QVERIFY(!TextNormalizer::isNfc(nfd));
        QCOMPARE(TextNormalizer::nfc(nfd), u"엔비디아 수출 규제, 한국 반도체 업계 긴장. "_s);

        const QString longNfd = nfd.repeated(20000);
        QString text = longNfd;
        TextNormalizer::toNfc(text);
        QCOMPARE(text, u"엔비디아 수출 규제, 한국 반도체 업계 긴장. "_s.repeated(20000));
    }

    // NFC is canonical composition only: compatibility forms (ligatures, full- and
    // half-width letters, circled digits, compatibility jamo, superscripts) stay as they are,
    // while canonical singletons (ohm, angstrom, CJK compatibility ideographs) are replaced.
    void compatibilityForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("nfc");
        QTest::newRow("ligature fi") << u"\uFB01nance"_s << u"\uFB01nance"_s;
        QTest::newRow("full-width latin") << u"ＡＩ 칩 ＨＢＭ３"_s << u"ＡＩ 칩 ＨＢＭ３"_s;
        QTest::newRow("half-width katakana") << u"\uFF76\uFF9E"_s << u"\uFF76\uFF9E"_s;
        QTest::newRow("circled and superscript") << u"①² ㎚"_s << u"①² ㎚"_s;
        QTest::newRow("compatibility jamo") << u"ㄱㅏ ㅎㅏㄴ"_s << u"ㄱㅏ ㅎㅏㄴ"_s;
        QTest::newRow("half-width hangul") << u"\uFFA1\uFFC2"_s << u"\uFFA1\uFFC2"_s;
        QTest::newRow("ohm and angstrom") << u"10\u2126 1\u212B"_s << u"10\u03A9 1\u00C5"_s;
        QTest::newRow("cjk compatibility ideograph") << u"\uF900\uF91D"_s << u"\u8C48\u6B04"_s;
    }

    void compatibilityForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, nfc);
        QCOMPARE(TextNormalizer::nfc(text), nfc);
        QCOMPARE(TextNormalizer::isNfc(text), text == nfc);
    }

    // Text that is NFC already comes back as it is, and without a copy where the quick
    // check alone says so: nearly every article.
    void alreadyNfc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quick");
        QTest::newRow("ascii") << u"Nvidia H20 export licence, 2025-04-15."_s << true;
        QTest::newRow("korean") << u"미국 상무부는 15일 엔비디아의 H20 수출을 제한했다."_s << true;
        QTest::newRow("precomposed latin") << u"Huawei’s café in Zürich — «Ascend»"_s << true;
        QTest::newRow("han and kana") << u"華為 ファーウェイ"_s << true;
        // A mark that composes with nothing before it: NFC, though the quick check stops there.
        QTest::newRow("mark that does not compose") << u"q\u0307 x\u0323"_s << false;
    }

    void alreadyNfc()
    {
        QFETCH(QString, text);
        QFETCH(bool, quick);
        QCOMPARE(text, text.normalized(QString::NormalizationForm_C));
        QVERIFY(TextNormalizer::isNfc(text));
        QString copy = text;
        TextNormalizer::toNfc(copy);
        QCOMPARE(copy, text);
        if (quick)
            QCOMPARE(copy.constData(), text.constData()); // the same buffer, not a copy
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
