#include "render/timelinepainter.h"

#include "render/categorystyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <climits>
#include <cmath>

namespace chipline::render {

using timeline::PlacedItem;
using timeline::TimelineGeometry;

namespace {

constexpr double kRadius = 5;

// How an event's status looks: confirmed filled, candidate hollow, rejected grey and
// struck through (shown only when a filter asks for rejected events).
enum class Look : quint8 {
    Confirmed,
    Candidate,
    Rejected
};

Look lookOf(const timeline::TimelineItem &it)
{
    return it.isRejected() ? Look::Rejected : it.isCandidate() ? Look::Candidate : Look::Confirmed;
}

// A rejected event drops its category's colour: nothing about it should read as news.
QColor colorOf(const timeline::TimelineItem &it)
{
    return it.isRejected() ? QColor(0x9e9e9e) : CategoryStyle::color(it.category);
}

void drawMarker(QPainter &p, QPointF centre, const QColor &color, Look look, bool tentative)
{
    const bool hollow = look != Look::Confirmed;
    if (tentative) {
        // What is only planned, weighed or expected: a dashed ring, hollow, or lightly
        // filled once confirmed; it reads apart from what happened in print without colour too.
        QColor ring = hollow ? color : color.darker(120);
        ring.setAlpha(hollow ? 170 : 255);
        QPen pen(ring, 1.3, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({1.6, 1.9}); // in pen widths: six dashes round the ring
        p.setPen(pen);
        QColor fill = color;
        fill.setAlpha(70);
        p.setBrush(hollow ? QColor(255, 255, 255, 230) : fill);
    } else if (hollow) {
        // Candidates: hollow and pale until an analyst confirms them.
        QColor pale = color;
        pale.setAlpha(120);
        p.setPen(QPen(pale, 1.4, Qt::SolidLine));
        p.setBrush(QColor(255, 255, 255, 230));
    } else {
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
    }
    p.drawEllipse(centre, kRadius, kRadius);
    if (look == Look::Rejected) {
        const double d = kRadius * 0.9;
        p.setPen(QPen(QColor(0x616161), 1.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
    }
}

// On a raster device (the screen, PNG) a marker is blitted from a sprite drawn once per
// colour: thousands of antialiased ellipses are most of a zoomed-out repaint. Vector
// devices (PDF, SVG) keep real ellipses.
void blitMarker(QPainter &p, QPointF centre, const QColor &color, Look look, bool tentative)
{
    thread_local QHash<quint64, QImage> sprites;
    const double dpr = p.device()->devicePixelRatioF();
    const quint64 key =
        (quint64(color.rgba()) << 32) | (quint64(look) << 30) | (quint64(tentative) << 29) | quint64(dpr * 100);
    auto it = sprites.find(key);
    if (it == sprites.end()) {
        const int side = int(std::ceil((2 * kRadius + 4) * dpr));
        QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        const double half = side / dpr / 2;
        drawMarker(sp, QPointF(half, half), color, look, tentative);
        sp.end();
        if (sprites.size() > 512)
            sprites.clear();
        it = sprites.insert(key, sprite);
    }
    const double half = it->width() / dpr / 2;
    p.drawImage(QPointF(centre.x() - half, centre.y() - half), *it);
}

} // namespace

void TimelinePainter::paintBackground(QPainter &p, const TimelineGeometry &g, double left, double right)
{
    for (int i = 0; i < g.lanes.size(); ++i) {
        const QRectF r = g.lanes[i].rect;
        p.fillRect(QRectF(left, r.top(), right - left, r.height()), CategoryStyle::laneColor(i));
    }
    p.setPen(QPen(QColor(0xe3e7ec), 0));
    for (const timeline::Tick &t : g.ticks) {
        if (t.x < left || t.x > right)
            continue;
        p.setPen(QPen(t.major ? QColor(0xc9d0d8) : QColor(0xe6e9ee), 0));
        p.drawLine(QPointF(t.x, g.axis.bottom()), QPointF(t.x, g.axis.top() + g.height));
    }
}

void TimelinePainter::paintAxis(QPainter &p, const TimelineGeometry &g, const PaintStyle &style)
{
    p.setFont(style.smallFont);
    const QFontMetricsF fm(style.smallFont, p.device());
    p.setPen(QPen(QColor(0x37474f), 0));
    const double base = g.axis.bottom() - 1;
    p.drawLine(QPointF(std::max(g.plot.left(), style.visibleLeft), base),
               QPointF(std::min(g.plot.right(), style.visibleRight), base));
    double lastRight = -1e12;
    for (const timeline::Tick &t : g.ticks) {
        if (t.x < style.visibleLeft - 200 || t.x > style.visibleRight + 10)
            continue;
        p.drawLine(QPointF(t.x, base), QPointF(t.x, base - (t.major ? 8 : 5)));
        const double w = fm.horizontalAdvance(t.label);
        if (t.x + 3 < lastRight + 4 || t.x + 3 + w > g.plot.right() + 1)
            continue; // a label that would touch its neighbour or run off the plot is left out
        QFont f = style.smallFont;
        f.setBold(t.major);
        p.setFont(f);
        p.drawText(QPointF(t.x + 3, base - 8 - fm.descent()), t.label);
        lastRight = t.x + 3 + w;
    }
    p.setFont(style.smallFont);
}

void TimelinePainter::paintItems(QPainter &p, const TimelineGeometry &g, const QList<timeline::TimelineItem> &items,
                                 const PaintStyle &style)
{
    const QFontMetricsF fm(style.font, p.device());
    const QFontMetricsF small(style.smallFont, p.device());
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster
        && p.transform().type() <= QTransform::TxTranslate;
    const auto visible = [&style](const PlacedItem &pi) {
        const double right = std::max({pi.marker.x(), pi.bar.right(), pi.label.right()});
        const double left = std::min({pi.marker.x(), pi.bar.width() > 0 ? pi.bar.left() : pi.marker.x(),
                                      pi.label.width() > 0 ? pi.label.left() : pi.marker.x()});
        return right >= style.visibleLeft - 8 && left <= style.visibleRight + 8;
    };

    // The strips first: a rug of ticks, one per pixel column per lane at most, however many
    // events share it. On a raster device they are whole pixels, drawn without antialiasing.
    p.save();
    if (raster)
        p.setRenderHint(QPainter::Antialiasing, false);
    int lastStripX = INT_MIN;
    int lastStripLane = -1;
    for (const PlacedItem &pi : g.items) {
        if (pi.row >= 0 || !visible(pi))
            continue;
        const int x = int(std::lround(pi.marker.x()));
        if (x == lastStripX && pi.lane == lastStripLane)
            continue;
        lastStripX = x;
        lastStripLane = pi.lane;
        const timeline::TimelineItem &it = items[pi.item];
        QColor color = colorOf(it);
        if (!it.isConfirmed())
            color.setAlpha(110);
        p.fillRect(raster ? QRectF(x, std::round(pi.marker.y() - 3), 1, 6) : QRectF(x, pi.marker.y() - 3, 1.2, 6),
                   color);
    }
    p.restore();

    // The month and year spans next, all of them: drawn with their events, a later span
    // ran over an earlier event's label.
    for (const PlacedItem &pi : g.items) {
        if (pi.row < 0 || pi.bar.width() <= 0 || !visible(pi))
            continue;
        const timeline::TimelineItem &it = items[pi.item];
        const QColor color = colorOf(it);
        QColor fill = color;
        fill.setAlpha(it.isConfirmed() ? 60 : 28);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(pi.bar, 3, 3);
        QColor edge = color;
        edge.setAlpha(it.isConfirmed() ? 200 : 90);
        p.setPen(QPen(edge, 1.2));
        p.drawLine(QPointF(pi.bar.left(), pi.bar.bottom()), QPointF(pi.bar.right(), pi.bar.bottom()));
        if (pi.clippedRight) {
            const double x = pi.bar.right(), y = pi.bar.center().y();
            p.drawLine(QPointF(x - 5, y - 4), QPointF(x, y));
            p.drawLine(QPointF(x - 5, y + 4), QPointF(x, y));
        }
    }

    for (const PlacedItem &pi : g.items) {
        if (pi.row < 0 || !visible(pi))
            continue;
        const timeline::TimelineItem &it = items[pi.item];
        const QColor color = colorOf(it);
        const bool selected = style.selected.contains(it.id);
        const double radius = kRadius;
        if (selected && pi.label.width() > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xffe082));
            p.drawRoundedRect(pi.label.adjusted(-2, -1, 2, 1), 2, 2);
        }
        if (raster)
            blitMarker(p, pi.marker, color, lookOf(it), it.isTentative());
        else
            drawMarker(p, pi.marker, color, lookOf(it), it.isTentative());
        if (selected) {
            p.setPen(QPen(QColor(0x212121), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(pi.marker, radius + 2.5, radius + 2.5);
        }
        if (style.showCorroboration && it.corroboration > 1) {
            const QString n = it.corroboration > 99 ? QStringLiteral("99") : QString::number(it.corroboration);
            p.setFont(style.smallFont);
            p.setPen(it.isConfirmed() ? QColor(Qt::white) : color.darker(120));
            const double w = small.horizontalAdvance(n);
            p.drawText(QPointF(pi.marker.x() - w / 2, pi.marker.y() + small.ascent() / 2 - 0.5), n);
        }
        if (pi.label.width() > 0) {
            // Slanted, not yet done: an oblique keeps the advances the layout measured.
            QFont font = style.font;
            font.setItalic(it.isTentative());
            font.setStrikeOut(it.isRejected());
            p.setFont(font);
            p.setPen(it.isConfirmed() ? QColor(0x1c2329) : QColor(0x78848e));
            p.drawText(QPointF(pi.label.left(), pi.label.top() + fm.ascent()), pi.text);
        }
    }
}

void TimelinePainter::paintLaneTitles(QPainter &p, const TimelineGeometry &g, double left, double width,
                                      const PaintStyle &style)
{
    p.setFont(style.titleFont);
    const QFontMetricsF fm(style.titleFont, p.device());
    for (int i = 0; i < g.lanes.size(); ++i) {
        const QRectF r = g.lanes[i].rect;
        const QRectF cell(left, r.top(), width, r.height());
        p.fillRect(cell, CategoryStyle::laneColor(i).darker(104));
        p.setPen(QPen(QColor(0xcfd6dd), 0));
        p.drawLine(QPointF(left + width - 0.5, r.top()), QPointF(left + width - 0.5, r.bottom()));
        p.setPen(QColor(0x263238));
        const QRectF text = cell.adjusted(6, 2, -6, -2);
        // Wrap long lane titles onto two lines rather than cutting them, where the lane is
        // tall enough for two; a one-row lane elides to one line instead of clipping both.
        if (text.height() >= 2 * fm.height())
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                       fm.elidedText(g.lanes[i].title, Qt::ElideRight, text.width() * 2 - 10));
        else
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(g.lanes[i].title, Qt::ElideRight, text.width()));
    }
}

void TimelinePainter::paintAll(QPainter &p, const TimelineGeometry &g, const QList<timeline::TimelineItem> &items,
                               const PaintStyle &style)
{
    paintBackground(p, g, g.plot.left(), g.plot.right());
    paintAxis(p, g, style);
    paintItems(p, g, items, style);
    paintLaneTitles(p, g, 0, g.plot.left(), style);
}

} // namespace chipline::render
