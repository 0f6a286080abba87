#include "ui/mainwindow.h"

#include "ui/articlelistmodel.h"
#include "ui/articlereader.h"
#include "ui/importjob.h"
#include "ui/importsummarydialog.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace chipline::ui {

MainWindow::MainWindow(storage::Database &db, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(db)
    , m_model(new ArticleListModel(db, this))
    , m_view(new QTableView(this))
    , m_reader(new ArticleReader(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countLabel(new QLabel(this))
    , m_importLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_job(new ImportJob(db.path(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Chipline"));

    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights spare the view from measuring every row of a long list.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(ArticleListModel::DateColumn, fm.horizontalAdvance(QStringLiteral("2025-12-31 23:59")) + 24);
    header->resizeSection(ArticleListModel::OutletColumn, fm.horizontalAdvance(u'M') * 9);
    header->resizeSection(ArticleListModel::ReporterColumn, fm.horizontalAdvance(u'M') * 10);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);

    m_reader->setObjectName(QStringLiteral("articleReader"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    connect(m_model, &ArticleListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Cannot read the article list: %1").arg(message)); });
    connect(m_job, &ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_job, &ImportJob::finished, this, &MainWindow::onImportFinished);

    createActions();
    createStatusBar();
    restoreSettings();
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
}

bool MainWindow::isImporting() const
{
    return m_job->isRunning();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("Import &Files…"), this, &MainWindow::chooseFiles);
    importFiles->setObjectName(QStringLiteral("actionImportFiles"));
    importFiles->setShortcut(QKeySequence::Open);
    QAction *importFolder = file->addAction(tr("Import F&older…"), this, &MainWindow::chooseFolder);
    importFolder->setObjectName(QStringLiteral("actionImportFolder"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importActions = {importFiles, importFolder};
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
        resize(1280, 800);
    restoreState(m_settings.mainWindowState());
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({700, 580});
    const QByteArray header = m_settings.articleListHeaderState();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

void MainWindow::saveSettings()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
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
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), m_settings.lastImportFolder(),
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
    const qint64 current = m_reader->articleId();
    const int loaded = m_model->rowCount();
    m_model->refresh();
    const int row = current ? m_model->rowOfArticle(current, loaded + ArticleListModel::kPageSize) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ArticleListModel::DateColumn);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, ArticleListModel::DateColumn));
    } else {
        m_reader->clear();
    }
    setImporting(false);
    updateCount();
    Q_EMIT importFinished();

    auto *dialog = new ImportSummaryDialog(outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->articleId(current.row()) : 0;
    if (id == 0) {
        m_reader->clear();
        return;
    }
    if (id == m_reader->articleId())
        return;
    if (auto stored = m_store.article(id))
        m_reader->showArticle(*stored);
    else
        m_reader->clear();
}

void MainWindow::updateCount()
{
    m_countLabel->setText(tr("%1 articles").arg(QLocale().toString(m_model->totalCount())));
}

} // namespace chipline::ui
