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
    : m_first(particles),
      m_tails(tails)
{
    const QStringList words = particles + tails;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        if (word.isEmpty())
            continue;
        const bool first = i < particles.size();
        const char16_t lead = word.front().unicode();
        if (core::isHangulSyllable(lead)) {
            quint8 &longest = (first ? m_firstLongest : m_tailLongest)[size_t(core::hangulIndex(lead))];
            longest = quint8(std::min<qsizetype>(255, std::max<qsizetype>(longest, word.size())));
        } else {
            qsizetype &longest = m_otherLongest[first ? 0 : 1][lead];
            longest = std::max(longest, word.size());
        }
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
    const ViewSet &set = depth == 0 ? m_first : m_tails;
    const char16_t lead = text[pos].unicode();
    const qsizetype longest = core::isHangulSyllable(lead)
        ? longestIn(depth == 0 ? m_firstLongest : m_tailLongest, lead)
        : m_otherLongest[depth == 0 ? 0 : 1].value(lead);
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
