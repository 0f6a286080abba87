#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace chipline::text {

// The word lists the matcher needs besides the gazetteer: Korean particles, title words
// that follow a person's name, words that are never names, surnames, and cue words that
// make a bare model number ("B200") a chip. Kept as data in :/gazetteer/lexicon.txt.
struct MatcherLexicon
{
    QStringList particles;     // may follow any entity
    QStringList particleTails; // may follow another particle (에서+는, 과+의)
    QStringList titles;        // CEO, 대표, 장관, ...
    QStringList nameStopwords; // words before a title that are not names (업계, 정부, ...)
    QStringList nameSuffixStops; // last syllables that mark an organisation, not a person
    QStringList surnames;      // Korean surnames, for single-word native names
    QStringList chipCues;      // words near a bare model number that make it a chip

    // Sections "[particles]" etc., one entry a line, '#' comments.
    static core::Result<MatcherLexicon> fromText(QStringView text);
    // The compiled-in lexicon; an empty one (and a warning) if the resource is broken.
    static MatcherLexicon builtIn();
};

} // namespace chipline::text
