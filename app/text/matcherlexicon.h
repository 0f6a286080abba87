#pragma once

#include "core/result.h"
#include "entitytype.h"
#include "wordlist.h"

#include <QString>
#include <QStringList>

namespace chipline::text {

// The word lists the matcher needs besides the gazetteer: Korean particles, title words
// that follow a person's name, words that are never names, surnames, and cue words that
// make a bare model number ("B200") a chip. Kept as data in :/gazetteer/lexicon.txt.
struct MatcherLexicon
{
    QStringList particles; // may follow any entity
    QStringList particleTails; // may follow another particle (에서+는, 과+의)
    QStringList titles; // CEO, 대표, 장관, ...
    QStringList nameStopwords; // words before a title that are not names (업계, 정부, ...)
    QStringList nameSuffixStops; // last syllables that mark an organisation, not a person
    QStringList surnames; // Korean surnames, for single-word native names
    QStringList governmentFields; // 교육, 국방, 통상: a dictionary word of one and 부 is a ministry
    QStringList chipCues; // words near a bare model number that make it a chip
    QStringList modelCues; // words near a versioned name that make it an AI model
    QStringList versionTails; // words that continue a version: 프로, Pro, Turbo
    QStringList versionStops; // capitalised words before a number that name no model: January
    // Head words that end (or, in English, begin) a name of their type: 한결증권,
    // Norvane Technologies, Ministry of X. A head written "~반도체" is generic: the part
    // before it must not be an ordinary word alone (시스템반도체 is no company). One
    // written "^부" names institutions the dictionary lists too (교육부, 노동당): the
    // word may be an ordinary word when two syllables stand before the head. One written
    // "!역" ends compounds of ordinary words: the head's syllable and the one before it
    // must not be an ordinary word (무역, 활동). One written "*경찰" is a body news names by
    // its common noun alone ("경찰은", "검찰이"): the police or prosecutors of the story, a
    // name local to its article, never joined to a stem (경찰관, 교통경찰).
    struct Head
    {
        QString text;
        EntityType type;
        bool generic;
        bool institution = false;
        bool compound = false;
        bool alone = false;
    };
    QList<Head> koreanHeads;
    // Heads written onto a place the gazetteer knows: "북한군" (its armed forces), "부산대"
    // (its university). Only after a place name, so 군 and 대 alone stay ordinary syllables.
    QList<Head> placeHeads;
    QList<Head> englishHeadsAfter; // "Kestrel Labs"
    QList<Head> englishHeadsBefore; // "Ministry of ...", "Office of ..."
    QStringList englishTitles; // before a name: senator, analyst, Professor
    QStringList englishStarts; // capitalised words that begin a sentence, not a name
    // Ordinary Korean words (from the hunspell-ko dictionary at build time): never a
    // name alone, so a pattern rejects them.
    WordList ordinaryWords;

    // Sections "[particles]" etc., one entry a line, '#' comments.
    static core::Result<MatcherLexicon> fromText(QStringView text);
    // The compiled-in lexicon; an empty one (and a warning) if the resource is broken.
    static MatcherLexicon builtIn();

private:
    static MatcherLexicon loadBuiltIn();
};

} // namespace chipline::text
