#include "ui/timelineview.h"

#include "render/fonttextmetrics.h"
#include "timeline/zoomstretch.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>
#include <limits>
#include <optional>

namespace chipline::ui {

namespace {

constexpr double kMinPixelsPerDay = 0.02;
constexpr double kMaxPixelsPerDay = 400;
constexpr double kTickSpacing = 64;
// A zoom gesture is laid out once it pauses this long, and at least this often while it
// goes on, so that labels catch up during a long zoom.
constexpr int kSettleMs = 60;
constexpr qint64 kMaxDeferMs = 180;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent),
      m_layoutTimer(new QTimer(this)),
      m_hbar(new QScrollBar(Qt::Horizontal, this)),
      m_vbar(new QScrollBar(Qt::Vertical, this))
{
    m_hbar->setObjectName(QStringLiteral("timelineHScroll"));
    m_vbar->setObjectName(QStringLiteral("timelineVScroll"));
    connect(m_hbar, &QScrollBar::valueChanged, this, [this](int value) {
        m_scrollX = value;
        m_autoFit = false;
        update();
    });
    connect(m_vbar, &QScrollBar::valueChanged, this, [this](int value) {
        m_scrollY = value;
        update();
    });
    m_layoutTimer->setSingleShot(true);
    m_layoutTimer->setInterval(kSettleMs);
    connect(m_layoutTimer, &QTimer::timeout, this, &TimelineView::flushLayout);
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
    m_metrics = std::make_unique<render::FontTextMetrics>(m_style.font);
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

void TimelineView::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    update();
}

QString TimelineView::placeholderText() const
{
    return m_loading ? tr("Reading the events…") : tr("No events match the filters");
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
    o.maxLabelWidth = 360;
    // Room for a title's first words (90 px cut them at 15 characters); a marker in the
    // strip says more than "엔비…".
    o.minLabelWidth = 170;
    o.tickSpacing = kTickSpacing;
    m_geometry = timeline::TimelineLayout::layout(m_items, m_laneTitles, o, *m_metrics);
    m_layoutPixelsPerDay = m_pixelsPerDay;
    m_layoutTimer->stop();
    clampScroll();
    update();
}

void TimelineView::flushLayout()
{
    if (layoutPending())
        relayout();
}

double TimelineView::plotWidth() const
{
    const QDate from = m_from.isValid() ? m_from : QDate::currentDate().addYears(-1);
    const QDate to = m_to.isValid() ? m_to : QDate::currentDate();
    return std::max(1.0, double(from.daysTo(to)) * m_pixelsPerDay);
}

timeline::TimelineGeometry TimelineView::stretched() const
{
    // Only what the viewport shows: a frame of the gesture, not a layout to keep.
    timeline::ZoomStretch stretch;
    stretch.layoutPixelsPerDay = m_layoutPixelsPerDay;
    stretch.pixelsPerDay = m_pixelsPerDay;
    stretch.plotWidth = plotWidth();
    stretch.tickSpacing = kTickSpacing;
    stretch.left = m_scrollX - 400;
    stretch.right = m_scrollX + viewWidth() + 20;
    return stretch.apply(m_geometry);
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

void TimelineView::zoomAround(double factor, double x, bool deferLayout)
{
    const double old = m_pixelsPerDay;
    m_pixelsPerDay = std::clamp(old * factor, kMinPixelsPerDay, kMaxPixelsPerDay);
    if (m_pixelsPerDay == old)
        return;
    m_autoFit = false;
    // Keep the day under x where it was.
    const double plotX = m_scrollX + (x - titleWidth());
    m_scrollX = plotX * (m_pixelsPerDay / old) - (x - titleWidth());
    if (deferLayout && layoutPending()) {
        if (!m_layoutTimer->isActive())
            m_pendingSince.start();
        if (!m_layoutTimer->isActive() || m_pendingSince.elapsed() < kMaxDeferMs)
            m_layoutTimer->start(); // restarts: lay out when the steps pause
        clampScroll();
        update();
    } else {
        relayout();
    }
    Q_EMIT zoomChanged(m_pixelsPerDay);
}

void TimelineView::zoomIn()
{
    zoomAround(1.5, zoomFocus());
}

void TimelineView::zoomOut()
{
    zoomAround(1 / 1.5, zoomFocus());
}

double TimelineView::markerX(qint64 id) const
{
    const double k = m_pixelsPerDay / m_layoutPixelsPerDay;
    for (const timeline::PlacedItem &p : m_geometry.items) {
        if (m_items.at(p.item).id == id)
            return titleWidth() + p.marker.x() * k - m_scrollX;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double TimelineView::zoomFocus() const
{
    // The middle of the axis is often empty: zooming there pushed the events out of view.
    const double k = m_pixelsPerDay / m_layoutPixelsPerDay;
    const double left = titleWidth(), right = titleWidth() + viewWidth();
    double selected = 0, visible = 0;
    int selectedCount = 0, visibleCount = 0;
    for (const timeline::PlacedItem &p : m_geometry.items) {
        const double x = titleWidth() + p.marker.x() * k - m_scrollX;
        if (x < left || x > right)
            continue;
        if (m_selected.contains(m_items.at(p.item).id)) {
            selected += x;
            ++selectedCount;
        }
        visible += x;
        ++visibleCount;
    }
    if (selectedCount > 0)
        return selected / selectedCount;
    if (visibleCount > 0)
        return visible / visibleCount;
    return titleWidth() + viewWidth() / 2;
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
    const double maxX = std::max(0.0, plotWidth() - viewWidth() + 20);
    m_scrollX = std::clamp(m_scrollX, 0.0, maxX);
    const double maxY = std::max(0.0, m_geometry.height - viewHeight() + 10);
    m_scrollY = std::clamp(m_scrollY, 0.0, maxY);
    syncScrollBars();
}

int TimelineView::barExtent() const
{
    return style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
}

void TimelineView::syncScrollBars()
{
    const QSignalBlocker hblock(m_hbar);
    const QSignalBlocker vblock(m_vbar);
    m_hbar->setRange(0, int(std::ceil(std::max(0.0, plotWidth() - viewWidth() + 20))));
    m_hbar->setPageStep(std::max(1, int(viewWidth())));
    m_hbar->setSingleStep(std::max(1, int(viewWidth() / 20)));
    m_hbar->setValue(int(std::lround(m_scrollX)));
    m_vbar->setRange(0, int(std::ceil(std::max(0.0, m_geometry.height - viewHeight() + 10))));
    m_vbar->setPageStep(std::max(1, int(viewHeight())));
    m_vbar->setSingleStep(20);
    m_vbar->setValue(int(std::lround(m_scrollY)));
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
    std::optional<timeline::TimelineGeometry> preview;
    if (layoutPending())
        preview = stretched();
    const timeline::TimelineGeometry &g = preview ? *preview : m_geometry;
    render::PaintStyle style = m_style;
    style.visibleLeft = m_scrollX;
    style.visibleRight = m_scrollX + viewWidth();
    p.save();
    p.setClipRect(QRectF(titleWidth(), 0, viewWidth(), viewHeight()));
    p.translate(titleWidth() - m_scrollX, -m_scrollY);
    render::TimelinePainter::paintBackground(p, g, style.visibleLeft, style.visibleRight);
    render::TimelinePainter::paintItems(p, g, m_items, style);
    p.restore();
    // The axis stays at the top while lanes scroll under it.
    p.save();
    p.setClipRect(QRectF(titleWidth(), 0, viewWidth(), g.axis.height()));
    p.fillRect(QRectF(titleWidth(), 0, viewWidth(), g.axis.height()), QColor(0xfbfcfd));
    p.translate(titleWidth() - m_scrollX, 0);
    render::TimelinePainter::paintAxis(p, g, style);
    p.restore();
    p.save();
    p.setClipRect(QRectF(0, g.axis.height(), titleWidth(), viewHeight() - g.axis.height()));
    p.translate(0, -m_scrollY);
    render::TimelinePainter::paintLaneTitles(p, g, 0, titleWidth(), style);
    p.restore();
    if (m_items.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, placeholderText());
    } else if (g.overflowCount > 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.setFont(m_style.smallFont);
        p.drawText(QRectF(4, 2, titleWidth() - 8, g.axis.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%n unlabelled: zoom in", nullptr, g.overflowCount));
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    const int e = barExtent();
    m_vbar->setGeometry(width() - e, 0, e, height() - e);
    m_hbar->setGeometry(int(titleWidth()), height() - e, width() - int(titleWidth()) - e, e);
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
        zoomAround(std::pow(1.0015, delta.y()), event->position().x(), true);
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(1 + g->value(), g->position().x(), true);
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            zoomAround(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()).x(), true);
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    flushLayout(); // clicks hit what the layout, not the preview, placed
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
    flushLayout();
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
