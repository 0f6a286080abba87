// core/hangul.h, the one place that names the Hangul syllable block: its bounds, the index
// that tables use, the tail (받침) that chooses a particle, and the search for any syllable.
#include "core/hangul.h"

#include <QTest>

using namespace chipline::core;

class TestHangul final : public QObject
{
    Q_OBJECT

private slots:
    void syllables_data()
    {
        QTest::addColumn<QChar>("c");
        QTest::addColumn<bool>("syllable");
        QTest::addColumn<bool>("consonant");
        QTest::newRow("가, first") << QChar(u'가') << true << false;
        QTest::newRow("힣, last") << QChar(u'힣') << true << true;
        QTest::newRow("은") << QChar(u'은') << true << true;
        QTest::newRow("나") << QChar(u'나') << true << false;
        QTest::newRow("before the block") << QChar(char16_t(0xABFF)) << false << false;
        QTest::newRow("after the block") << QChar(char16_t(0xD7A4)) << false << false;
        QTest::newRow("conjoining jamo ᄀ") << QChar(u'ᄀ') << false << false;
        QTest::newRow("compatibility jamo ㄱ") << QChar(u'ㄱ') << false << false;
        QTest::newRow("Han 中") << QChar(u'中') << false << false;
        QTest::newRow("Latin") << QChar(u'n') << false << false;
    }
    void syllables()
    {
        QFETCH(QChar, c);
        QFETCH(bool, syllable);
        QFETCH(bool, consonant);
        QCOMPARE(isHangulSyllable(c), syllable);
        QCOMPARE(isHangulSyllable(c.unicode()), syllable);
        QCOMPARE(endsInConsonant(c), consonant);
    }

    void indexAndTail()
    {
        QCOMPARE(kHangulSyllables, 11172);
        QCOMPARE(hangulIndex(u'가'), 0);
        QCOMPARE(hangulIndex(u'힣'), kHangulSyllables - 1);
        QCOMPARE(hangulTail(u'가'), 0);
        QCOMPARE(hangulTail(u'각'), 1); // ㄱ
        QCOMPARE(hangulTail(u'갛'), 27); // ㅎ, the last tail
        static_assert(isHangulSyllable(u'한') && hangulTail(u'한') == 4); // ㄴ, usable in constants
    }

    void containsSyllable()
    {
        QVERIFY(containsHangulSyllable(u"Nvidia는 H20을"));
        QVERIFY(!containsHangulSyllable(u"Nvidia H20"));
        QVERIFY(!containsHangulSyllable(u"ㅋㅋ 中国")); // jamo and Han are not syllables
        QVERIFY(!containsHangulSyllable(QStringView()));
    }
};

QTEST_MAIN(TestHangul)
#include "tst_hangul.moc"
