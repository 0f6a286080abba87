#pragma once

#include "entitymatch.h"
#include "matchboundary.h"
#include "matcherlexicon.h"
#include "openpatterns.h"

#include <QList>

namespace chipline::text {

// Entities the gazetteer does not know, found by rules at anchors the automaton reports
// (a title word, '<', a letter+digit model prefix), never by scanning the whole text.
// Each rule returns at most one match; the caller drops it when it overlaps a known one.
class EntityPatterns final
{
public:
    enum class ChipPrefix : quint8 {
        NeedsContext,
        Instinct,
        Ascend
    };

    EntityPatterns(const MatcherLexicon &lexicon, const MatchBoundary &boundary, const OpenPatterns &open);

    // "<제임스 하워드 / 美 조지타운대 교수>": the name before '/' is a PERSON.
    std::optional<EntityMatch> interviewMarker(QStringView text, qsizetype at) const;
    // "제니 올리버(25)", "쑨웨이(22·중국)": a name no list has, told by the age after it. open
    // is the position of "(".
    std::optional<EntityMatch> personBeforeAge(QStringView text, qsizetype open, const QList<EntityMatch> &known) const;
    // "김철수 대표", "제임스 하워드 교수", "최태원 SK 회장": a name before a title word.
    std::optional<EntityMatch> personBeforeTitle(QStringView text, qsizetype titleStart, qsizetype titleEnd,
                                                 const QList<EntityMatch> &known) const;
    // "대변인 앤드루 오코너는", "대변인 왕원빈은": a name after a title word, ended by a particle.
    std::optional<EntityMatch> personAfterTitle(QStringView text, qsizetype titleEnd,
                                                const QList<EntityMatch> &known) const;
    // "B200", "MI325X", "어센드 920": a model number at a prefix the automaton found.
    std::optional<EntityMatch> chipNumber(QStringView text, qsizetype start, qsizetype anchorEnd, ChipPrefix prefix,
                                          const QList<EntityMatch> &known) const;

private:
    struct Word
    {
        qsizetype start = -1;
        qsizetype end = -1;
        bool valid() const { return start >= 0 && end > start; }
    };
    Word hangulWordBefore(QStringView text, qsizetype pos) const;
    bool isNameWord(QStringView word) const;
    bool endsInCase(QStringView word) const;
    bool isSomeone(QStringView word) const;
    bool hasChipCue(QStringView text, qsizetype start, qsizetype end, const QList<EntityMatch> &known) const;

    ViewSet m_stopwords;
    ViewSet m_suffixStops;
    ViewSet m_surnames;
    QStringList m_chipCues;
    const MatchBoundary &m_boundary;
    const OpenPatterns &m_open; // for its ordinary words
};

// The match covering or touching [start, end) in a list sorted by start, or nullptr.
const EntityMatch *findOverlap(const QList<EntityMatch> &sorted, qsizetype start, qsizetype end);
// A name a rule made up over [start, end): no gazetteer id, its surface (spaces collapsed)
// as its canonical name.
EntityMatch patternMatch(QStringView text, qsizetype start, qsizetype end, EntityType type, float confidence);

} // namespace chipline::text
