#pragma once

#include "entitymatch.h"
#include "koreanparticles.h"
#include "matchboundary.h"
#include "matcherlexicon.h"
#include "openpatterns.h"
#include "viewset.h"

#include "core/hangul.h"

#include <QList>

#include <bitset>
#include <vector>

namespace chipline::text {

// Korean personal names no list has and no title introduces, told by their own shape and
// by what follows them:
//  - a surname and a two-syllable given name, ended by a particle, 씨, a space or
//    punctuation ("노하람은", "남궁다온 씨", "차유진(41)");
//  - a surname alone, or with 모, before 씨 or a title word ("노 의원은", "차모(41)씨");
//  - a capital letter before 씨 ("B씨는"), as crime and court reports write a person.
// The last two are local matches: "김 의원" or "A씨" in another article is someone else.
// Ordinary Korean words (hunspell-ko), a word that is an ordinary word and a particle, and
// verb forms ("추정되는": 추정되다) are never names. One pass over the text that looks
// further only at words led by a surname or a capital letter.
class KoreanNames final
{
public:
    KoreanNames(const MatcherLexicon &lexicon, const KoreanParticles &particles, const MatchBoundary &boundary,
                const OpenPatterns &open);
    Q_DISABLE_COPY_MOVE(KoreanNames)

    // matches: sorted by start, free of overlaps; stays so.
    void apply(QStringView text, QList<EntityMatch> &matches) const;

    bool isSurname(QChar c) const;

private:
    enum class Verdict : quint8 {
        Word,
        Name,
        NeedsContext
    };
    // Verdicts on words led by a surname, by the length of the name in them.
    struct Cache
    {
        ViewMap<Verdict> three;
        ViewMap<Verdict> four;
    };
    std::optional<EntityMatch> nameAt(QStringView text, qsizetype start, qsizetype wordEnd, Cache &cache) const;
    std::optional<EntityMatch> surnameAlone(QStringView text, qsizetype start, qsizetype wordEnd) const;
    std::optional<EntityMatch> letterAt(QStringView text, qsizetype start) const;
    bool fullName(QStringView text, qsizetype start, qsizetype nameEnd, qsizetype wordEnd, Cache &cache) const;
    Verdict verdict(QStringView name, QStringView text, qsizetype start, qsizetype wordEnd) const;
    bool titleAt(QStringView text, qsizetype pos) const;
    bool titleAfter(QStringView text, qsizetype pos) const;
    bool personContext(QStringView text, qsizetype start, qsizetype nameEnd, qsizetype wordEnd) const;
    bool ordinaryWithParticle(QStringView text, qsizetype start, qsizetype wordEnd) const;

    // What each UTF-16 unit is to the scan: no word unit, a word unit, or a word unit that
    // may lead a name (a surname syllable, a capital letter). One load per unit decides.
    std::vector<quint8> m_lead;
    std::bitset<core::kHangulSyllables> m_surnames; // one-syllable surnames
    std::bitset<core::kHangulSyllables> m_lastStops; // syllables that end no given name
    std::bitset<core::kHangulSyllables> m_particleStarts; // first syllables of particles, and 씨
    QStringList m_doubleSurnames; // 남궁, 제갈, ...
    ViewSet m_titles;
    ViewSet m_stopwords;
    const KoreanParticles &m_particles;
    const MatchBoundary &m_boundary;
    const OpenPatterns &m_open;
};

} // namespace chipline::text
