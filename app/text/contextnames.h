#pragma once

#include "entitymatch.h"
#include "matchboundary.h"
#include "openpatterns.h"

#include <QList>
#include <QSet>

#include <vector>

namespace chipline::text {

// Names no list has, told by what stands around them rather than by their own shape:
//  - the source of a report: "신경보가 보도했다", "X는 소식통을 인용해", "X(ABC)에 따르면";
//  - an item of a list whose neighbour is a known name: "구글·케텔·바이트댄스" (케텔 is
//    a company because its neighbours are);
//  - the object of a listing and the rule it is added to: "세닉스를 칩설계지원 특별법에
//    추가했다"; a rule as grounds or with its decree; the object of a fine or an inquiry;
//  - a sentence's leading name when the sentence speaks of filings, results, shares,
//    plants or products: a company ("나래정밀은 18일 공시를 통해"), unless a title made
//    it a person.
// The cue words come from the matcher's one automaton pass, so no rule scans the text.
// Ordinary Korean words (hunspell-ko) are never names here; confidence is lower than a
// head word's. The names found are pattern names, so later stages treat them alike:
// an abbreviation in parentheses after one is defined, and other places are propagated.
class ContextNames final
{
public:
    enum class Cue : quint8 {
        ReportedBy,
        Citing,
        According,
        Grounds,
        Decree,
        Listing,
        Penalty,
        Inquiry,
        Company
    };
    struct CueText
    {
        const char16_t *text;
        Cue kind;
    };
    // Where the automaton found cue index (an index into cueTexts()).
    struct CueHit
    {
        qsizetype start;
        int index;
    };

    ContextNames(const MatchBoundary &boundary, const OpenPatterns &open)
        : m_boundary(boundary),
          m_open(open)
    {}
    Q_DISABLE_COPY_MOVE(ContextNames)

    static QList<QString> cueTexts();

    // cues: in text order. matches: sorted by start, free of overlaps; stays so.
    void apply(QStringView text, const std::vector<CueHit> &cues, QList<EntityMatch> &matches) const;

    // The length of word without a particle that agrees with its last syllable
    // (케텔은 -> 케텔, 세닉스는 -> 세닉스); word's length when none does.
    static qsizetype withoutParticle(QStringView word);

private:
    static Cue cueKind(int index);
    bool acceptable(QStringView name) const;
    qsizetype nameBefore(QStringView text, qsizetype end) const;
    void addReportSource(QStringView text, qsizetype at, Cue cue, const QList<EntityMatch> &matches,
                         QList<EntityMatch> &found) const;
    void addListItems(QStringView text, const QList<EntityMatch> &matches, QList<EntityMatch> &found) const;
    qsizetype ruleNameBefore(QStringView text, qsizetype end, const QList<EntityMatch> &matches) const;
    qsizetype ruleEndingAt(QStringView text, qsizetype at, const QList<EntityMatch> &matches,
                           QList<EntityMatch> &found) const;
    void addObject(QStringView text, qsizetype objectEnd, bool particle, const QList<EntityMatch> &matches,
                   QList<EntityMatch> &found) const;
    void addRuleOrObject(QStringView text, qsizetype at, Cue cue, const QList<EntityMatch> &matches,
                         QList<EntityMatch> &found) const;
    void addCompanySubject(QStringView text, qsizetype start, qsizetype cueAt, const QSet<QString> &persons,
                           const QList<EntityMatch> &matches, QList<EntityMatch> &found) const;

    const MatchBoundary &m_boundary;
    const OpenPatterns &m_open;
};

} // namespace chipline::text
