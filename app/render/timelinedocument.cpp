#include "render/timelinedocument.h"

#include "events/categorynames.h"
#include "render/categorystyle.h"
#include "render/fonttextmetrics.h"
#include "render/sparsepages.h"
#include "render/timelinepainter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace chipline::render {

namespace {

// Citations wrap between words, and inside one only when it is longer than the line (a
// path or URL); the flags of QPainter::drawText give one or the other, not both. Returns
// the height; the layout is ready to draw.
double wrap(QTextLayout &layout, double width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

constexpr double kTitleColumn = 104;
constexpr double kHeaderHeight = 40;
constexpr int kMaxCitations = 6;
constexpr double kColumnGap = 18;

QString dateRange(QDate from, QDate to)
{
    return from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.addDays(-1).toString(Qt::ISODate);
}

} // namespace

// Fonts sized in points whatever the device resolution: the painter is scaled to points,
// so the font's own point size is divided by the same factor.
struct TimelineDocument::Fonts
{
    QFont label, small, lane, title, heading, body, bold;

    Fonts(QPaintDevice *device)
    {
        const double k = 72.0 / device->logicalDpiY();
        const auto make = [&](double pt, bool bold) {
            QFont f;
            f.setFamilies(CategoryStyle::fontFamilies());
            f.setPointSizeF(pt * k);
            f.setBold(bold);
            f.setHintingPreference(QFont::PreferNoHinting);
            // Any letter spacing, even 100 %, makes Qt 6.4 shape without the liga/clig
            // features: a PDF reader then finds "final" in the text, not "ﬁnal".
            f.setLetterSpacing(QFont::PercentageSpacing, 100);
            return f;
        };
        label = make(7, false);
        small = make(6, false);
        lane = make(7.5, true);
        title = make(13, true);
        heading = make(8, false);
        body = make(8, false);
        bold = make(8.5, true);
    }
};

TimelineDocument::TimelineDocument(const TimelineSheet &sheet, PrintOptions options)
    : m_sheet(sheet),
      m_options(std::move(options))
{
    for (const timeline::TimelineItem &it : m_sheet.items) {
        if (!m_categories.contains(it.category))
            m_categories.append(it.category);
        m_tentative = m_tentative || it.isTentative();
        m_rejected = m_rejected || it.isRejected();
    }
}

QString TimelineDocument::title(const QString &given)
{
    return given.isEmpty() ? tr("US–China AI-chip export controls: timeline") : given;
}

QString TimelineDocument::statusText(core::EventStatus status)
{
    switch (status) {
    case core::EventStatus::Confirmed:
        return tr("confirmed");
    case core::EventStatus::Candidate:
        return tr("candidate");
    case core::EventStatus::Rejected:
        return tr("rejected");
    }
    return {};
}

QString TimelineDocument::summary(const TimelineSheet &sheet)
{
    return dateRange(sheet.from, sheet.to) + QStringLiteral(" · ") + sheet.filter + QStringLiteral(" · ")
        + tr("%1 events").arg(sheet.items.size());
}

void TimelineDocument::paintHeader(QPainter &p, const Fonts &f, const QRectF &page, int number, int total) const
{
    p.setPen(QColor(0x1c2329));
    p.setFont(f.title);
    p.drawText(QRectF(page.left(), page.top(), page.width() * 0.7, 20), Qt::AlignLeft | Qt::AlignVCenter,
               title(m_options.title));
    p.setFont(f.heading);
    const QString pageText = tr("Page %1 of %2").arg(number).arg(total);
    p.drawText(QRectF(page.left(), page.top(), page.width(), 20), Qt::AlignRight | Qt::AlignVCenter, pageText);
    p.setPen(QColor(0x455a64));
    const QString line = summary(m_sheet);
    p.drawText(QRectF(page.left(), page.top() + 20, page.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(f.heading, p.device()).elidedText(line, Qt::ElideRight, page.width()));
    p.setPen(QPen(QColor(0x90a4ae), 0.6));
    p.drawLine(QPointF(page.left(), page.top() + kHeaderHeight - 4),
               QPointF(page.right(), page.top() + kHeaderHeight - 4));
}

double TimelineDocument::paintLegend(QPainter &p, const Fonts &f, const QRectF &page, bool measureOnly) const
{
    const QFontMetricsF fm(f.small, p.device());
    const double lineH = fm.height() + 3;
    // Lay out chips left to right, wrapping; drawn bottom-up from the page's foot.
    // kind 0 category, 1 confirmed, 2 candidate, 3 span, 4 planned, considered or expected,
    // 5 rejected
    struct Chip
    {
        QString text;
        QColor color;
        int kind;
    };
    QList<Chip> chips;
    for (const core::EventCategory category : CategoryStyle::categories()) {
        if (m_categories.contains(category))
            chips.append({events::CategoryNames::displayName(category), CategoryStyle::color(category), 0});
    }
    chips.append({tr("confirmed"), QColor(0x546e7a), 1});
    chips.append({tr("candidate (unconfirmed)"), QColor(0x546e7a), 2});
    if (m_rejected)
        chips.append({tr("rejected"), QColor(0x9e9e9e), 5});
    if (m_tentative)
        chips.append({tr("planned, considered or expected: not reported done"), QColor(0x546e7a), 4});
    chips.append({tr("month, quarter, half or year precision"), QColor(0x546e7a), 3});
    const QString lead = tr("Legend: ");
    int lines = 1;
    double x = page.left() + fm.horizontalAdvance(lead);
    QList<QPointF> at;
    for (const Chip &c : chips) {
        const double w = 16 + fm.horizontalAdvance(c.text) + 12;
        if (x + w > page.right()) {
            ++lines;
            x = page.left();
        }
        at.append(QPointF(x, (lines - 1) * lineH));
        x += w;
    }
    const double height = lines * lineH + 4;
    if (measureOnly)
        return height;
    const double top = page.bottom() - height + 4;
    p.setFont(f.small);
    p.setPen(QColor(0x37474f));
    p.drawText(QPointF(page.left(), top + fm.ascent()), lead);
    for (int i = 0; i < chips.size(); ++i) {
        const Chip &c = chips[i];
        const QPointF o(at[i].x(), top + at[i].y());
        const QPointF centre(o.x() + 5, o.y() + fm.height() / 2);
        if (c.kind == 3) {
            QColor fill = c.color;
            fill.setAlpha(60);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(o.x(), centre.y() - 3.5, 12, 7), 2, 2);
        } else if (c.kind == 4) {
            QPen pen(c.color, 0.9, Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({1.6, 1.9}); // as on the timeline: in pen widths
            p.setPen(pen);
            p.setBrush(QColor(Qt::white));
            p.drawEllipse(centre, 3.5, 3.5);
        } else if (c.kind == 5) {
            p.setPen(QPen(c.color, 1));
            p.setBrush(QColor(Qt::white));
            p.drawEllipse(centre, 3.5, 3.5);
            p.setPen(QPen(QColor(0x616161), 1, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(centre + QPointF(-3, 3), centre + QPointF(3, -3));
        } else {
            p.setPen(c.kind == 2 ? QPen(QColor(0x90a4ae), 1) : QPen(c.color.darker(130), 0.6));
            p.setBrush(c.kind == 2 ? QColor(Qt::white) : c.color);
            p.drawEllipse(centre, 3.5, 3.5);
        }
        p.setPen(QColor(0x37474f));
        p.drawText(QPointF(o.x() + 14, o.y() + fm.ascent()), c.text);
    }
    return height;
}

QList<TimelineDocument::ListBlock> TimelineDocument::listBlocks(const Fonts &f, double width,
                                                                QPaintDevice *device) const
{
    const QFontMetricsF body(f.body, device);
    const QFontMetricsF bold(f.bold, device);
    QList<ListBlock> out;
    for (int i = 0; i < m_sheet.items.size(); ++i) {
        const timeline::TimelineItem &it = m_sheet.items[i];
        const SheetEvent e = m_sheet.events.value(i);
        ListBlock b;
        b.number = i + 1;
        b.heading = QStringLiteral("%1. %2").arg(b.number).arg(it.label);
        QString meta = it.date.value() + QStringLiteral(" · ") + events::CategoryNames::displayName(it.category)
            + QStringLiteral(" · ") + statusText(it.status);
        if (it.modality == core::EventModality::Planned)
            meta += QStringLiteral(" · ") + tr("planned, not reported done");
        else if (it.modality == core::EventModality::Considered)
            meta += QStringLiteral(" · ") + tr("under consideration");
        else if (it.modality == core::EventModality::Expected)
            meta += QStringLiteral(" · ") + tr("expected, not reported done");
        if (e.datedByPublication)
            meta += QStringLiteral(" · ") + tr("dated by the publication day");
        if (!e.actors.isEmpty())
            meta += QStringLiteral(" · ") + e.actors.join(QStringLiteral(", "));
        b.lines.append(meta);
        if (!it.source.isEmpty())
            b.lines.append(tr("Source: ") + it.source);
        if (!it.notes.isEmpty())
            b.lines.append(tr("Notes: ") + it.notes);
        const QList<SheetCitation> &cites = e.citations;
        for (int c = 0; c < cites.size() && c < kMaxCitations; ++c) {
            const SheetCitation &cite = cites[c];
            QStringList parts;
            for (const QString &s : {cite.outlet, cite.reporter, cite.published.left(10)}) {
                if (!s.isEmpty())
                    parts.append(s);
            }
            parts.append(QStringLiteral("“%1”").arg(cite.articleTitle));
            if (!cite.date.isEmpty()) // the article dates the event otherwise: a day off, or coarser
                parts.append(tr("dated ") + cite.date);
            // A web address cites the article; a local file only by its name (the folders
            // are the analyst's, not the reader's).
            if (cite.url.startsWith(u"http"))
                parts.append(cite.url);
            else if (const QString file = QFileInfo(cite.sourcePath).fileName(); !file.isEmpty())
                parts.append(file);
            b.lines.append(QStringLiteral("– ") + parts.join(QStringLiteral(", ")));
        }
        if (cites.size() > kMaxCitations)
            b.lines.append(tr("– and %1 more articles").arg(cites.size() - kMaxCitations));
        b.height = bold.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, b.heading).height();
        for (const QString &line : std::as_const(b.lines)) {
            QTextLayout layout(line, f.body, device);
            b.height += wrap(layout, width - 14);
        }
        b.height += 5;
        out.append(b);
    }
    return out;
}

int TimelineDocument::paint(QPagedPaintDevice *device)
{
    QPainter p;
    if (!p.begin(device))
        return 0;
    const double scale = device->logicalDpiX() / 72.0;
    p.scale(scale, device->logicalDpiY() / 72.0);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRect(QPageLayout::Point).size());
    const Fonts f(device);
    const FontTextMetrics metrics(f.label, device);

    const double legendH = paintLegend(p, f, page, true);
    const double top = page.top() + kHeaderHeight;
    const double available = page.height() - kHeaderHeight - legendH - 6;
    timeline::LayoutOptions o;
    o.from = m_sheet.from;
    o.to = m_sheet.to;
    o.left = kTitleColumn;
    o.width = page.width() - kTitleColumn - 2;
    o.top = top;
    o.axisHeight = 22;
    o.maxRows = 40;
    o.markerRadius = 5;
    o.gap = 5;
    o.minLabelWidth = 30;
    o.maxLabelWidth = 190;
    o.tickSpacing = 46;
    QList<timeline::TimelineItem> items = m_sheet.items;
    for (int i = 0; i < items.size(); ++i)
        items[i].label = QStringLiteral("%1. %2").arg(i + 1).arg(items[i].label);
    const QStringList &laneTitles = m_sheet.laneTitles;
    const QList<timeline::TimelinePage> pages =
        SparsePages::merge(timeline::TimelinePaginator::paginate(items, laneTitles, o, available, metrics), items,
                           laneTitles, o, available, metrics);

    // The list's pagination is known before anything is painted, so "page n of m" is right.
    const double listTop = top + 18;
    // On a page wider than it is tall the list runs in two columns: one line of meta or a
    // source fills barely half the width, and a long selection would double its pages.
    const int columns = page.width() > page.height() ? 2 : 1;
    const double columnWidth = (page.width() - kColumnGap * (columns - 1)) / columns;
    const QList<ListBlock> blocks = listBlocks(f, columnWidth, device);
    QList<QList<QList<int>>> listPages; // page, column, block
    double y = page.bottom() + 1;
    for (int i = 0; i < blocks.size(); ++i) {
        if (listPages.isEmpty() || y + blocks[i].height > page.bottom()) {
            if (listPages.isEmpty() || listPages.last().size() == columns)
                listPages.append(QList<QList<int>>());
            listPages.last().append(QList<int>());
            y = listTop;
        }
        listPages.last().last().append(i);
        y += blocks[i].height;
    }
    const int total = int(pages.size() + listPages.size());
    int number = 0;

    PaintStyle style;
    style.font = f.label;
    style.smallFont = f.small;
    style.titleFont = f.lane;
    style.showCorroboration = false;
    for (const timeline::TimelinePage &tp : pages) {
        if (number > 0)
            device->newPage();
        ++number;
        paintHeader(p, f, page, number, total);
        p.save();
        p.setClipRect(QRectF(0, top, page.width(), available + 2));
        TimelinePainter::paintAll(p, tp.geometry, items, style);
        p.restore();
        paintLegend(p, f, page, false);
    }
    for (const QList<QList<int>> &list : std::as_const(listPages)) {
        if (number > 0)
            device->newPage();
        ++number;
        paintHeader(p, f, page, number, total);
        p.setFont(f.bold);
        p.setPen(QColor(0x1c2329));
        p.drawText(QPointF(page.left(), top + 8), tr("Events and sources"));
        for (int column = 0; column < list.size(); ++column) {
            const double left = page.left() + column * (columnWidth + kColumnGap);
            double yy = listTop;
            for (int i : list[column]) {
                const ListBlock &b = blocks[i];
                p.setFont(f.bold);
                p.setPen(QColor(0x1c2329));
                QRectF r;
                p.drawText(QRectF(left, yy, columnWidth, 1e6), Qt::TextWordWrap, b.heading, &r);
                yy += r.height();
                p.setFont(f.body);
                p.setPen(QColor(0x37474f));
                for (const QString &line : b.lines) {
                    QTextLayout layout(line, f.body, device);
                    const double height = wrap(layout, columnWidth - 14);
                    layout.draw(&p, QPointF(left + 14, yy));
                    yy += height;
                }
                yy += 5;
            }
        }
    }
    p.end();
    return number;
}

core::Result<int> TimelineDocument::writePdf(const QString &path, const TimelineSheet &sheet,
                                             const PrintOptions &options)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Chipline"));
    writer.setTitle(options.title.isEmpty() ? QStringLiteral("Chipline timeline") : options.title);
    if (!writer.setPageLayout(
            QPageLayout(options.pageSize, options.orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter)))
        return core::Error{QStringLiteral("cannot use the page size")};
    TimelineDocument doc(sheet, options);
    const int pages = doc.paint(&writer);
    if (pages == 0)
        return core::Error{QStringLiteral("cannot write %1").arg(path)};
    return pages;
}

} // namespace chipline::render
