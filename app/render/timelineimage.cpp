#include "render/timelineimage.h"

#include "render/categorystyle.h"
#include "render/fonttextmetrics.h"

#include <QImage>
#include <QPainter>

namespace chipline::render {

namespace {

constexpr double kTitleColumn = 130;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

FlatTimeline FlatTimeline::make(const TimelineSelection &selection, double width)
{
    FlatTimeline t;
    QFont font;
    font.setFamilies(CategoryStyle::fontFamilies());
    font.setPixelSize(12);
    t.style.font = font;
    t.style.smallFont = font;
    t.style.smallFont.setPixelSize(10);
    t.style.titleFont = font;
    t.style.titleFont.setBold(true);
    const FontTextMetrics metrics(font);
    timeline::LayoutOptions o;
    o.from = selection.from;
    o.to = selection.to;
    o.left = kTitleColumn;
    o.width = width - kTitleColumn - 4;
    o.top = 4;
    o.maxRows = 10;
    t.items = selection.items(false);
    t.geometry = timeline::TimelineLayout::layout(t.items, selection.laneTitles(), o, metrics);
    t.width = width;
    t.height = t.geometry.height + 8;
    return t;
}

core::Status TimelineImage::writePng(const QString &path, const TimelineSelection &selection, double width)
{
    const FlatTimeline t = FlatTimeline::make(selection, width);
    QImage image(int(t.width), int(t.height), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    TimelinePainter::paintAll(p, t.geometry, t.items, t.style);
    p.end();
    if (!image.save(path, "PNG"))
        return core::Error{QStringLiteral("cannot write %1").arg(path)};
    return {};
}

QByteArray TimelineImage::svg(const TimelineSelection &selection, double width)
{
    const FlatTimeline t = FlatTimeline::make(selection, width);
    const timeline::TimelineGeometry &g = t.geometry;
    const QString family = esc(CategoryStyle::fontFamilies().join(QStringLiteral(", ")));
    QString out;
    out += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"%3\" font-size=\"12\">\n")
               .arg(num(t.width), num(t.height), family);
    out += QStringLiteral("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (int i = 0; i < g.lanes.size(); ++i) {
        const QRectF r = g.lanes[i].rect;
        out += QStringLiteral("<rect x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\" fill=\"%4\"/>\n")
                   .arg(num(r.top()), num(r.right()), num(r.height()), CategoryStyle::laneColor(i).name());
        out += QStringLiteral("<text x=\"6\" y=\"%1\" font-weight=\"bold\">%2</text>\n")
                   .arg(num(r.center().y() + 4), esc(g.lanes[i].title));
    }
    const double base = g.axis.bottom() - 1;
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#37474f\"/>\n")
               .arg(num(g.plot.left()), num(base), num(g.plot.right()));
    double lastRight = -1e12;
    for (const timeline::Tick &tick : g.ticks) {
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e3e7ec\"/>\n")
                   .arg(num(tick.x), num(base), num(g.plot.bottom()));
        const double w = tick.label.size() * 6.0;
        if (tick.x + 3 < lastRight + 4 || tick.x + 3 + w > g.plot.right())
            continue;
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\"%4>%3</text>\n")
                   .arg(num(tick.x + 3), num(base - 9), esc(tick.label),
                        tick.major ? QStringLiteral(" font-weight=\"bold\"") : QString());
        lastRight = tick.x + 3 + w;
    }
    for (const timeline::PlacedItem &pi : g.items) {
        const timeline::TimelineItem &it = t.items[pi.item];
        const QString color = CategoryStyle::color(it.category).name();
        const QString opacity = it.candidate ? QStringLiteral("0.45") : QStringLiteral("1");
        if (pi.row < 0) {
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"1.2\" height=\"6\" fill=\"%3\" opacity=\"%4\"/>\n")
                       .arg(num(pi.marker.x()), num(pi.marker.y() - 3), color, opacity);
            continue;
        }
        out += QStringLiteral("<g opacity=\"%1\"><title>%2 %3</title>\n").arg(opacity, esc(it.date.value()), esc(it.label));
        if (pi.bar.width() > 0)
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\" fill=\"%5\" fill-opacity=\"0.25\"/>\n")
                       .arg(num(pi.bar.left()), num(pi.bar.top()), num(pi.bar.width()), num(pi.bar.height()), color);
        out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"%3\" stroke=\"%4\"%5/>\n")
                   .arg(num(pi.marker.x()), num(pi.marker.y()),
                        it.candidate || it.tentative ? QStringLiteral("#ffffff") : color, color,
                        it.tentative ? QStringLiteral(" stroke-width=\"1.6\" stroke-dasharray=\"1.6 1.3\"") : QString());
        if (pi.label.width() > 0)
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#1c2329\">%3</text>\n")
                       .arg(num(pi.label.left()), num(pi.label.top() + pi.label.height() * 0.78), esc(pi.text));
        out += QStringLiteral("</g>\n");
    }
    out += QStringLiteral("</svg>\n");
    return out.toUtf8();
}

} // namespace chipline::render
