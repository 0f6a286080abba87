#include "events/sentencesplitter.h"

#include <QTest>

using namespace chipline::events;

// Rows: a text and its sentences joined by " | ", with a trailing "~" on a truncated one.
class TestSentenceSplitter final : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char16_t *text, const char16_t *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(expected);
        };
        row("korean", u"엔비디아는 밝혔다. 화웨이는 공개했다.", u"엔비디아는 밝혔다. | 화웨이는 공개했다.");
        row("glued-korean", u"밝혔다.화웨이는 공개했다.", u"밝혔다. | 화웨이는 공개했다.");
        row("quote-with-period", u"그는 \"규제는 실패했다. 다시 본다\"고 말했다. 다음 문장.",
            u"그는 \"규제는 실패했다. 다시 본다\"고 말했다. | 다음 문장.");
        row("quote-closing", u"그는 \"경쟁자다.\"라고 말했다. 끝.", u"그는 \"경쟁자다.\"라고 말했다. | 끝.");
        row("single-quotes", u"엔비디아 측은 'H20' 생산 계획을 공개하지 않았다. 끝.",
            u"엔비디아 측은 'H20' 생산 계획을 공개하지 않았다. | 끝.");
        row("abbreviations", u"The U.S. Commerce Department acted on Jan. 15 under rule No. 3. Nvidia said so.",
            u"The U.S. Commerce Department acted on Jan. 15 under rule No. 3. | Nvidia said so.");
        row("decimal", u"딥시크는 V3.2를 공개했다. 끝.", u"딥시크는 V3.2를 공개했다. | 끝.");
        row("question", u"Will it last? Nobody knows!", u"Will it last? | Nobody knows!");
        row("line-break", u"Headline without stop\nBody sentence.", u"Headline without stop | Body sentence.");
        row("ellipsis-mid", u"그러나... 결국 허용했다.", u"그러나... | 결국 허용했다.");
        row("cut-before-period", u"화웨이는 밝혔다. 딥시크는 모델을 공개...",
            u"화웨이는 밝혔다. | 딥시크는 모델을 공개...~");
        row("cut-after-period", u"화웨이는 밝혔다. 딥시크는 공개했다....", u"화웨이는 밝혔다. | 딥시크는 공개했다....");
        row("cut-in-version", u"딥시크는 신형 모델 V3....", u"딥시크는 신형 모델 V3....~");
    }

    void split()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QStringList parts;
        for (const SentenceSpan &s : SentenceSplitter().split(text))
            parts << text.mid(s.start, s.end - s.start) + (s.truncated ? QStringLiteral("~") : QString());
        QCOMPARE(parts.join(QStringLiteral(" | ")), expected);
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
