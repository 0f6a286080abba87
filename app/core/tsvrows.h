#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace chipline::core {

// One row of a tab-separated data file, its cells untrimmed: a Korean clause ending may be
// a syllable and a space ("고 "). The views point into the text passed to tsvRows.
struct TsvRow
{
    int lineNumber = 0; // from 1, for error messages
    QList<QStringView> cells;
};

// The rows of the bundled vocabularies' format: blank lines and lines starting with '#'
// skipped, a carriage return before a line break dropped.
QList<TsvRow> tsvRows(QStringView tsv);

// The text of a bundled resource; the error names what is missing (missingMessage).
Result<QString> resourceText(const QString &path, const QString &missingMessage);

} // namespace chipline::core
