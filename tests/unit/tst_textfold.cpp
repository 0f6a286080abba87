#include "text/nfctext.h"
#include "text/textfold.h"

#include <QTest>

using namespace chipline::text;
using namespace Qt::StringLiterals;

class TstTextFold final : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void key_data();
    void key();
    void nfdOffsetsMapBack();
};

void TstTextFold::fold_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("ascii upper") << u"NVIDIA"_s << u"nvidia"_s;
    QTest::newRow("full-width") << u"ＮＶＩＤＩＡ Ｈ２０"_s << u"nvidia h20"_s;
    QTest::newRow("nbsp and ideographic space") << u"a\u00A0b\u3000c\td"_s << u"a b c d"_s;
    QTest::newRow("hangul unchanged") << u"엔비디아"_s << u"엔비디아"_s;
    QTest::newRow("han unchanged") << u"华为"_s << u"华为"_s;
    QTest::newRow("full-width parens") << u"（ＦＴ）"_s << u"(ft)"_s;
    QTest::newRow("newline kept") << u"a\nb"_s << u"a\nb"_s;
}

void TstTextFold::fold()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QString folded;
    for (const QChar c : std::as_const(in))
        folded.append(QChar(TextFold::fold(c.unicode())));
    QCOMPARE(folded.size(), in.size());
    QCOMPARE(folded, out);
}

void TstTextFold::key_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("spaces collapse") << u"  젠슨   황 "_s << u"젠슨 황"_s;
    QTest::newRow("nfd to nfc") << u"\u1103\u1162\u1106\u1161\u11AB"_s << u"대만"_s;
    QTest::newRow("case") << u"Moore Threads"_s << u"moore threads"_s;
}

void TstTextFold::key()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(TextFold::key(in), out);
}

void TstTextFold::nfdOffsetsMapBack()
{
    // "x 대만" with 대만 in conjoining jamo: 5 units become 2 syllables.
    const QString nfd = u"x \u1103\u1162\u1106\u1161\u11AB!"_s;
    const NfcText nfc(nfd);
    QCOMPARE(nfc.text(), u"x 대만!"_s);
    QCOMPARE(nfc.toOriginalStart(2), 2);
    QCOMPARE(nfc.toOriginalEnd(4), 7);
    QCOMPARE(nfc.toOriginalStart(3), 4);
    QCOMPARE(nfc.toOriginalEnd(5), 8);
}

QTEST_GUILESS_MAIN(TstTextFold)
#include "tst_textfold.moc"
