#pragma once

#include "annotation/namereview.h"
#include "core/result.h"
#include "storage/annotationchange.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAction;
class QDockWidget;

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

class MainWindow;
class NewNamesPanel;

// Puts the New names review into the main window: a dock (tabbed beside the entities
// at first), its toggle in the View menu and Annotate › Review New Names. Decisions are
// planned with annotation::NameReview and pushed through the AnnotationController, so
// each is one step on the window's undo stack and the reader, the entity panel and the
// article list refresh as after any annotation. The list reads itself again after every
// change, undo and redo, and after imports and recognition runs (ours or a terminal's).
//
// A dock rather than a dialog: the review goes with reading (a line opens its article in
// the reader beside the list), the count in its title keeps the pending work in sight,
// and it can be floated, tabbed or closed like the other panels, its place remembered.
class NewNamesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewNamesController)

public:
    NewNamesController(MainWindow *window, storage::Database &db);
    ~NewNamesController() override;

    NewNamesPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    // Shows the dock in front with the focus on the list.
    void showReview();

private:
    void accept(const QList<storage::NewNameRecord> &names, const QString &type);
    void addAsAlias(const QList<storage::NewNameRecord> &names);
    void reject(const QList<storage::NewNameRecord> &names);
    // The names' entities as they are now; nullopt (and a message) when one was decided.
    std::optional<QList<qint64>> currentIds(const QList<storage::NewNameRecord> &names);
    void decide(core::Result<storage::AnnotationChange> plan, const QString &text);
    void fail(const QString &message);
    void updateTitle(int count);
    void loadFirstNames(const QString &path);

    MainWindow *m_window;
    annotation::NameReview m_review;
    NewNamesPanel *m_panel;
    QPointer<QDockWidget> m_dock;
    QAction *m_show;
    QTimer m_refresh;
    QString m_failure; // the last failure the controller reported while a decision was pushed
    bool m_deciding = false;
};

} // namespace chipline::ui
