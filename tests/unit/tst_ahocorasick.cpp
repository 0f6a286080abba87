// The matcher's automaton on its own: overlapping keys, folding, space runs, the NFC
// early-out, and many keys checked against a plain search.
#include "core/textnormalizer.h"
#include "text/ahocorasick.h"
#include "text/textfold.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <tuple>

using namespace chipline::text;

namespace {

using HitTuple = std::tuple<qsizetype, std::int32_t, std::int32_t>; // end, payload, length

AhoCorasick built(const QStringList &keys)
{
    AhoCorasick ac;
    for (qsizetype i = 0; i < keys.size(); ++i)
        ac.add(keys[i], std::int32_t(i));
    ac.build();
    return ac;
}

// Every hit, sorted by end and payload (the order within one end is not promised).
QList<HitTuple> hits(const AhoCorasick &ac, QStringView text, bool *complete = nullptr, bool normalized = false)
{
    QList<HitTuple> out;
    qsizetype lastEnd = 0;
    bool ordered = true;
    const bool done = ac.scan(
        text,
        [&](const AhoCorasick::Hit &h) {
            ordered = ordered && h.end >= lastEnd;
            lastEnd = h.end;
            out.append({h.end, h.payload, h.length});
        },
        normalized);
    if (complete)
        *complete = done;
    if (!ordered)
        out.append({-1, -1, -1}); // shows in the comparison
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestAhoCorasick final : public QObject
{
    Q_OBJECT

private slots:
    void overlappingKeys()
    {
        const AhoCorasick ac =
            built({QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("his"), QStringLiteral("hers")});
        QCOMPARE(hits(ac, u"ushers"), (QList<HitTuple>{{4, 0, 2}, {4, 1, 3}, {6, 3, 4}}));
        QCOMPARE(hits(ac, u"hishers"), (QList<HitTuple>{{3, 2, 3}, {5, 0, 2}, {5, 1, 3}, {7, 3, 4}}));
        QVERIFY(hits(ac, u"h e").isEmpty());
    }

    void keysInsideKeys()
    {
        // 삼성, 삼성전자, 전자: every key that ends at a position, including nested ones.
        const AhoCorasick ac = built({QStringLiteral("삼성"), QStringLiteral("삼성전자"), QStringLiteral("전자")});
        QCOMPARE(hits(ac, u"삼성전자는"), (QList<HitTuple>{{2, 0, 2}, {4, 1, 4}, {4, 2, 2}}));
    }

    void textIsFoldedAsItIsRead()
    {
        const AhoCorasick ac = built({TextFold::key(u"NVIDIA H20")});
        QCOMPARE(hits(ac, u"NVIDIA H20"), (QList<HitTuple>{{10, 0, 10}}));
        QCOMPARE(hits(ac, u"nvidia h20"), (QList<HitTuple>{{10, 0, 10}}));
        QCOMPARE(hits(ac, u"ＮＶＩＤＩＡ　Ｈ２０"), (QList<HitTuple>{{10, 0, 10}})); // full width, ideographic space
        QVERIFY(hits(ac, u"NVIDIA-H20").isEmpty());
    }

    // A space inside a key matches one or more horizontal spaces, never a line break; the
    // length counts the run once.
    void spaceRunsFoldToOne_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("end"); // -1: no hit
        QTest::newRow("one space") << QStringLiteral("미 상무부") << qsizetype(5);
        QTest::newRow("three spaces") << QStringLiteral("미   상무부는") << qsizetype(7);
        QTest::newRow("tab and nbsp") << QStringLiteral("미\t\u00A0상무부") << qsizetype(6);
        QTest::newRow("leading spaces") << QStringLiteral("   미 상무부") << qsizetype(8);
        QTest::newRow("no space") << QStringLiteral("미상무부") << qsizetype(-1);
        QTest::newRow("line break") << QStringLiteral("미\n상무부") << qsizetype(-1);
        QTest::newRow("space then line break") << QStringLiteral("미 \n상무부") << qsizetype(-1);
    }
    void spaceRunsFoldToOne()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, end);
        const AhoCorasick ac = built({QStringLiteral("미 상무부")});
        const QList<HitTuple> found = hits(ac, text);
        if (end < 0) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found, (QList<HitTuple>{{end, 0, 5}}));
    }

    // A hit says whether its key has a space, the only kind whose text may be longer.
    void spacedKeys()
    {
        const AhoCorasick ac = built({QStringLiteral("미 상무부"), QStringLiteral("상무부")});
        QList<std::tuple<qsizetype, std::int32_t, bool>> found;
        QVERIFY(ac.scan(QStringLiteral("미   상무부"), [&](const AhoCorasick::Hit &h) {
            found.append({h.end, h.payload, h.spaced});
        }));
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<std::tuple<qsizetype, std::int32_t, bool>>{{7, 0, true}, {7, 1, false}}));
    }

    void spaceUnits()
    {
        const AhoCorasick ac = built({QStringLiteral("a")});
        for (const char16_t u : {u' ', u'\u00A0', u'\u3000', u'\t'})
            QVERIFY(ac.isSpaceUnit(u));
        for (const char16_t u : {u'a', u'\n', u'\r', u'가'})
            QVERIFY(!ac.isSpaceUnit(u));
    }

    // A unit that may change under NFC stops the scan: the caller normalizes and rescans
    // with normalized = true, which reads such units as they are.
    void nfcEarlyOut()
    {
        const AhoCorasick ac = built({QStringLiteral("한국"), QStringLiteral("café")});
        const QString nfd = QStringLiteral("\u1112\u1161\u11AB\u1100\u116E\u11A8 수출"); // 한국 as conjoining jamo
        bool complete = true;
        QVERIFY(hits(ac, nfd, &complete).isEmpty());
        QVERIFY(!complete);
        const QString nfc = chipline::core::TextNormalizer::nfc(nfd);
        QCOMPARE(nfc, QStringLiteral("한국 수출"));
        QCOMPARE(hits(ac, nfc, &complete, true), (QList<HitTuple>{{2, 0, 2}}));
        QVERIFY(complete);

        // A combining accent: NFD "café" stops, its NFC form matches.
        QVERIFY(hits(ac, u"cafe\u0301", &complete).isEmpty());
        QVERIFY(!complete);
        QCOMPARE(hits(ac, chipline::core::TextNormalizer::nfc(QStringLiteral("cafe\u0301")), &complete, true),
                 (QList<HitTuple>{{4, 1, 4}}));

        // What was found before the unit is reported; a lone jamo stays one after NFC, and
        // a normalized scan reads past it instead of stopping again.
        QCOMPARE(hits(ac, u"한국 \u1161", &complete), (QList<HitTuple>{{2, 0, 2}}));
        QVERIFY(!complete);
        QCOMPARE(hits(ac, u"\u1161 한국", &complete, true), (QList<HitTuple>{{4, 0, 2}}));
        QVERIFY(complete);
    }

    void keysOutOfRangeAreIgnored()
    {
        AhoCorasick ac;
        ac.add(QString(), 1);
        ac.add(QString(256, u'a'), 2);
        ac.add(QString(255, u'b'), 3);
        ac.build();
        QVERIFY(hits(ac, QString(300, u'a')).isEmpty());
        QCOMPARE(hits(ac, QString(256, u'b')), (QList<HitTuple>{{255, 3, 255}, {256, 3, 255}}));
    }

    void sameKeyTwice()
    {
        const AhoCorasick ac = built({QStringLiteral("tsmc"), QStringLiteral("tsmc")});
        QCOMPARE(hits(ac, u"TSMC"), (QList<HitTuple>{{4, 0, 4}, {4, 1, 4}}));
    }

    void emptyAutomaton()
    {
        AhoCorasick ac;
        ac.build();
        bool complete = false;
        QVERIFY(hits(ac, u"아무 글", &complete).isEmpty());
        QVERIFY(complete);
        QVERIFY(hits(ac, u"").isEmpty());
    }

    // Thousands of keys over a small alphabet: states with many edges (past the three kept
    // inline; with 40 symbols, past the few searched one by one), deep failure chains and
    // shared suffixes, checked against a plain search.
    void manyKeysAgreeWithAPlainSearch_data()
    {
        QTest::addColumn<QString>("alphabet");
        QTest::newRow("12 symbols") << QStringLiteral("abcdefgh가나다라");
        QTest::newRow("40 symbols") << QStringLiteral("abcdefghijklmnopqrstuvwxyz0123가나다라마바사아자차");
        // Far more symbols than a state's edge bits (one per symbol % 32): the bit alone
        // must never turn away a symbol that has an edge.
        QString wide = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
        for (char16_t syllable = u'가'; wide.size() < 100; syllable += 29)
            wide.append(QChar(syllable));
        QTest::newRow("100 symbols, edge bits shared") << wide;
    }

    void manyKeysAgreeWithAPlainSearch()
    {
        QFETCH(QString, alphabet);
        QRandomGenerator rng(16);
        const auto randomText = [&](int length) {
            QString s;
            for (int i = 0; i < length; ++i)
                s.append(alphabet[rng.bounded(int(alphabet.size()))]);
            return s;
        };
        QStringList keys;
        for (int i = 0; i < 3000; ++i)
            keys.append(randomText(1 + rng.bounded(6)));
        const AhoCorasick ac = built(keys);
        QVERIFY(ac.stateCount() > 1000);
        for (int round = 0; round < 5; ++round) {
            QString text = randomText(2000);
            text.insert(rng.bounded(2000), QStringLiteral("#-%")); // units no key has, folded or not
            QList<HitTuple> expected;
            for (qsizetype k = 0; k < keys.size(); ++k) {
                for (qsizetype at = text.indexOf(keys[k]); at >= 0; at = text.indexOf(keys[k], at + 1))
                    expected.append({at + keys[k].size(), std::int32_t(k), std::int32_t(keys[k].size())});
            }
            std::sort(expected.begin(), expected.end());
            const QList<HitTuple> found = hits(ac, text);
            QCOMPARE(found.size(), expected.size());
            QCOMPARE(found, expected);
        }
    }

    // save() and load(): the same hits; and an image whose tables would send a scan out of
    // bounds, round a failure loop or before the text is refused.
    void imageRoundTrip()
    {
        const AhoCorasick ac = built({QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("his"),
                                      QStringLiteral("hers"), QStringLiteral("상무부"), QStringLiteral("미 상무부")});
        AhoCorasick read;
        QVERIFY(read.load(ac.save()));
        QCOMPARE(read.save(), ac.save());
        const QString text = QStringLiteral("ushers said 미  상무부 and his");
        QCOMPARE(hits(read, text), hits(ac, text));
        QVERIFY(!hits(ac, text).isEmpty());
    }

    void damagedImagesAreRefused()
    {
        const AhoCorasick ac = built({QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("hers")});
        const QByteArray image = ac.save();
        // The tables in the order save() writes them, each a count and its elements.
        const std::array<qsizetype, 10> sizes = {2, 2, 2, 4, 32, 2, 4, 4, 4, 4};
        std::array<qsizetype, 10> at{}; // where each table's elements start
        qsizetype offset = 8;
        for (std::size_t t = 0; t < sizes.size(); ++t) {
            quint64 count = 0;
            std::memcpy(&count, image.constData() + offset, sizeof count);
            at[t] = offset + 8;
            offset = at[t] + qsizetype(count) * sizes[t];
        }
        QCOMPARE(offset, image.size());
        const auto refused = [&image](qsizetype where, qint32 value) {
            QByteArray bad = image;
            std::memcpy(bad.data() + where, &value, sizeof value);
            AhoCorasick read;
            return !read.load(bad);
        };
        const qsizetype states = 4, outLength = 9, state1 = at[states] + 32;
        QVERIFY(refused(state1 + 20, 1)); // state 1 fails to itself: a step would never end
        QVERIFY(refused(state1 + 20, 99)); // a failure link past the last state
        QVERIFY(refused(state1 + 8, 2 * 99)); // an edge to no state
        QVERIFY(refused(at[outLength], 200)); // a key longer than its state is deep
        QVERIFY(refused(at[outLength], 0));
        QVERIFY(refused(at[3], 2 * 99)); // the root's edge to no state
        AhoCorasick read;
        QVERIFY(!read.load(image.first(image.size() - 1)));
        QVERIFY(!read.load(QByteArray(image).replace(0, 4, "XXXX")));
    }
};

QTEST_GUILESS_MAIN(TestAhoCorasick)
#include "tst_ahocorasick.moc"
