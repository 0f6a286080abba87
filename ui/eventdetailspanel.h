#pragma once

#include "storage/timelinequery.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace chipline::ui {

// The selected event: date and precision, category, title, actors, status, whether it is
// only planned, considered or expected and whether only the publication day dates it, and
// every evidence passage with its article (and its own date where that differs).
// Activating a passage asks for the article.
class EventDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailsPanel)

public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);

    void showEvent(const storage::TimelineEvent &event, const QList<storage::EvidencePassage> &evidence);
    void showSeveral(int count);
    void clear();
    // Indexes of the selected passages (for "split evidence off").
    QList<int> selectedPassages() const;

Q_SIGNALS:
    void passageActivated(qint64 articleId, qint64 start, qint64 end);

protected:
    // showEvent() above shows a timeline event; QWidget's show event is not hidden by it.
    using QWidget::showEvent;

private:
    // What the event's or a passage's modality tells the analyst; empty when it happened.
    static QString modalityText(core::EventModality modality);
    static QString passageModalityText(core::EventModality modality);

    QLabel *m_heading;
    QLabel *m_meta;
    QListWidget *m_passages;
    QList<storage::EvidencePassage> m_evidence;
};

} // namespace chipline::ui
