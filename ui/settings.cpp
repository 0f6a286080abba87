#include "ui/settings.h"

#include "storage/backupset.h"

#include <QDir>
#include <QSettings>

namespace chipline::ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kHeader = QStringLiteral("articleList/header");
const QString kImportFolder = QStringLiteral("import/lastFolder");
const QString kLanguage = QStringLiteral("ui/language");
const QString kZoom = QStringLiteral("reader/zoom");
const QString kHiddenTypes = QStringLiteral("reader/hiddenTypes");
} // namespace

Settings::Settings(QSettings &store)
    : m_store(store)
{}

QByteArray Settings::mainWindowGeometry() const
{
    return m_store.value(kGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(kGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_store.value(kState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_store.setValue(kState, state);
}

QByteArray Settings::splitterState() const
{
    return m_store.value(kSplitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_store.setValue(kSplitter, state);
}

QByteArray Settings::articleListHeaderState() const
{
    return m_store.value(kHeader).toByteArray();
}

void Settings::setArticleListHeaderState(const QByteArray &state)
{
    m_store.setValue(kHeader, state);
}

QString Settings::lastImportFolder() const
{
    return m_store.value(kImportFolder, QDir::homePath()).toString();
}

void Settings::setLastImportFolder(const QString &folder)
{
    m_store.setValue(kImportFolder, folder);
}

QString Settings::language() const
{
    return m_store.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_store.setValue(kLanguage, language);
}

int Settings::readerZoom() const
{
    return m_store.value(kZoom, 0).toInt();
}

void Settings::setReaderZoom(int steps)
{
    m_store.setValue(kZoom, steps);
}

QStringList Settings::hiddenEntityTypes() const
{
    return m_store.value(kHiddenTypes).toStringList();
}

void Settings::setHiddenEntityTypes(const QStringList &types)
{
    m_store.setValue(kHiddenTypes, types);
}

int Settings::backupsToKeep() const
{
    const int keep =
        m_store.value(QLatin1String(storage::BackupSet::kKeepSettingKey), storage::BackupSet::kDefaultKeep).toInt();
    return keep > 0 ? keep : storage::BackupSet::kDefaultKeep;
}

void Settings::setBackupsToKeep(int keep)
{
    m_store.setValue(QLatin1String(storage::BackupSet::kKeepSettingKey), keep);
}

void Settings::sync()
{
    m_store.sync();
}

} // namespace chipline::ui
