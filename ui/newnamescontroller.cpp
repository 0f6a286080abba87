#include "ui/newnamescontroller.h"

#include "storage/database.h"
#include "storage/namestore.h"
#include "ui/annotationcontroller.h"
#include "ui/backgroundtask.h"
#include "ui/entitychooserdialog.h"
#include "ui/entitycolors.h"
#include "ui/mainwindow.h"
#include "ui/newnamespanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace chipline::ui {

NewNamesController::NewNamesController(MainWindow *window, storage::Database &db)
    : QObject(window),
      m_window(window),
      m_review(db, window->annotations()->service()),
      m_panel(new NewNamesPanel(m_review)),
      m_dock(new QDockWidget(tr("New names"), window)),
      m_show(new QAction(tr("Review &New Names"), this))
{
    m_dock->setObjectName(QStringLiteral("newNamesDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                        | QDockWidget::DockWidgetClosable);
    // Where the analyst left it; at first (or after an older version) a tab behind the
    // timeline, whose width the table and the contexts share side by side, under the
    // reader; the tab's count tells what waits.
    auto *beside = window->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    if (!beside)
        beside = window->findChild<QDockWidget *>(QStringLiteral("entitiesDock"));
    const bool placed = window->addPanel(m_dock, beside ? window->dockWidgetArea(beside) : Qt::BottomDockWidgetArea);
    if (!placed && beside) {
        window->tabifyDockWidget(beside, m_dock);
        beside->raise();
    }

    m_show->setObjectName(QStringLiteral("actionNewNames"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_show->setToolTip(tr("The names found by patterns that are not your entities yet: accept, alias or reject them"));
    connect(m_show, &QAction::triggered, this, &NewNamesController::showReview);
    if (auto *annotate = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuAnnotate"))) {
        annotate->addSeparator();
        annotate->addAction(m_show);
    } else {
        window->addAction(m_show);
    }

    connect(m_panel, &NewNamesPanel::acceptRequested, this, &NewNamesController::accept);
    connect(m_panel, &NewNamesPanel::aliasRequested, this, &NewNamesController::addAsAlias);
    connect(m_panel, &NewNamesPanel::rejectRequested, this, &NewNamesController::reject);
    connect(m_panel, &NewNamesPanel::mentionActivated, window, &MainWindow::openArticle);
    connect(m_panel, &NewNamesPanel::countChanged, this, &NewNamesController::updateTitle);

    // Several changes in a row (a decision and its refreshes, an import's) read the list once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, m_panel, &NewNamesPanel::refresh);
    connect(window->annotations(), &AnnotationController::annotationsChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(window, &MainWindow::corpusRefreshed, &m_refresh, qOverload<>(&QTimer::start));
    connect(window->annotations(), &AnnotationController::failed, this, [this](const QString &message) {
        if (m_deciding)
            m_failure = message;
    });
    loadFirstNames(db.path());
}

void NewNamesController::loadFirstNames(const QString &path)
{
    // Counting the names reads every mention of a guessed one (0.4 s in a million articles):
    // the first list is read on a worker with a connection of its own, after the window.
    if (path.isEmpty() || path.startsWith(u':') || path.startsWith(QStringLiteral("file:"))) {
        m_panel->refresh();
        return;
    }
    using Names = std::optional<QList<storage::NewNameRecord>>;
    runInBackground<Names>(
        this,
        [path]() -> Names {
            auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            if (!db)
                return std::nullopt;
            return storage::NameStore(*db.value()).newNames({}, 1);
        },
        [this](const Names &names) {
            if (names)
                m_panel->showFirstNames(*names);
            else
                m_panel->refresh(); // the worker could not read them: do it here
        });
}

NewNamesController::~NewNamesController()
{
    // The panel reads through m_review: it goes first.
    delete m_dock;
}

void NewNamesController::showReview()
{
    m_dock->show();
    m_dock->raise();
    // A dock behind another tab shows its list once the tab has switched.
    QTimer::singleShot(0, m_panel->table(), [table = m_panel->table()] { table->setFocus(Qt::ShortcutFocusReason); });
}

void NewNamesController::accept(const QList<storage::NewNameRecord> &names, const QString &type)
{
    QString text;
    if (type.isEmpty())
        text = names.size() == 1 ? tr("Accept “%1”").arg(names.first().name)
                                 : tr("Accept %n new name(s)", nullptr, int(names.size()));
    else
        text = names.size() == 1
            ? tr("Accept “%1” as %2").arg(names.first().name, EntityColors::displayName(type))
            : tr("Accept %n new name(s) as %1", nullptr, int(names.size())).arg(EntityColors::displayName(type));
    if (const auto ids = currentIds(names))
        decide(m_review.accept(*ids, type), text);
}

void NewNamesController::addAsAlias(const QList<storage::NewNameRecord> &names)
{
    if (!currentIds(names))
        return;
    const QString prompt = names.size() == 1 ? tr("Add “%1” as another name of:").arg(names.first().name)
                                             : tr("Add %n new name(s) as other names of:", nullptr, int(names.size()));
    auto *dialog = new EntityChooserDialog(m_window->annotations()->directory(), prompt, QString(), true, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add as Alias"));
    dialog->setType(names.first().type);
    dialog->excludeEntities(*currentIds(names));
    connect(dialog, &QDialog::accepted, this, [this, dialog, names] {
        const annotation::EntityChoice target = dialog->choice();
        const QString text = names.size() == 1
            ? tr("Add “%1” as an alias of %2").arg(names.first().name, target.name)
            : tr("Add %n new name(s) as aliases of %1", nullptr, int(names.size())).arg(target.name);
        if (const auto ids = currentIds(names)) // the dialog may have stayed open a while
            decide(m_review.addAsAlias(*ids, target), text);
    });
    dialog->open();
}

void NewNamesController::reject(const QList<storage::NewNameRecord> &names)
{
    const QString text = names.size() == 1 ? tr("Reject “%1”").arg(names.first().name)
                                           : tr("Reject %n new name(s)", nullptr, int(names.size()));
    if (const auto ids = currentIds(names))
        decide(m_review.reject(*ids), text);
}

std::optional<QList<qint64>> NewNamesController::currentIds(const QList<storage::NewNameRecord> &names)
{
    QList<qint64> ids;
    for (const storage::NewNameRecord &name : names) {
        // Another window or `chipline names` may have decided it since the list was read;
        // a recognition run may have found it again under another id.
        const auto now = m_review.newName(name.name);
        if (!now) {
            fail(tr("“%1” was decided on meanwhile, elsewhere; the list now shows the names left.").arg(name.name));
            m_refresh.start();
            return std::nullopt;
        }
        ids << now->entityId;
    }
    return ids;
}

void NewNamesController::decide(core::Result<storage::AnnotationChange> plan, const QString &text)
{
    if (!plan) {
        fail(plan.error().message);
        m_refresh.start(); // the list may be out of date (decided elsewhere)
        return;
    }
    m_panel->showMessage({});
    m_failure.clear();
    m_deciding = true;
    const bool applied = m_window->annotations()->push(std::move(plan), text);
    m_deciding = false;
    if (!applied && !m_failure.isEmpty())
        fail(m_failure);
}

void NewNamesController::fail(const QString &message)
{
    const QString text = tr("Nothing was changed: %1").arg(message);
    m_panel->showMessage(text);
    m_window->statusBar()->showMessage(text, 10000);
}

void NewNamesController::updateTitle(int count)
{
    m_dock->setWindowTitle(count > 0 ? tr("New names (%1)").arg(count) : tr("New names"));
}

} // namespace chipline::ui
