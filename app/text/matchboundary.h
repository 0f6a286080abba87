#pragma once

#include "koreanparticles.h"
#include "textfold.h"

#include <QStringView>

namespace chipline::text {

// Where a match may start and end. Latin letters and digits must not continue the token
// (H20 is not in H200); Hangul must not continue a Hangul name (인텔 is not in
// 인텔리전스) unless a particle chain follows; Han and Kana need no boundary.
class MatchBoundary final
{
public:
    explicit MatchBoundary(const KoreanParticles &particles)
        : m_particles(particles),
          m_class(TextFold::charClasses())
    {}

    bool startsAt(QStringView text, qsizetype start) const;
    bool endsAt(QStringView text, qsizetype end) const;

private:
    CharClass classOf(QChar c) const { return m_class[c.unicode()]; }

    const KoreanParticles &m_particles;
    const CharClass *m_class; // TextFold's table, asked inline for every candidate
};

inline bool isAlnumClass(CharClass c)
{
    return c == CharClass::Letter || c == CharClass::Digit;
}

inline bool MatchBoundary::startsAt(QStringView text, qsizetype start) const
{
    if (start <= 0)
        return true;
    const CharClass prev = classOf(text[start - 1]);
    const CharClass first = classOf(text[start]);
    if (isAlnumClass(prev) && isAlnumClass(first))
        return false;
    if (first == CharClass::Hangul && (prev == CharClass::Hangul || prev == CharClass::Digit))
        return false;
    // "3.2" must not yield "2": a digit after a decimal point continues the number.
    if (first == CharClass::Digit && start >= 2 && text[start - 1] == u'.'
        && classOf(text[start - 2]) == CharClass::Digit)
        return false;
    return true;
}

inline bool MatchBoundary::endsAt(QStringView text, qsizetype end) const
{
    if (end >= text.size())
        return true;
    const CharClass last = classOf(text[end - 1]);
    const CharClass next = classOf(text[end]);
    if (isAlnumClass(last) && isAlnumClass(next))
        return false;
    // "V3" is not in "V3.1", nor "GPT-4" in "GPT-4.5".
    if (last == CharClass::Digit && text[end] == u'.' && end + 1 < text.size()
        && classOf(text[end + 1]) == CharClass::Digit)
        return false;
    if (last == CharClass::Hangul && (next == CharClass::Hangul || next == CharClass::Digit))
        return m_particles.chainLength(text, end) >= 0;
    return true;
}

} // namespace chipline::text
