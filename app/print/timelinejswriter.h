#pragma once

#include "print/timelineselection.h"

#include <QByteArray>
#include <QHash>

namespace chipline::print {

// TimelineJS (Knight Lab) JSON: one slide per event with its date at its precision (no
// invented day), lane as group, category, actors and citations in the text.
class TimelineJsWriter final
{
public:
    static QByteArray write(const TimelineSelection &selection,
                            const QHash<qint64, QList<storage::EvidencePassage>> &evidence, const QString &title);
};

} // namespace chipline::print
