#pragma once

#include "print/timelinepainter.h"
#include "timeline/timelinelayout.h"

#include <QSet>
#include <QWidget>

#include <memory>

namespace chipline::print {
class FontTextMetrics;
}

namespace chipline::ui {

// The timeline drawn on screen: the layout engine's geometry painted by print::TimelinePainter,
// laid out again only when the zoom, the data or the width changes; panning only moves
// the painter. Wheel, +/-, pinch zoom around the pointer; drag pans; Home fits all.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTimeline(const QList<timeline::TimelineItem> &items, const QStringList &laneTitles, QDate from, QDate to);
    void setLanguage(timeline::AxisLanguage language);
    const QList<timeline::TimelineItem> &items() const { return m_items; }

    QList<qint64> selectedIds() const { return QList<qint64>(m_selected.begin(), m_selected.end()); }
    void setSelectedIds(const QList<qint64> &ids);
    double pixelsPerDay() const { return m_pixelsPerDay; }
    const timeline::TimelineGeometry &geometry() const { return m_geometry; }
    // The event id at a widget point, 0 when none.
    qint64 eventAt(const QPointF &pos) const;

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();
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
    void zoomAround(double factor, double x);
    void clampScroll();
    double titleWidth() const { return 150; }
    double viewWidth() const { return width() - titleWidth(); }

    QList<timeline::TimelineItem> m_items;
    QStringList m_laneTitles;
    QDate m_from;
    QDate m_to;
    timeline::AxisLanguage m_language = timeline::AxisLanguage::English;
    timeline::TimelineGeometry m_geometry;
    print::PaintStyle m_style;
    std::unique_ptr<print::FontTextMetrics> m_metrics;
    double m_pixelsPerDay = 1;
    double m_scrollX = 0; // plot x at the left edge of the plot viewport
    double m_scrollY = 0;
    bool m_fitted = false;
    bool m_autoFit = true; // refit on resize until the user zooms or pans
    QSet<qint64> m_selected;
    QPointF m_pressPos;
    QPointF m_pressScroll;
    bool m_dragging = false;
};

} // namespace chipline::ui
