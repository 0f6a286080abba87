#include "ui/mainwindow.h"

#include "storage/database.h"
#include "ui/annotationcontroller.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"
#include "ui/articlereader.h"
#include "ui/backupcontroller.h"
#include "ui/databasewatcher.h"
#include "ui/entitynavigation.h"
#include "ui/entitypanel.h"
#include "ui/filedrop.h"
#include "ui/filterbar.h"
#include "ui/highlightlegend.h"
#include "ui/importjob.h"
#include "ui/importsummarydialog.h"
#include "ui/newnamescontroller.h"
#include "ui/prompts.h"
#include "ui/readerbody.h"
#include "ui/settings.h"
#include "ui/timelinecontroller.h"
#include "ui/timelineintegration.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chipline::ui {

MainWindow::MainWindow(storage::Database &db, Settings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_db(db),
      m_settings(settings),
      m_model(new ArticleListModel(db, this)),
      m_view(new ArticleListView(m_model, this)),
      m_filters(new FilterBar(this)),
      m_reader(new ArticleReader(db, this)),
      m_entities(new EntityPanel(db, this)),
      m_undo(new QUndoStack(this)),
      m_annotations(new AnnotationController(db, m_reader, m_undo, this)),
      m_timeline(new TimelineController(db, m_undo, this)),
      m_countLabel(new QLabel(this)),
      m_importLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_job(new ImportJob(db.path(), this)),
      m_backups(new BackupController(db.path(), settings, this)),
      m_prompts(std::make_unique<Prompts>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Chipline"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCentralWidget(m_reader);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_view, 1);
    addDockWidget(Qt::LeftDockWidgetArea, createDock(tr("Articles"), QStringLiteral("articlesDock"), listPane));
    addDockWidget(Qt::RightDockWidgetArea, createDock(tr("Entities"), QStringLiteral("entitiesDock"), m_entities));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    connect(m_model, &ArticleListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Cannot read the article list: %1").arg(message));
    });
    connect(m_filters, &FilterBar::filterChanged, this, [this](const storage::ArticleListFilter &filter) {
        m_model->setFilter(filter);
        m_reader->setSearchHits(filter.search, filter.searchEntities);
        updateCount();
        const int row = m_reader->articleId() ? m_model->rowOfArticle(m_reader->articleId()) : -1;
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, ArticleListModel::DateColumn));
    });
    connect(m_filters, &FilterBar::relevanceWanted, m_model, &ArticleListModel::sortByRelevance);
    // The Relevance choice follows the list's sort and every re-read (a search may become
    // narrow enough to rank as it is typed).
    const auto showSort = [this] {
        m_filters->setSortedByRelevance(m_model->sortedByRelevance(), m_model->relevanceRanked());
    };
    connect(m_model, &ArticleListModel::sortChanged, this, showSort);
    connect(m_model, &QAbstractItemModel::modelReset, this, showSort);
    connect(m_backups, &BackupController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_backups, &BackupController::restored, this, &MainWindow::onRestored);
    // Every re-read of the list (a reject under an entity filter, a date set under "Undated")
    // updates the count, not only the ones that remember to.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_job, &ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_job, &ImportJob::finished, this, &MainWindow::onImportFinished);
    // A `chipline import` in a terminal writes to the same file: show its articles as they land.
    auto *watcher = new DatabaseWatcher(m_db, 1000, this);
    connect(watcher, &DatabaseWatcher::changed, this, [this] {
        if (!isImporting()) {
            refreshKeepingSelection();
            updateCount();
        }
    });
    connect(m_annotations, &AnnotationController::annotationsChanged, this, &MainWindow::onAnnotationsChanged);
    connect(m_annotations, &AnnotationController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    EntityNavigation::install(this);
    // Files and folders dropped anywhere on the window are imported.
    connect(new FileDrop(this), &FileDrop::dropped, this, &MainWindow::importPaths);
    connect(m_reader->body(), &ReaderBody::zoomChanged, this, [this](int steps) { m_settings.setReaderZoom(steps); });
    connect(m_reader->legend(), &HighlightLegend::hiddenTypesChanged, this, [this](const QSet<QString> &types) {
        m_settings.setHiddenEntityTypes({types.cbegin(), types.cend()});
    });

    createActions();
    TimelineIntegration::install(this, db); // issue 6: the timeline dock, its menus, Set date…
    createStatusBar();
    restoreSettings();
    new NewNamesController(this, db); // issue 15: the New names review dock, where it was left
    // The outlet and layout choices scan the whole table (a second or so on 100,000
    // articles): read them on a worker with a connection of its own.
    m_filters->loadChoicesInBackground(m_db.path(), m_model->query());
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ArticleListModel::DateColumn));
    m_view->setFocus();
}

MainWindow::~MainWindow()
{
    // The job's destructor would wait too; doing it here keeps the model and store alive
    // until the worker is gone.
    m_job->cancel();
    m_job->wait();
    // Commands hold the services the controllers own.
    m_undo->clear();
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = prompts ? std::move(prompts) : std::make_unique<Prompts>();
}

QDockWidget *MainWindow::createDock(const QString &title, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    return dock;
}

bool MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    // A panel added after start-up takes the place it had when the window last closed.
    const bool restored = restoreDockWidget(dock);
    if (!restored)
        addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return restored;
}

void MainWindow::createActions()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("Import &Files…"), this, &MainWindow::chooseFiles);
    importFiles->setObjectName(QStringLiteral("actionImportFiles"));
    importFiles->setShortcut(QKeySequence::Open);
    QAction *importFolder = file->addAction(tr("Import F&older…"), this, &MainWindow::chooseFolder);
    importFolder->setObjectName(QStringLiteral("actionImportFolder"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importActions = {importFiles, importFolder};
    file->addSeparator();
    file->addAction(m_backups->backUpNowAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    QAction *quit = m_quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Article…"), m_reader, &ArticleReader::openFind);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction *search = edit->addAction(tr("&Search Articles"), this, [this] {
        if (auto *field = m_filters->findChild<QWidget *>(QStringLiteral("searchField")))
            field->setFocus(Qt::ShortcutFocusReason);
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->setObjectName(QStringLiteral("menuAnnotate"));
    annotate->addActions(m_annotations->actions());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    ReaderBody *body = m_reader->body();
    QAction *zoomIn =
        m_viewMenu->addAction(tr("Zoom &In"), body, [body] { body->setZoomSteps(body->zoomSteps() + 1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut =
        m_viewMenu->addAction(tr("Zoom &Out"), body, [body] { body->setZoomSteps(body->zoomSteps() - 1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = m_viewMenu->addAction(tr("&Actual Size"), body, [body] { body->setZoomSteps(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const std::pair<QString, QString> choices[] = {{QString(), tr("System")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("ko"), QStringLiteral("한국어")}};
    // No structured binding: the lambda captures code, which clang-tidy 14 cannot parse.
    for (const auto &choice : choices) {
        const QString &code = choice.first;
        QAction *action = language->addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings.setLanguage(code);
            statusBar()->showMessage(tr("The language changes when Chipline starts again."), 8000);
        });
    }
    // The panels last: addPanel() appends the ones added later.
    m_viewMenu->addSeparator();
    for (auto *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = help->addAction(tr("&About Chipline"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_countLabel->setObjectName(QStringLiteral("articleCount"));
    m_importLabel->setObjectName(QStringLiteral("importStatus"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancelButton->setToolTip(tr("Stop after the file being imported; files already imported are kept"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelImport);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setImporting(false);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1400, 860);
    if (!restoreState(m_settings.mainWindowState())) {
        const auto docks = findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks)
            resizeDocks({dock}, {dock->objectName() == u"articlesDock" ? 560 : 300}, Qt::Horizontal);
    }
    const QByteArray header = m_settings.articleListHeaderState();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    m_reader->body()->setZoomSteps(m_settings.readerZoom());
    const QStringList hidden = m_settings.hiddenEntityTypes();
    m_reader->legend()->setHiddenTypes({hidden.cbegin(), hidden.cend()});
}

void MainWindow::saveSettings()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setArticleListHeaderState(m_view->horizontalHeader()->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isImporting()) {
        // Each file is stored in its own transaction, so stopping here loses nothing.
        statusBar()->showMessage(tr("Stopping the import…"));
        m_job->cancel();
        m_job->wait();
    }
    saveSettings();
    event->accept();
}

void MainWindow::chooseFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Files"), m_settings.lastImportFolder(),
                                      tr("News files (*.txt *.html *.htm *.xml *.rss *.atom);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings.setLastImportFolder(QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), m_settings.lastImportFolder());
    if (folder.isEmpty())
        return;
    m_settings.setLastImportFolder(folder);
    importPaths({folder});
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Chipline"),
                       tr("<h3>Chipline %1</h3><p>News analysis for the contest over AI-chip export controls "
                          "between the United States and China, in Korean and English sources.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || isImporting())
        return;
    setImporting(true);
    m_progress->setRange(0, 0); // busy until the importer has counted the files
    m_importLabel->setText(tr("Importing…"));
    m_job->start(paths);
}

bool MainWindow::isImporting() const
{
    return m_job->isRunning();
}

void MainWindow::cancelImport()
{
    if (!isImporting())
        return;
    m_cancelButton->setEnabled(false);
    m_importLabel->setText(tr("Cancelling…"));
    m_job->cancel();
}

void MainWindow::onImportProgress(int done, int total, const QString &path)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    if (m_cancelButton->isEnabled()) {
        const QString name = QFileInfo(path).fileName();
        m_importLabel->setText(fontMetrics().elidedText(tr("Importing %1").arg(name), Qt::ElideMiddle, 320));
        m_importLabel->setToolTip(path);
    }
}

void MainWindow::onImportFinished(const ImportOutcome &outcome)
{
    refreshKeepingSelection();
    setImporting(false);
    updateCount();
    Q_EMIT importFinished();

    auto *dialog = new ImportSummaryDialog(outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onRestored()
{
    // The undo history spoke of rows the restore replaced.
    m_undo->clear();
    refreshKeepingSelection();
    updateCount();
    Q_EMIT contentReplaced();
}

void MainWindow::refreshKeepingSelection()
{
    const qint64 current = m_reader->articleId();
    const int loaded = m_model->rowCount();
    m_model->refresh();
    m_filters->loadChoices(m_model->query());
    m_annotations->directory().reload();
    const int row = current ? m_model->rowOfArticle(current, loaded + ArticleListModel::kPageSize) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ArticleListModel::DateColumn);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        m_reader->reload();
    } else if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, ArticleListModel::DateColumn));
    } else {
        m_reader->clear();
        Q_EMIT currentArticleChanged(0);
    }
    m_entities->refresh();
    Q_EMIT corpusRefreshed();
}

void MainWindow::onAnnotationsChanged(const QList<qint64> &articles, bool entitiesChanged)
{
    if (entitiesChanged || articles.contains(m_reader->articleId()))
        m_reader->reload();
    m_entities->refresh();
    if (!m_model->filter().entities.isEmpty())
        m_model->refresh();
}

void MainWindow::setImporting(bool importing)
{
    m_progress->setVisible(importing);
    m_cancelButton->setVisible(importing);
    m_cancelButton->setEnabled(importing);
    m_importLabel->setVisible(importing);
    if (!importing) {
        m_importLabel->clear();
        m_progress->reset();
    }
    for (QAction *action : std::as_const(m_importActions))
        action->setEnabled(!importing);
    m_backups->setBusy(importing);
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_view->currentIndex();
    if (const qint64 id = current.isValid() ? m_model->articleId(current.row()) : 0)
        showInReader(id);
}

void MainWindow::showInReader(qint64 articleId)
{
    if (articleId == m_reader->articleId())
        return;
    m_reader->showArticle(articleId);
    m_entities->setArticle(articleId);
    Q_EMIT currentArticleChanged(articleId);
}

void MainWindow::openArticle(qint64 articleId, qint64 start, qint64 end)
{
    const int row = m_model->rowOfArticle(articleId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ArticleListModel::DateColumn);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    showInReader(articleId);
    if (start >= 0 && end > start)
        m_reader->showSpan(start, end);
}

void MainWindow::updateCount()
{
    const int total = int(m_model->totalCount());
    switch (m_model->totalKind()) {
    case storage::ArticleListCount::Kind::Exact:
        m_countLabel->setText(tr("%Ln article(s)", nullptr, total));
        m_countLabel->setToolTip(QString());
        break;
    case storage::ArticleListCount::Kind::MoreThan:
        m_countLabel->setText(tr("More than %Ln article(s)", nullptr, total));
        m_countLabel->setToolTip(tr("The search matches too many articles to count them all as you type"));
        break;
    case storage::ArticleListCount::Kind::About:
        m_countLabel->setText(tr("About %Ln article(s)", nullptr, total));
        m_countLabel->setToolTip(tr("Estimated from a sample of the articles: the search matches too many to count "
                                    "them all as you type"));
        break;
    }
}

} // namespace chipline::ui
