#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QUndoStack;

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

class AnnotationController;
class ArticleListModel;
class ArticleReader;
class BackupController;
class EntityPanel;
class FilterBar;
class ImportJob;
class Prompts;
class Settings;
class TimelineController;
struct ImportOutcome;

// The analyst's workbench: the reader in the middle, the filtered article list and the
// entity panel in docks, annotation through an undo stack, imports in the background.
// Reads go through the GUI thread's connection; each import opens its own on the same file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(storage::Database &db, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isImporting() const;
    ArticleListModel *articleModel() const { return m_model; }
    ArticleReader *reader() const { return m_reader; }
    QUndoStack *undoStack() const { return m_undo; }
    AnnotationController *annotations() const { return m_annotations; }
    TimelineController *timeline() const { return m_timeline; }
    FilterBar *filterBar() const { return m_filters; }
    EntityPanel *entityPanel() const { return m_entities; }
    // For other panels' menus (the timeline's): File, its Quit, and Help, the last menu.
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *quitAction() const { return m_quit; }
    QMenu *helpMenu() const { return m_helpMenu; }

    // For other panels (the timeline): adds the dock with its toggle in the View menu.
    // Give the dock an object name, so that its place is remembered. True when the window's
    // saved state placed it (as the analyst left it), false when the caller may place it.
    bool addPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    // Shows the article (selecting it in the list when it is there) at a code point span.
    void openArticle(qint64 articleId, qint64 start = -1, qint64 end = -1);
    // The dialogs the timeline's CSV import asks for its file and tells its outcome with,
    // and that tell a timeline edit failed: Qt's own unless replaced (a test answers them at once).
    Prompts &prompts() const { return *m_prompts; }
    void setPrompts(std::unique_ptr<Prompts> prompts);

public Q_SLOTS:
    // Imports files and folders (recursively) in the background; ignored while an import
    // is running. The file dialogs end here too.
    void importPaths(const QStringList &paths);
    void cancelImport();

Q_SIGNALS:
    // After the list was refreshed and before the summary is shown.
    void importFinished();
    // A backup was restored: every view reloads what it shows.
    void contentReplaced();
    // The views read the corpus again: after an import, a restore, or a change another
    // process made (a `chipline import` or `chipline recognize` in a terminal).
    void corpusRefreshed();
    // The article shown in the reader changed (0: none), after the reader shows it.
    void currentArticleChanged(qint64 articleId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *createDock(const QString &title, const QString &name, QWidget *content);
    void createActions();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void chooseFiles();
    void chooseFolder();
    void showAbout();
    void showCurrentArticle();
    // Shows the article in the reader and the entity panel unless shown already.
    void showInReader(qint64 articleId);
    void onImportProgress(int done, int total, const QString &path);
    void onImportFinished(const ImportOutcome &outcome);
    // After any import, ours or another process's: reload the list, keep the article shown.
    void refreshKeepingSelection();
    void onAnnotationsChanged(const QList<qint64> &articles, bool entitiesChanged);
    void onRestored();
    void setImporting(bool importing);
    void updateCount();

    storage::Database &m_db;
    Settings &m_settings;
    ArticleListModel *m_model;
    QTableView *m_view;
    FilterBar *m_filters;
    ArticleReader *m_reader;
    EntityPanel *m_entities;
    QUndoStack *m_undo;
    AnnotationController *m_annotations;
    TimelineController *m_timeline;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_countLabel;
    QLabel *m_importLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    ImportJob *m_job;
    BackupController *m_backups;
    std::unique_ptr<Prompts> m_prompts;
    QList<QAction *> m_importActions;
};

} // namespace chipline::ui
