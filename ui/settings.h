#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace chipline::ui {

// The one typed door to QSettings: every key and its type live here, so a key is never
// misspelt in one place and read as another type in another. The caller owns the store
// (the application's default QSettings, or a temporary file in tests).
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    explicit Settings(QSettings &store);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray articleListHeaderState() const;
    void setArticleListHeaderState(const QByteArray &state);

    // The folder the last import dialog was in; home when unset.
    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);

    // "" follows the system; "en" or "ko" picks the user interface language.
    QString language() const;
    void setLanguage(const QString &language);
    // Font size steps of the reader, 0 for the default.
    int readerZoom() const;
    void setReaderZoom(int steps);
    // Entity types whose highlights the legend hides.
    QStringList hiddenEntityTypes() const;
    void setHiddenEntityTypes(const QStringList &types);

    // How many backups to keep beside the database (storage::BackupSet::kKeepSettingKey).
    int backupsToKeep() const;
    void setBackupsToKeep(int keep);

    void sync();

private:
    QSettings &m_store;
};

} // namespace chipline::ui
