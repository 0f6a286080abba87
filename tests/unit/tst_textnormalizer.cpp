#include "ingest/textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using chipline::ingest::TextNormalizer;

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
        QCOMPARE(TextNormalizer::nfc(text), text.normalized(QString::NormalizationForm_C));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
