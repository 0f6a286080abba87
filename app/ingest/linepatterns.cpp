#include "ingest/linepatterns.h"

namespace chipline::ingest {

QRegularExpression compiledPattern(const QString &pattern, QRegularExpression::PatternOptions options)
{
    QRegularExpression re(pattern, options);
    re.optimize();
    return re;
}

} // namespace chipline::ingest
