#include "annotation/wordsnapper.h"

#include "text/matcherlexicon.h"
#include "text/textfold.h"

namespace chipline::annotation {

namespace {

bool isWordUnit(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// A particle never leaves a stem shorter than this many syllables (이 in 화웨이 is no particle).
constexpr qsizetype kMinStem = 2;

} // namespace

WordSnapper::WordSnapper(std::function<bool(QStringView)> isKnown)
    : m_isKnown(std::move(isKnown))
{
    const text::MatcherLexicon lexicon = text::MatcherLexicon::builtIn();
    m_particles = text::KoreanParticles(lexicon.particles, lexicon.particleTails);
}

WordSnapper::Span WordSnapper::snap(QStringView text, qsizetype start, qsizetype end) const
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    // Trim what is not part of a word at either end, then widen to whole words.
    while (start < end && !isWordUnit(text[start]))
        ++start;
    while (end > start && !isWordUnit(text[end - 1]))
        --end;
    if (start >= end)
        return {start, start};
    while (start > 0 && isWordUnit(text[start - 1]))
        --start;
    while (end < text.size() && isWordUnit(text[end]))
        ++end;
    qsizetype wordStart = end;
    while (wordStart > start && isWordUnit(text[wordStart - 1]))
        --wordStart;
    return {start, stripParticle(text, wordStart, end)};
}

qsizetype WordSnapper::stripParticle(QStringView text, qsizetype wordStart, qsizetype end) const
{
    if (!text::isHangul(text[end - 1]))
        return end;
    if (m_isKnown && m_isKnown(text.sliced(wordStart, end - wordStart)))
        return end;
    // A known stem wins; otherwise the shortest particle chain that ends the word.
    qsizetype fallback = end;
    for (qsizetype pos = end - 1; pos >= wordStart + 1; --pos) {
        if (m_particles.chainLength(text, pos) != end - pos)
            continue;
        if (m_isKnown && m_isKnown(text.sliced(wordStart, pos - wordStart)))
            return pos;
        if (fallback == end && pos - wordStart >= kMinStem)
            fallback = pos;
    }
    return fallback;
}

} // namespace chipline::annotation
