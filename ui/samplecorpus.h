#pragma once

#include "core/result.h"
#include "importing/importer.h"

#include <QStringList>

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

// The sample corpus compiled into the program (resources/sample), imported on first run so
// that a new user sees articles in every layout instead of an empty window.
class SampleCorpus final
{
public:
    static QString resourceFolder();
    // Copies the sample files into folder; returns their paths.
    static core::Result<QStringList> extractTo(const QString &folder);
    // Imports the sample when nothing was ever imported into db; an empty summary
    // (files == 0) means the database was not pristine and was left alone.
    static core::Result<importing::ImportSummary> importIfPristine(storage::Database &db);
};

} // namespace chipline::ui
