#pragma once

#include "storage/namestore.h"

#include <QList>
#include <QWidget>

class QAction;
class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace chipline::annotation {
class NameReview;
}

namespace chipline::ui {

class NewNamesModel;

// The New names review: the names patterns found that are no entity yet (a table with
// type and counts, filters), where the current one stands (keyword-in-context lines),
// and the decisions on the selected names: accept, accept as another type, add as an
// alias of an entity, reject. It only reads (through annotation::NameReview); decisions
// are asked for with signals, made undoable by the NewNamesController.
class NewNamesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewNamesPanel)

public:
    static constexpr int kMaxLines = 200;

    explicit NewNamesPanel(annotation::NameReview &review, QWidget *parent = nullptr);

    // Reads the names again, keeping the current name, or the row it was on when it is gone.
    void refresh();
    // Shows the names a worker read at start, unless refresh() has run since.
    void showFirstNames(const QList<storage::NewNameRecord> &names);
    QList<storage::NewNameRecord> selectedNames() const;
    bool selectName(qint64 entityId);
    // A decision that failed, shown above the list until the next one (empty hides it).
    void showMessage(const QString &text);
    int totalCount() const;
    // The Accept as ▸ menu: one action per type.
    QMenu *acceptAsMenu() const { return m_acceptAsMenu; }
    QList<QAction *> decisionActions() const;
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void acceptRequested(const QList<storage::NewNameRecord> &names, const QString &type);
    void aliasRequested(const QList<storage::NewNameRecord> &names);
    void rejectRequested(const QList<storage::NewNameRecord> &names);
    void mentionActivated(qint64 articleId, qint64 start, qint64 end);
    // The number of undecided names changed (for the dock's title).
    void countChanged(int total);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilters();
    QWidget *createButtons();
    QAction *createAction(const QString &text, const QString &name, const QList<QKeySequence> &keys,
                          const QString &tip);
    void showNames(const QList<storage::NewNameRecord> &names);
    void applyFilters();
    void showContexts();
    void updateState();
    void showMenu(const QPoint &pos);
    void openFirstContext();
    void fitColumns();

    annotation::NameReview &m_review;
    NewNamesModel *m_model;
    QComboBox *m_type;
    QSpinBox *m_minArticles;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_message;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QSplitter *m_split;
    QTableView *m_table;
    QLabel *m_contextTitle;
    QListWidget *m_contexts;
    QAction *m_accept;
    QAction *m_acceptAs;
    QAction *m_alias;
    QAction *m_reject;
    QMenu *m_acceptAsMenu;
    QToolButton *m_acceptAsButton = nullptr;
    QBoxLayout *m_filterRows = nullptr;
    qint64 m_shownEntity = -1;
    bool m_refreshed = false;
    int m_roomyColumns = -1; // the column layout fitColumns() last chose (-1: none yet)
};

} // namespace chipline::ui
