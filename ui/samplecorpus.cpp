#include "ui/samplecorpus.h"

#include "storage/database.h"
#include "storage/librarystate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace chipline::ui {

QString SampleCorpus::resourceFolder()
{
    return QStringLiteral(":/sample");
}

core::Result<QStringList> SampleCorpus::extractTo(const QString &folder)
{
    QStringList paths;
    QDirIterator it(resourceFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString resource = it.next();
        const QString target = folder + u'/' + QDir(resourceFolder()).relativeFilePath(resource);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(resource, target))
            return core::Error{QStringLiteral("cannot write the sample file %1").arg(target)};
        // Resource files copy read-only; the temporary folder must be able to delete them.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        paths << target;
    }
    if (paths.isEmpty())
        return core::Error{QStringLiteral("the sample corpus is missing from this build")};
    paths.sort();
    return paths;
}

core::Result<importing::ImportSummary> SampleCorpus::importIfPristine(storage::Database &db)
{
    auto pristine = storage::LibraryState::isPristine(db);
    if (!pristine)
        return pristine.error();
    if (!pristine.value())
        return importing::ImportSummary{};
    QTemporaryDir dir;
    if (!dir.isValid())
        return core::Error{QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString())};
    auto files = extractTo(dir.path());
    if (!files)
        return files.error();
    importing::Importer importer(db);
    return importer.run({dir.path()});
}

} // namespace chipline::ui
