#pragma once

#include <QString>

namespace chipline::annotation {

// One place in the corpus where an "apply to all" would act: an unannotated occurrence of
// the text (mentionId 0) or an existing mention to reject. Offsets are code points.
struct Occurrence
{
    qint64 articleId = 0;
    qint64 mentionId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString title;
    QString left;
    QString hit;
    QString right;
};

} // namespace chipline::annotation
