#include "ui/settings.h"

#include <QDir>
#include <QSettings>

namespace chipline::ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kHeader = QStringLiteral("articleList/header");
const QString kImportFolder = QStringLiteral("import/lastFolder");
} // namespace

Settings::Settings(QSettings &store) : m_store(store) {}

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

void Settings::sync()
{
    m_store.sync();
}

} // namespace chipline::ui
