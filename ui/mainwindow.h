#pragma once

#include "storage/articlestore.h"

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace chipline::ui {

class ArticleListModel;
class ArticleReader;
class ImportJob;
class Settings;
struct ImportOutcome;

// The article list beside the reader, with imports running in the background. Reads go
// through the GUI thread's connection; each import opens its own on the same file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(storage::Database &db, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isImporting() const;
    ArticleListModel *articleModel() const { return m_model; }

public Q_SLOTS:
    // Imports files and folders (recursively) in the background; ignored while an import
    // is running. The file dialogs end here too.
    void importPaths(const QStringList &paths);
    void cancelImport();

Q_SIGNALS:
    // After the list was refreshed and before the summary is shown.
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void chooseFiles();
    void chooseFolder();
    void showAbout();
    void showCurrentArticle();
    void onImportProgress(int done, int total, const QString &path);
    void onImportFinished(const ImportOutcome &outcome);
    void setImporting(bool importing);
    void updateCount();

    Settings &m_settings;
    storage::ArticleStore m_store;
    ArticleListModel *m_model;
    QTableView *m_view;
    ArticleReader *m_reader;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    QLabel *m_importLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    ImportJob *m_job;
    QList<QAction *> m_importActions;
};

} // namespace chipline::ui
