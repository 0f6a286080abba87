#pragma once

#include <QString>

namespace chipline::events {

// An entity mention as the gazetteer matcher reports it; UTF-16 offsets into the same text
// the dates were found in. type is the gazetteer type: ORG GOV PERSON CHIP MODEL PLACE MEDIA RULE.
struct EntitySpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString canonical;
    QString type;
};

} // namespace chipline::events
