#pragma once

#include "entitytype.h"

#include <QString>

namespace chipline::text {

enum class MatchOrigin : quint8 {
    Gazetteer, // an alias of a gazetteer entity
    Abbreviation, // "파이낸셜타임스(FT)": FT, defined in the text, counts for the rest of it
    Pattern, // a rule (title word, head word, model number); lower confidence
    Propagated, // a pattern's name again, elsewhere in the same text
};

// One recognized mention. Offsets are UTF-16 offsets into the text given to
// EntityMatcher::match(), whatever normalization matching needed internally.
struct EntityMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    int entity = -1; // Gazetteer id; -1 for an entity a pattern made up
    EntityType type = EntityType::Org;
    float confidence = 1.0F;
    MatchOrigin origin = MatchOrigin::Gazetteer;
    QString canonical; // the entity's canonical name; the surface for pattern-made entities
    // A name that stands for one person in this text only ("노 의원", "A씨"): the same
    // surface in another text is someone else, so it makes no corpus-wide entity.
    bool local = false;

    qsizetype length() const { return end - start; }
};

} // namespace chipline::text
