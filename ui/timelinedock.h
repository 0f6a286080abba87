#pragma once

#include "annotation/timelineselection.h"
#include "storage/timelinequery.h"
#include "ui/eventeditdialog.h"

#include <QDockWidget>

class QComboBox;
class QLineEdit;

namespace chipline::ui {

class EventDetailsPanel;
class TimelineController;
class TimelineView;

// The timeline beside the reader: filters, the view, the selected event's details, and
// the analyst's edits (confirm, reject, edit, merge, split, add), which it hands to the
// TimelineController as undoable commands; it shows the events again after every edit,
// undo and redo. It can follow the article list's filters or the article in the reader.
class TimelineDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDock)

public:
    // Which articles the events must have evidence in.
    enum class Follow {
        Nothing,
        ArticleList,
        Reader
    };

    TimelineDock(storage::Database &db, TimelineController *controller, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    // What is shown: for printing and export of "the current filters and date range".
    // Both read the events first if the dock has not loaded them yet.
    const annotation::TimelineSelection &selection()
    {
        ensureLoaded();
        return m_selection;
    }
    QHash<qint64, QList<storage::EvidencePassage>> evidence();

public Q_SLOTS:
    void refresh();
    // After the articles changed (an import): reads again, unless nothing was read yet.
    void refreshIfLoaded();
    // The article the reader shows; the view follows it in Follow::Reader.
    void setReaderArticle(qint64 articleId);
    // The article list's filter; the view follows it in Follow::ArticleList.
    void setListFilter(const storage::ArticleListFilter &filter);
    void setFollow(Follow follow);
    // Edits the actor lanes and saves them in the database.
    void editLanes();
    void confirmSelected();
    void rejectSelected();
    void editSelected();
    void mergeSelected();
    void splitSelected();
    void goToDate();
    // A new confirmed event with this passage as evidence; the dialog comes prefilled.
    void addEvent(const annotation::EventInput &prefill, qint64 articleId, qint64 start, qint64 end);

Q_SIGNALS:
    void passageActivated(qint64 articleId, qint64 start, qint64 end);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The events (20,000+ in a large corpus, a second with their layout) are first read
    // on a worker with a connection of its own when the dock is shown, so that the window
    // shows its article list meanwhile; a refresh before they arrive wins over them.
    void ensureLoaded();
    void loadInBackground();
    timeline::LaneSet currentLanes();
    void showLoaded(annotation::TimelineSelection selection);
    QWidget *createFilters();
    storage::TimelineFilter currentFilter() const;
    void showSelection(const QList<qint64> &ids);

    storage::TimelineQuery m_query;
    TimelineController *m_controller;
    TimelineView *m_view;
    EventDetailsPanel *m_details;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_status;
    QComboBox *m_category;
    QLineEdit *m_actor;
    QComboBox *m_lanes;
    QComboBox *m_follow;
    annotation::TimelineSelection m_selection;
    qint64 m_readerArticle = 0;
    storage::ArticleListFilter m_listFilter;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace chipline::ui
