#include "text/matcherlexicon.h"
#include "text/viewset.h"
#include "text/wordlist.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace chipline::text;
using namespace Qt::StringLiterals;

class TstWordList final : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryWordAndNoOther();
    void agreesWithASetOnRandomWords();
    void refusesUnsortedText();
    void builtInListIsComposedHangul();
    void viewSetAgreesWithASet();
    void viewMapMakesEachValueOnce();
};

void TstWordList::findsEveryWordAndNoOther()
{
    const QStringList words{u"가능성"_s, u"인도"_s, u"a"_s, u"가"_s, u"각"_s,  u"가나"_s,
                            u"漢字"_s,   u"가漢"_s, u"😀"_s, u"é"_s,  u"인도"_s};
    const WordList list = WordList::fromWords(words);
    QCOMPARE(list.size(), 10); // one duplicate
    for (const QString &w : words)
        QVERIFY2(list.contains(w), qPrintable(w));
    for (const QString &w : {u""_s, u"b"_s, u"인"_s, u"인도네시아"_s, u"가능"_s, u"가능성이"_s, u"A"_s, u"e"_s, u"😁"_s,
                             u"가\n나"_s, u" 인도"_s})
        QVERIFY2(!list.contains(w), qPrintable(w));
    QVERIFY(!WordList().contains(u"a"));
    QCOMPARE(WordList::fromWords(list.words()).words(), list.words());
}

// Mixed scripts and lengths, searched both for words in the list and for near misses.
void TstWordList::agreesWithASetOnRandomWords()
{
    QRandomGenerator rng(7);
    const QList<char16_t> alphabet{u'a', u'z', u'가', u'각', u'힣', u'中', u'é', u'1'};
    const auto randomWord = [&] {
        QString w;
        const int n = 1 + rng.bounded(5);
        for (int i = 0; i < n; ++i)
            w.append(QChar(alphabet[rng.bounded(alphabet.size())]));
        return w;
    };
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words.append(randomWord());
    const QSet<QString> set(words.cbegin(), words.cend());
    const WordList list = WordList::fromWords(words);
    QCOMPARE(list.size(), set.size());
    for (int i = 0; i < 20000; ++i) {
        const QString w = randomWord();
        QVERIFY2(list.contains(w) == set.contains(w), qPrintable(w));
    }
}

void TstWordList::refusesUnsortedText()
{
    QVERIFY(WordList::fromSortedUtf8("a\nb\n").contains(u"b"));
    QVERIFY(WordList::fromSortedUtf8("b\na\n").isEmpty());
    QVERIFY(WordList::fromSortedUtf8("a\na\n").isEmpty());
    QVERIFY(WordList::fromSortedUtf8("a\n\nb\n").isEmpty());
    QVERIFY(WordList::fromSortedUtf8("a\nb").isEmpty()); // last line not ended
}

// hunspell-ko writes conjoining jamo; the matcher compares NFC text.
void TstWordList::builtInListIsComposedHangul()
{
    const WordList &words = MatcherLexicon::builtIn().ordinaryWords;
    if (words.isEmpty())
        QSKIP("built without hunspell-ko");
    QVERIFY(words.size() > 50000);
    for (const QString &w : {u"가능성"_s, u"인도"_s, u"반도체"_s, u"정부"_s})
        QVERIFY2(words.contains(w), qPrintable(w));
    QVERIFY(!words.contains(u"엔비디아"_s));
    QVERIFY(!words.contains(u"\u1100\u1161"_s)); // 가 in jamo: not how the list writes it
}

// The recognizers' particle, title and stop-word sets: random short words, in and out.
void TstWordList::viewSetAgreesWithASet()
{
    QRandomGenerator rng(11);
    const QList<char16_t> alphabet{u'a', u'가', u'각', u'은', u'中', u' '};
    const auto randomWord = [&] {
        QString w;
        const int n = rng.bounded(4);
        for (int i = 0; i < n; ++i)
            w.append(QChar(alphabet[rng.bounded(alphabet.size())]));
        return w;
    };
    QStringList words;
    for (int i = 0; i < 300; ++i)
        words.append(randomWord());
    QSet<QString> set(words.cbegin(), words.cend());
    set.remove(QString());
    const ViewSet views(words);
    QCOMPARE(views.size(), set.size());
    for (int i = 0; i < 5000; ++i) {
        const QString w = randomWord();
        QVERIFY2(views.contains(w) == set.contains(w), qPrintable(w));
    }
    QVERIFY(!ViewSet().contains(u"a"));
    QVERIFY(!ViewSet({u""_s}).contains(u""));
}

// A per-text cache: one value per distinct key, kept while the table grows.
void TstWordList::viewMapMakesEachValueOnce()
{
    QStringList keys;
    for (int i = 0; i < 500; ++i)
        keys.append(u"k"_s + QString::number(i % 200));
    ViewMap<int> map;
    int made = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const int value = map.findOrInsert(keys[i], [&] { return ++made; });
        QCOMPARE(value, int(i % 200) + 1);
    }
    QCOMPARE(made, 200);
}

QTEST_GUILESS_MAIN(TstWordList)
#include "tst_wordlist.moc"
