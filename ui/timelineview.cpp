#include "ui/timelineview.h"

#include "print/fonttextmetrics.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QWheelEvent>

#include <cmath>

namespace chipline::ui {

namespace {

constexpr double kMinPixelsPerDay = 0.02;
constexpr double kMaxPixelsPerDay = 400;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 160);
    grabGesture(Qt::PinchGesture);
    m_style.font = font();
    m_style.smallFont = font();
    m_style.smallFont.setPointSizeF(font().pointSizeF() * 0.8);
    m_style.titleFont = font();
    m_style.titleFont.setBold(true);
    m_metrics = std::make_unique<print::FontTextMetrics>(m_style.font);
    setToolTip(tr("Wheel or +/− to zoom, drag to pan, Home to fit all; click to select, Ctrl+click for several"));
}

TimelineView::~TimelineView() = default;

void TimelineView::setTimeline(const QList<timeline::TimelineItem> &items, const QStringList &laneTitles, QDate from,
                               QDate to)
{
    const bool rangeChanged = from != m_from || to != m_to;
    m_items = items;
    m_laneTitles = laneTitles;
    m_from = from;
    m_to = to;
    QSet<qint64> still;
    for (const auto &it : items) {
        if (m_selected.contains(it.id))
            still.insert(it.id);
    }
    m_selected = still;
    m_style.selected = m_selected;
    if (rangeChanged || !m_fitted)
        fitAll();
    else
        relayout();
}

void TimelineView::setLanguage(timeline::AxisLanguage language)
{
    m_language = language;
    relayout();
}

void TimelineView::setSelectedIds(const QList<qint64> &ids)
{
    m_selected = QSet<qint64>(ids.begin(), ids.end());
    m_style.selected = m_selected;
    update();
}

void TimelineView::relayout()
{
    timeline::LayoutOptions o;
    o.from = m_from.isValid() ? m_from : QDate::currentDate().addYears(-1);
    o.to = m_to.isValid() ? m_to : QDate::currentDate();
    o.left = 0;
    o.width = std::max(1.0, double(o.from.daysTo(o.to)) * m_pixelsPerDay);
    o.top = 0;
    o.maxRows = 6;
    o.markerRadius = 6;
    o.maxLabelWidth = 320;
    o.minLabelWidth = 90; // a marker in the strip says more than "엔비…"
    o.tickSpacing = 64;
    o.language = m_language;
    m_geometry = timeline::TimelineLayout::layout(m_items, m_laneTitles, o, *m_metrics);
    clampScroll();
    update();
}

void TimelineView::fitAll()
{
    const qint64 days = std::max<qint64>(1, m_from.daysTo(m_to));
    m_pixelsPerDay = std::clamp(std::max(40.0, viewWidth() - 20) / double(days), kMinPixelsPerDay, kMaxPixelsPerDay);
    m_scrollX = 0;
    m_scrollY = 0;
    m_fitted = true;
    m_autoFit = true;
    relayout();
    Q_EMIT zoomChanged(m_pixelsPerDay);
}

void TimelineView::zoomAround(double factor, double x)
{
    const double old = m_pixelsPerDay;
    m_pixelsPerDay = std::clamp(old * factor, kMinPixelsPerDay, kMaxPixelsPerDay);
    if (m_pixelsPerDay == old)
        return;
    m_autoFit = false;
    // Keep the day under x where it was.
    const double plotX = m_scrollX + (x - titleWidth());
    m_scrollX = plotX * (m_pixelsPerDay / old) - (x - titleWidth());
    relayout();
    Q_EMIT zoomChanged(m_pixelsPerDay);
}

void TimelineView::zoomIn()
{
    zoomAround(1.5, titleWidth() + viewWidth() / 2);
}

void TimelineView::zoomOut()
{
    zoomAround(1 / 1.5, titleWidth() + viewWidth() / 2);
}

void TimelineView::goToDate(QDate date)
{
    if (!date.isValid())
        return;
    if (m_pixelsPerDay < 2)
        m_pixelsPerDay = 4;
    relayout();
    m_scrollX = m_geometry.scale.x(date) - viewWidth() / 2;
    clampScroll();
    update();
    Q_EMIT zoomChanged(m_pixelsPerDay);
}

void TimelineView::clampScroll()
{
    const double maxX = std::max(0.0, m_geometry.plot.width() - viewWidth() + 20);
    m_scrollX = std::clamp(m_scrollX, 0.0, maxX);
    const double maxY = std::max(0.0, m_geometry.height - height() + 10);
    m_scrollY = std::clamp(m_scrollY, 0.0, maxY);
}

qint64 TimelineView::eventAt(const QPointF &pos) const
{
    if (pos.x() < titleWidth())
        return 0;
    const QPointF p(pos.x() - titleWidth() + m_scrollX, pos.y() + m_scrollY);
    for (const timeline::PlacedItem &pi : m_geometry.items) {
        if (pi.row < 0)
            continue;
        const QRectF marker(pi.marker.x() - 8, pi.marker.y() - 8, 16, 16);
        if (marker.contains(p) || pi.label.adjusted(-2, -2, 2, 2).contains(p) || pi.bar.contains(p))
            return m_items[pi.item].id;
    }
    return 0;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xfbfcfd));
    p.setRenderHint(QPainter::Antialiasing);
    print::PaintStyle style = m_style;
    style.visibleLeft = m_scrollX;
    style.visibleRight = m_scrollX + viewWidth();
    p.save();
    p.setClipRect(QRectF(titleWidth(), 0, viewWidth(), height()));
    p.translate(titleWidth() - m_scrollX, -m_scrollY);
    print::TimelinePainter::paintBackground(p, m_geometry, style.visibleLeft, style.visibleRight);
    print::TimelinePainter::paintItems(p, m_geometry, m_items, style);
    p.restore();
    // The axis stays at the top while lanes scroll under it.
    p.save();
    p.setClipRect(QRectF(titleWidth(), 0, viewWidth(), m_geometry.axis.height()));
    p.fillRect(QRectF(titleWidth(), 0, viewWidth(), m_geometry.axis.height()), QColor(0xfbfcfd));
    p.translate(titleWidth() - m_scrollX, 0);
    print::TimelinePainter::paintAxis(p, m_geometry, style);
    p.restore();
    p.save();
    p.setClipRect(QRectF(0, m_geometry.axis.height(), titleWidth(), height()));
    p.translate(0, -m_scrollY);
    print::TimelinePainter::paintLaneTitles(p, m_geometry, 0, titleWidth(), style);
    p.restore();
    if (m_items.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No events match the filters"));
    } else if (m_geometry.overflowCount > 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.setFont(m_style.smallFont);
        p.drawText(QRectF(4, 2, titleWidth() - 8, m_geometry.axis.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%n unlabelled: zoom in", nullptr, m_geometry.overflowCount));
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    if (!m_fitted || m_autoFit || m_items.isEmpty())
        fitAll();
    else
        clampScroll();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        m_scrollX -= (delta.x() ? delta.x() : delta.y());
        clampScroll();
        update();
    } else if (delta.y() != 0) {
        zoomAround(std::pow(1.0015, delta.y()), event->position().x());
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(1 + g->value(), g->position().x());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            zoomAround(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()).x());
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position();
    m_pressScroll = QPointF(m_scrollX, m_scrollY);
    m_dragging = false;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPointF d = event->position() - m_pressPos;
    if (!m_dragging && d.manhattanLength() < 4)
        return;
    m_dragging = true;
    m_autoFit = false;
    setCursor(Qt::ClosedHandCursor);
    m_scrollX = m_pressScroll.x() - d.x();
    m_scrollY = m_pressScroll.y() - d.y();
    clampScroll();
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const qint64 id = eventAt(event->position());
    if (event->modifiers() & Qt::ControlModifier) {
        if (id && !m_selected.remove(id))
            m_selected.insert(id);
    } else {
        m_selected.clear();
        if (id)
            m_selected.insert(id);
    }
    m_style.selected = m_selected;
    update();
    Q_EMIT selectionChanged(selectedIds());
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = eventAt(event->position()))
        Q_EMIT eventActivated(id);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        m_scrollX += (event->key() == Qt::Key_Left ? -1 : 1) * viewWidth() / 5;
        clampScroll();
        update();
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        m_scrollY += (event->key() == Qt::Key_Up ? -40 : 40);
        clampScroll();
        update();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected.size() == 1)
            Q_EMIT eventActivated(*m_selected.begin());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace chipline::ui
