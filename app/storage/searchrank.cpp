#include "storage/searchrank.h"

#include <QString> // QByteArray concatenation (QStringBuilder)

#include <algorithm>
#include <cmath>

namespace chipline::storage {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', value == std::floor(value) ? 0 : 2);
}

} // namespace

double SearchRank::idf(qint64 rows, qint64 hits)
{
    const double value = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
    return std::max(value, 1e-6);
}

QByteArray SearchRank::textScoreSql(const QByteArray &ftsTable)
{
    // bm25() is negative, lower is better.
    return QByteArray("CAST(-bm25(") + ftsTable + ") * " + number(kScale) + " AS INTEGER)";
}

QByteArray SearchRank::mentionScoreSql(const QByteArray &mentions, int idfParam)
{
    const QByteArray tf = QByteArray("(") + mentions + ")";
    return QByteArray("CAST(?") + QByteArray::number(idfParam) + " * " + tf + " * " + number(kK1 + 1) + " / (" + tf
        + " + " + number(kK1) + ") * " + number(kScale) + " AS INTEGER)";
}

} // namespace chipline::storage
