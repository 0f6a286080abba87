#pragma once

#include "entitymatch.h"
#include "matchboundary.h"
#include "matcherlexicon.h"
#include "viewset.h"

#include <QList>
#include <QSet>

namespace chipline::text {

// Names no list has, found by their shape at anchors the matcher's automaton reports: a
// head word (한결증권, 장쑤성, Kestrel Labs, Ministry of X), an English title (senator
// Jane Roe), a version after a name (셴즈 4.0, XQ-390). Each rule returns at most one
// match at lower confidence; ordinary Korean words (hunspell-ko) are never names alone.
class OpenPatterns final
{
public:
    OpenPatterns(const MatcherLexicon &lexicon, const MatchBoundary &boundary);

    const QList<MatcherLexicon::Head> &koreanHeads() const { return m_koHeads; }
    const QList<MatcherLexicon::Head> &englishHeadsAfter() const { return m_enAfter; }
    const QList<MatcherLexicon::Head> &englishHeadsBefore() const { return m_enBefore; }
    const QStringList &englishTitles() const { return m_enTitles; }

    // known: gazetteer matches; made: pattern matches so far (both sorted by start).
    std::optional<EntityMatch> koreanHead(QStringView text, qsizetype start, qsizetype end, int head,
                                          const QList<EntityMatch> &known, const QList<EntityMatch> &made) const;
    std::optional<EntityMatch> englishHeadAfter(QStringView text, qsizetype start, qsizetype end, int head,
                                                const QList<EntityMatch> &known) const;
    std::optional<EntityMatch> englishHeadBefore(QStringView text, qsizetype start, qsizetype end, int head) const;
    std::optional<EntityMatch> englishTitle(QStringView text, qsizetype start, qsizetype end) const;
    // sep is the space or hyphen before the version's first digit (or its 'V').
    std::optional<EntityMatch> versioned(QStringView text, qsizetype sep, const QList<EntityMatch> &known) const;

    bool isOrdinary(QStringView word) const { return m_ordinary.contains(word); }
    // A verb or adjective in one of its forms, by the dictionary: "사라진", "추계해",
    // "늦겠다고", "발표하는". Such a word is never a name.
    bool looksInflected(QStringView word) const;
    // Start of the place (known or made) that is the word before wordStart; -1 if none.
    qsizetype placeBefore(QStringView text, qsizetype wordStart, const QList<EntityMatch> &known,
                          const QList<EntityMatch> &made) const;

private:
    bool stemInflected(QStringView word) const;
    bool endsInOrdinary(QStringView word, qsizetype headLength) const;
    bool isInstitution(QStringView word, QStringView stem, QStringView head) const;
    qsizetype capitalisedRunBefore(QStringView text, qsizetype pos, bool connectors) const;
    qsizetype capitalisedRunAfter(QStringView text, qsizetype pos, int maxWords) const;
    bool hasCue(QStringView text, qsizetype start, qsizetype end, const QStringList &cues,
                const QList<EntityMatch> &known) const;

    QList<MatcherLexicon::Head> m_koHeads;
    QList<MatcherLexicon::Head> m_enAfter;
    QList<MatcherLexicon::Head> m_enBefore;
    QStringList m_enTitles;
    ViewSet m_enStarts;
    QSet<QChar> m_surnames; // one-syllable surnames: 노하현 is a person, not a county
    WordList m_ordinary;
    QStringList m_fields; // fields of government (교육, 국방): their ministries (교육부) are names
    QStringList m_chipCues;
    QStringList m_modelCues;
    QStringList m_versionTails;
    QStringList m_versionStops;
    const MatchBoundary &m_boundary;
};

} // namespace chipline::text
