#pragma once

#include "render/timelinepainter.h"
#include "timeline/timelinelayout.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

class QScrollBar;
class QTimer;

#include <memory>

namespace chipline::render {
class FontTextMetrics;
}

namespace chipline::ui {

// The timeline drawn on screen: the layout engine's geometry painted by render::TimelinePainter,
// laid out again only when the zoom, the data or the width changes; panning only moves
// the painter. Wheel, +/-, pinch zoom around the pointer; drag pans; Home fits all.
// Wheel and pinch steps come faster than a layout of 10,000 events: each step repaints
// the last layout stretched to the new zoom (markers and labels moved, text unscaled),
// and one layout follows when the steps pause, so zooming never waits for the engine.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTimeline(const QList<timeline::TimelineItem> &items, const QStringList &laneTitles, QDate from, QDate to);
    const QList<timeline::TimelineItem> &items() const { return m_items; }
    // While the events are read (at a million articles, seconds), an empty view says so
    // rather than that no event matches.
    void setLoading(bool loading);
    QString placeholderText() const;

    QList<qint64> selectedIds() const { return QList<qint64>(m_selected.begin(), m_selected.end()); }
    void setSelectedIds(const QList<qint64> &ids);
    double pixelsPerDay() const { return m_pixelsPerDay; }
    const timeline::TimelineGeometry &geometry() const { return m_geometry; }
    // True while a zoom step is shown stretched and its layout is still to come.
    bool layoutPending() const { return m_layoutPixelsPerDay != m_pixelsPerDay; }
    // Lays out a pending zoom now (the timer would a moment later).
    void flushLayout();
    // The event id at a widget point, 0 when none.
    qint64 eventAt(const QPointF &pos) const;

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();
    // The widget x of an event's marker at the current zoom and scroll; NaN when not placed.
    double markerX(qint64 id) const;
    void goToDate(QDate date);

Q_SIGNALS:
    void selectionChanged(const QList<qint64> &ids);
    void eventActivated(qint64 id);
    void zoomChanged(double pixelsPerDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    // Continuous input (wheel, pinch) defers the layout; buttons and keys lay out at once.
    void zoomAround(double factor, double x, bool deferLayout = false);
    // Where the zoom buttons and keys zoom around (widget x): the selected events, else the
    // visible events' centre, else the middle of the view.
    double zoomFocus() const;
    timeline::TimelineGeometry stretched() const;
    double plotWidth() const;
    void clampScroll();
    // Keeps the scroll bars in step with the scroll position and range.
    void syncScrollBars();
    double titleWidth() const { return 150; }
    int barExtent() const;
    double viewWidth() const { return width() - titleWidth() - barExtent(); }
    double viewHeight() const { return height() - barExtent(); }

    QList<timeline::TimelineItem> m_items;
    QStringList m_laneTitles;
    QDate m_from;
    QDate m_to;
    timeline::TimelineGeometry m_geometry;
    double m_layoutPixelsPerDay = 1; // the zoom m_geometry was laid out for
    QTimer *m_layoutTimer;
    // Lanes below the fold and the range beyond the edges are there to find.
    QScrollBar *m_hbar;
    QScrollBar *m_vbar;
    QElapsedTimer m_pendingSince;
    render::PaintStyle m_style;
    std::unique_ptr<render::FontTextMetrics> m_metrics;
    double m_pixelsPerDay = 1;
    double m_scrollX = 0; // plot x at the left edge of the plot viewport
    double m_scrollY = 0;
    bool m_loading = false;
    bool m_fitted = false;
    bool m_autoFit = true; // refit on resize until the user zooms or pans
    QSet<qint64> m_selected;
    QPointF m_pressPos;
    QPointF m_pressScroll;
    bool m_dragging = false;
};

} // namespace chipline::ui
