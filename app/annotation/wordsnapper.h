#pragma once

#include "text/koreanparticles.h"

#include <QStringView>

#include <functional>

namespace chipline::annotation {

// Turns a rough selection into a name: widened to whole words, trimmed of spaces and
// punctuation, and without the Korean particle (조사) after the last word (엔비디아가 ->
// 엔비디아). Offsets are UTF-16 offsets into the text.
class WordSnapper final
{
    Q_DISABLE_COPY_MOVE(WordSnapper)

public:
    // isKnown tells whether a string is already a name or alias: a known word keeps a last
    // syllable that looks like a particle (화웨이 stays whole).
    explicit WordSnapper(std::function<bool(QStringView)> isKnown = {});

    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool isEmpty() const { return end <= start; }
    };
    Span snap(QStringView text, qsizetype start, qsizetype end) const;

private:
    qsizetype stripParticle(QStringView text, qsizetype wordStart, qsizetype end) const;

    text::KoreanParticles m_particles;
    std::function<bool(QStringView)> m_isKnown;
};

} // namespace chipline::annotation
