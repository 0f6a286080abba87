#pragma once

#include "annotation/timelineselection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace chipline::exchange {

// TimelineJS (Knight Lab) JSON: one slide per event with its date at its precision (no
// invented day), lane as group, category, actors and citations in the text, in the
// installed language.
class TimelineJsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::exchange::TimelineJsWriter)

public:
    // An empty title is the default one.
    static QByteArray write(const annotation::TimelineSelection &selection,
                            const QHash<qint64, QList<storage::EvidencePassage>> &evidence, const QString &title);

private:
    // Empty when the event is reported done.
    static QString modalityText(core::EventModality modality);
};

} // namespace chipline::exchange
