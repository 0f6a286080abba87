#pragma once

#include "entitymatch.h"
#include "matchboundary.h"
#include "openpatterns.h"

#include <QList>

namespace chipline::text {

// Names no list has, told by what stands around them rather than by their own shape:
//  - the source of a report: "신경보가 보도했다", "X는 소식통을 인용해", "X(ABC)에 따르면";
//  - an item of a list whose neighbour is a known name: "구글·케텔·바이트댄스" (케텔 is
//    a company because its neighbours are).
// Ordinary Korean words (hunspell-ko) are never names here; confidence is lower than a
// head word's. The names found are pattern names, so later stages treat them alike:
// an abbreviation in parentheses after one is defined, and other places are propagated.
class ContextNames final
{
public:
    ContextNames(const MatchBoundary &boundary, const OpenPatterns &open) : m_boundary(boundary), m_open(open) {}
    Q_DISABLE_COPY_MOVE(ContextNames)

    // matches: sorted by start, free of overlaps; stays so.
    void apply(QStringView text, QList<EntityMatch> &matches) const;

    // The length of word without a particle that agrees with its last syllable
    // (케텔은 -> 케텔, 세닉스는 -> 세닉스); word's length when none does.
    static qsizetype withoutParticle(QStringView word);

private:
    bool acceptable(QStringView name) const;
    void addReportSources(QStringView text, const QList<EntityMatch> &matches, QList<EntityMatch> &found) const;
    void addListItems(QStringView text, const QList<EntityMatch> &matches, QList<EntityMatch> &found) const;

    const MatchBoundary &m_boundary;
    const OpenPatterns &m_open;
};

} // namespace chipline::text
