#pragma once

#include "temporal/datemention.h"

#include <QDate>

namespace chipline::temporal {

// Resolves mentions one after another in text order against a reference (publication)
// date. Stateful on purpose: 이날/전날/다음날 count from the last explicit day-precision
// date resolved so far (the story's main event), else from the reference.
class DateResolver final
{
public:
    explicit DateResolver(const QDate &reference);

    // Sets mention.value (or unresolvedReason) and advances the anchor.
    void resolve(DateMention &mention);

private:
    ResolvedDate compute(const DateMention &mention, QString *reason) const;

    QDate m_reference;
    QDate m_anchor;
};

} // namespace chipline::temporal
