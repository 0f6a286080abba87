#pragma once

#include "core/result.h"

#include <QMap>
#include <QString>

namespace chipline::storage {

// Reads what can be read from a damaged database into a new Chipline database: rows come
// from SalvageReader; each b-tree is named by the schema rows found in the file (the
// schema's own pages), or, when those were lost (a first page overwritten), matched to
// Chipline's tables by its columns. Rows no table fits are written beside the output as
// JSON Lines, so nothing readable is thrown away. The output's search index is built
// before this returns. The damaged file is only read.
class Salvage final
{
public:
    struct Report
    {
        QMap<QString, qint64> rows; // rows written, per table
        qint64 unplacedRows = 0;
        QString unplacedFile; // where those went, when there were any
        int pages = 0;
        int unreadablePages = 0;
        bool schemaFound = false;
    };

    static core::Result<Report> run(const QString &damagedPath, const QString &outPath);
};

} // namespace chipline::storage
