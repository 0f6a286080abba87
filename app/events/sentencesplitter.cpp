#include "events/sentencesplitter.h"

#include "core/hangul.h"

#include <QString>

#include <array>

namespace chipline::events {

namespace {

constexpr std::array<const char16_t *, 33> kAbbreviations{
    u"U.S",  u"U.K", u"U.N",  u"E.U", u"S",   u"No",  u"Nos", u"Mr",  u"Mrs", u"Ms",   u"Dr",
    u"Prof", u"Inc", u"Corp", u"Co",  u"Ltd", u"Jr",  u"Sr",  u"St",  u"Gov", u"Sen",  u"Rep",
    u"Gen",  u"vs",  u"e.g",  u"i.e", u"Jan", u"Feb", u"Mar", u"Apr", u"Aug", u"Sept", u"approx"};
constexpr std::array<const char16_t *, 4> kMoreAbbreviations{u"Sep", u"Oct", u"Nov", u"Dec"};

bool isClosing(QChar c)
{
    static const QString closing = QStringLiteral("\"'”’)]」』》>");
    return closing.contains(c);
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

bool isAbbreviation(QStringView text, qsizetype dot)
{
    qsizetype s = dot;
    while (s > 0 && (text[s - 1].isLetter() || text[s - 1] == u'.') && text[s - 1].unicode() < 0x80)
        --s;
    const QStringView word = text.sliced(s, dot - s);
    if (word.size() == 1 && word[0].isUpper())
        return true; // an initial: "J. Smith"
    for (const char16_t *a : kAbbreviations) {
        if (word == QStringView(a))
            return true;
    }
    for (const char16_t *a : kMoreAbbreviations) {
        if (word == QStringView(a))
            return true;
    }
    return false;
}

// Whether a double quotation opened before a stop closes later on the same line. One
// tracker scans each line once from left to right, however many stops it has: rescanning
// the line for every stop made a 10 MB one-line file take hours.
class QuoteTracker final
{
public:
    explicit QuoteTracker(QStringView text)
        : m_text(text)
    {}

    void newLine(qsizetype lineStart)
    {
        m_scanned = lineStart;
        m_straight = 0;
        m_curly = 0;
        m_nextStraight = kUnknown;
        m_nextCurly = kUnknown;
    }

    bool insideQuote(qsizetype pos)
    {
        for (; m_scanned < pos; ++m_scanned) {
            const QChar c = m_text[m_scanned];
            if (c == u'"')
                m_straight ^= 1;
            else if (c == u'“')
                ++m_curly;
            else if (c == u'”' && m_curly > 0)
                --m_curly;
        }
        if (!m_straight && !m_curly)
            return false;
        return (m_straight && closesLater(u'"', m_nextStraight, pos))
            || (m_curly && closesLater(u'”', m_nextCurly, pos));
    }

private:
    static constexpr qsizetype kUnknown = -1;
    static constexpr qsizetype kNone = -2;

    // Whether ch occurs at or after pos on this line. next caches the last answer: the
    // position found, or kNone; positions only grow, so no character is read twice.
    bool closesLater(QChar ch, qsizetype &next, qsizetype pos) const
    {
        if (next == kNone)
            return false;
        if (next >= pos)
            return true;
        for (qsizetype i = pos; i < m_text.size() && m_text[i] != u'\n'; ++i) {
            if (m_text[i] == ch) {
                next = i;
                return true;
            }
        }
        next = kNone;
        return false;
    }

    QStringView m_text;
    qsizetype m_scanned = 0;
    int m_straight = 0;
    int m_curly = 0;
    qsizetype m_nextStraight = kUnknown;
    qsizetype m_nextCurly = kUnknown;
};

} // namespace

QList<SentenceSpan> SentenceSplitter::split(QStringView text) const
{
    QList<SentenceSpan> sentences;
    const auto close = [&](qsizetype start, qsizetype end) {
        while (start < end && isSpace(text[start]))
            ++start;
        while (end > start && isSpace(text[end - 1]))
            --end;
        if (end > start)
            sentences.append({start, end, false});
    };
    qsizetype start = 0;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    QuoteTracker quotes(text);
    quotes.newLine(0);
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\n') {
            close(start, i);
            start = lineStart = ++i;
            quotes.newLine(lineStart);
            continue;
        }
        const bool stop = c == u'.' || c == u'?' || c == u'!' || c == u'。' || c == u'…';
        if (!stop) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && (text[j] == u'.' || text[j] == u'…'))
            ++j; // an ellipsis is one stop
        const bool single = c == u'.' && j == i + 1;
        if (single && j < text.size() && text[j].isDigit()) {
            i = j; // 3.2, 2025.04.09
            continue;
        }
        if (single && isAbbreviation(text, i)) {
            i = j;
            continue;
        }
        const qsizetype beforeClosing = j;
        while (j < text.size() && isClosing(text[j]))
            ++j;
        const bool spaceAfter = j >= text.size() || isSpace(text[j]);
        // Korean copy sometimes runs sentences together: "했다.그는".
        const bool gluedKorean = single && j == beforeClosing && j < text.size() && i > 0 && text[i - 1] == u'다'
            && core::isHangulSyllable(text[j]);
        if ((spaceAfter || gluedKorean) && !quotes.insideQuote(i)) {
            close(start, j);
            start = j;
        }
        i = j;
    }
    close(start, text.size());
    if (!sentences.isEmpty()) {
        const QStringView last = text.sliced(sentences.last().start, sentences.last().end - sentences.last().start);
        // "...했다" + "..." was cut before its period; "...했다." + "..." was cut after it,
        // and four dots or ".…" are that complete sentence followed by the cut mark.
        qsizetype dots = 0;
        while (dots < last.size() && last[last.size() - 1 - dots] == u'.')
            ++dots;
        if (last.endsWith(u'…'))
            sentences.last().truncated = !(last.size() > 1 && last[last.size() - 2] == u'.');
        else
            sentences.last().truncated = dots == 2 || dots == 3
                || (dots >= 4 && dots < last.size() && last[last.size() - 1 - dots].isDigit()); // "V3." of V3.2
    }
    return sentences;
}

} // namespace chipline::events
