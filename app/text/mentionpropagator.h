#pragma once

#include "entitymatch.h"
#include "matchboundary.h"
#include "openpatterns.h"

#include <QList>

namespace chipline::text {

// A name a pattern found once in a text (by its title, head word or version) is the same
// name at its other places there: "조승현 사장 ... 조승현은". A person's last name and an
// English company's first word count too ("Pete Ricketts ... Ricketts", "Kestrel Labs ...
// Kestrel"), at lower confidence. One pass over the text, whatever its length.
class MentionPropagator final
{
public:
    MentionPropagator(const MatchBoundary &boundary, const OpenPatterns &open)
        : m_boundary(boundary),
          m_open(open)
    {}
    Q_DISABLE_COPY_MOVE(MentionPropagator)

    // matches: sorted by start, free of overlaps; stays so.
    void apply(QStringView text, QList<EntityMatch> &matches) const;

private:
    const MatchBoundary &m_boundary;
    const OpenPatterns &m_open;
};

} // namespace chipline::text
