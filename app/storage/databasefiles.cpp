#include "storage/databasefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace chipline::storage {

namespace {

const QStringList &companionSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

// Extensions people and tools give SQLite files; none of them is ever a news article.
const QStringList &databaseExtensions()
{
    static const QStringList exts = {QStringLiteral("db"), QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                     QStringLiteral("db3"), QStringLiteral("part")};
    return exts;
}

} // namespace

QString DatabaseFiles::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
}

QStringList DatabaseFiles::family(const QString &databasePath)
{
    QStringList files;
    for (const QString &base : QStringList{databasePath, databasePath + QStringLiteral("-search")}) {
        files.append(base);
        for (const QString &suffix : companionSuffixes())
            files.append(base + suffix);
    }
    return files;
}

QString DatabaseFiles::backupFolder(const QString &databasePath)
{
    return databasePath + QStringLiteral("-backups");
}

QString DatabaseFiles::refusedOutput(const QString &path)
{
    const QString why = whyNotASource(path, {});
    if (why.isEmpty())
        return {};
    return QStringLiteral("%1: not written: it is %2; choose another file name").arg(path, why);
}

QString DatabaseFiles::whyNotASource(const QString &path, const QString &openDatabase)
{
    const QFileInfo info(path);
    const QString canonical = canonicalPath(path);
    if (!openDatabase.isEmpty()) {
        const QString db = canonicalPath(openDatabase);
        if (family(db).contains(canonical))
            return QStringLiteral("a file of the database being imported into");
        if (canonical.startsWith(backupFolder(db) + u'/'))
            return QStringLiteral("an automatic backup of the database");
    }
    const QString name = info.fileName();
    if (name.contains(QStringLiteral(".damaged-")))
        return QStringLiteral("a damaged database file set aside");
    static const QRegularExpression upgradeBackup(QStringLiteral("\\.schema\\d+-\\d{8}-\\d{6}\\.bak$"));
    if (upgradeBackup.match(name).hasMatch())
        return QStringLiteral("a backup made before an upgrade");
    for (const QString &suffix : companionSuffixes()) {
        if (name.endsWith(suffix))
            return QStringLiteral("an SQLite journal or wal-index");
    }
    if (databaseExtensions().contains(info.suffix(), Qt::CaseInsensitive))
        return QStringLiteral("a database file");
    const QString dir = info.absolutePath() + u'/';
    if (name.endsWith(QStringLiteral("-search")) && QFileInfo::exists(dir + name.chopped(7)))
        return QStringLiteral("a search index beside a database");
    for (const QString &suffix : companionSuffixes()) {
        if (QFileInfo::exists(path + suffix))
            return QStringLiteral("a database in use (it has a %1 file)").arg(suffix);
    }
    if (QFileInfo::exists(path + QStringLiteral("-search")))
        return QStringLiteral("a database (it has a search index)");
    return {};
}

} // namespace chipline::storage
