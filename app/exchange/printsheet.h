#pragma once

#include "annotation/timelineselection.h"
#include "render/timelinesheet.h"

#include <QHash>

namespace chipline::exchange {

// The printout's and the images' input from a loaded selection and its evidence: the one
// place where stored events become render's plain values, so that render never reads the
// database and the window, the `timeline` command and the tests print the same thing.
class PrintSheet final
{
public:
    // Evidence by event id; events without any print no citations.
    static render::TimelineSheet of(const annotation::TimelineSelection &selection,
                                    const QHash<qint64, QList<storage::EvidencePassage>> &evidence = {});
};

} // namespace chipline::exchange
