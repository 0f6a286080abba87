#include "timeline/candidateevent.h"

namespace chipline::timeline {

QString clusterKey(const CandidateEvent &event)
{
    return categoryCode(event.category) + u'|' + event.date.value() + u'|'
           + event.mainActors.join(u',');
}

} // namespace chipline::timeline
