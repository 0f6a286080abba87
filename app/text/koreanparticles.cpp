#include "koreanparticles.h"

#include "textfold.h"

namespace chipline::text {

namespace {
constexpr int kMaxChain = 3;

bool attaches(CharClass c)
{
    return c == CharClass::Hangul || c == CharClass::Digit;
}
} // namespace

KoreanParticles::KoreanParticles(const QStringList &particles, const QStringList &tails)
    : m_words(particles + tails)
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString &word = std::as_const(m_words)[i];
        if (word.isEmpty())
            continue;
        const bool first = i < particles.size();
        (first ? m_first : m_tails).insert(QStringView(word));
        qsizetype &longest = (first ? m_firstLongest : m_tailLongest)[word.front().unicode()];
        longest = std::max(longest, word.size());
    }
}

qsizetype KoreanParticles::chainLength(QStringView text, qsizetype pos) const
{
    return chainFrom(text, pos, 0);
}

qsizetype KoreanParticles::chainFrom(QStringView text, qsizetype pos, int depth) const
{
    if (pos >= text.size() || !attaches(TextFold::charClass(text[pos].unicode())))
        return depth > 0 ? 0 : -1;
    if (depth >= kMaxChain)
        return -1;
    const QSet<QStringView> &set = depth == 0 ? m_first : m_tails;
    const qsizetype longest = (depth == 0 ? m_firstLongest : m_tailLongest).value(text[pos].unicode());
    // Longest particle first, backing off when the rest does not end at a boundary.
    for (qsizetype len = std::min(longest, text.size() - pos); len >= 1; --len) {
        const QStringView piece = text.sliced(pos, len);
        if (!set.contains(piece))
            continue;
        const qsizetype rest = chainFrom(text, pos + len, depth + 1);
        if (rest >= 0)
            return len + rest;
    }
    return -1;
}

} // namespace chipline::text
