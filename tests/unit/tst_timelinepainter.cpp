// The one drawing code of the timeline (TimelinePainter), painted onto an image and read
// back pixel by pixel; and the colours and names it draws with (CategoryStyle).
#include "events/categorynames.h"
#include "events/eventcategory.h"
#include "languagescope.h"
#include "render/categorystyle.h"
#include "render/fonttextmetrics.h"
#include "render/timelinepainter.h"
#include "timeline/timelinelayout.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace chipline;
using namespace chipline::render;

namespace {

bool near(QRgb a, QRgb b, int tolerance = 3)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance
        && std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

// src over dst with alpha a (0..255), as the raster engine blends a translucent fill.
QRgb over(QColor src, int a, QColor dst)
{
    const auto mix = [a](int s, int d) { return (s * a + d * (255 - a) + 127) / 255; };
    return qRgb(mix(src.red(), dst.red()), mix(src.green(), dst.green()), mix(src.blue(), dst.blue()));
}

QPoint pixelAt(QPointF p)
{
    return QPoint(int(std::floor(p.x())), int(std::floor(p.y())));
}

// How many pixels in rect are darker than a label's ink needs to be.
int inkPixels(const QImage &image, const QRectF &rect)
{
    int n = 0;
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) < 110 && qGreen(c) < 110 && qBlue(c) < 110)
                ++n;
        }
    }
    return n;
}

struct Painted
{
    QList<timeline::TimelineItem> items;
    timeline::TimelineGeometry geometry;
    QImage image;
};

timeline::TimelineItem item(qint64 id, temporal::ResolvedDate date, const char *category, int lane,
                            bool candidate = false)
{
    timeline::TimelineItem it;
    it.id = id;
    it.date = date;
    it.label = QStringLiteral("사건 %1 발표").arg(id);
    it.lane = lane;
    it.corroboration = 1;
    it.status = candidate ? core::EventStatus::Candidate : core::EventStatus::Confirmed;
    it.category = core::categoryFromCode(QString::fromLatin1(category));
    return it;
}

Painted paint(const QList<timeline::TimelineItem> &items, const PaintStyle &style)
{
    Painted out;
    out.items = items;
    timeline::LayoutOptions options;
    options.from = QDate(2025, 1, 1);
    options.to = QDate(2026, 1, 1);
    options.left = 160;
    options.width = 1000;
    const FontTextMetrics metrics(style.font);
    out.geometry = timeline::TimelineLayout::layout(items, {QStringLiteral("미국 정부"), QStringLiteral("중국 정부")},
                                                    options, metrics);
    out.image =
        QImage(int(options.left + options.width), int(std::ceil(out.geometry.height)) + 2, QImage::Format_RGB32);
    out.image.fill(Qt::white);
    QPainter p(&out.image);
    TimelinePainter::paintAll(p, out.geometry, items, style);
    p.end();
    return out;
}

PaintStyle style()
{
    PaintStyle s;
    s.font = QFont(CategoryStyle::fontFamilies().value(0, QStringLiteral("DejaVu Sans")), 9);
    s.smallFont = s.font;
    s.smallFont.setPointSizeF(7);
    s.titleFont = s.font;
    return s;
}

const timeline::PlacedItem *placed(const Painted &p, qint64 id)
{
    for (const timeline::PlacedItem &pi : p.geometry.items) {
        if (p.items[pi.item].id == id)
            return &pi;
    }
    return nullptr;
}

} // namespace

class TestTimelinePainter final : public QObject
{
    Q_OBJECT

private slots:
    // --- CategoryStyle ---

    void categoriesHaveTheirOwnColours()
    {
        const QList<core::EventCategory> categories = CategoryStyle::categories();
        QCOMPARE(categories.size(), 12);
        QVERIFY(!categories.contains(core::EventCategory::None));
        QCOMPARE(CategoryStyle::codes().size(), categories.size());
        QSet<QRgb> colours;
        for (const core::EventCategory category : categories) {
            const QString code = core::categoryCode(category);
            QCOMPARE(CategoryStyle::codes().value(categories.indexOf(category)), code);
            QVERIFY(CategoryStyle::color(category).isValid());
            colours.insert(CategoryStyle::color(category).rgb());
            const QString english = events::CategoryNames::displayName(category);
            QVERIFY(english != code);
            QCOMPARE(events::CategoryNames::displayName(code), english);
            const LanguageScope korean(QStringLiteral("ko")); // every one translated
            QVERIFY2(events::CategoryNames::displayName(category) != english, qPrintable(english));
        }
        QCOMPARE(colours.size(), categories.size());
        QCOMPARE(events::CategoryNames::displayName(QStringLiteral("entity-list")), QStringLiteral("Entity List"));
        {
            const LanguageScope korean(QStringLiteral("ko"));
            QCOMPARE(events::CategoryNames::displayName(QStringLiteral("entity-list")),
                     QStringLiteral("거래제한 명단"));
            // Unknown codes: their own text as the name; no category: its code.
            QCOMPARE(events::CategoryNames::displayName(QStringLiteral("made-up")), QStringLiteral("made-up"));
            QCOMPARE(events::CategoryNames::displayName(core::EventCategory::None), QStringLiteral("none"));
        }
        // No category takes the colour of Other.
        QCOMPARE(CategoryStyle::color(core::EventCategory::None), CategoryStyle::color(core::EventCategory::Other));
    }

    void lanesAlternate()
    {
        QVERIFY(CategoryStyle::laneColor(0) != CategoryStyle::laneColor(1));
        for (int lane = 0; lane < 8; ++lane)
            QCOMPARE(CategoryStyle::laneColor(lane), CategoryStyle::laneColor(lane + 2));
    }

    void fontFamiliesAreInstalled()
    {
        const QStringList families = CategoryStyle::fontFamilies();
        const QStringList installed = QFontDatabase::families();
        for (const QString &family : families)
            QVERIFY2(installed.contains(family), qPrintable(family));
        QCOMPARE(QSet<QString>(families.cbegin(), families.cend()).size(), families.size());
        if (installed.contains(QStringLiteral("DejaVu Sans")))
            QCOMPARE(families.value(0), QStringLiteral("DejaVu Sans")); // a TrueType Latin family first
    }

    // --- TimelinePainter ---

    // Each event's marker is filled with its category's colour where the layout put it,
    // and its label is inked inside its label box.
    void markersAndLabelsInTheirPlaces()
    {
        const QList<timeline::TimelineItem> items = {
            item(1, temporal::ResolvedDate::fromDate(QDate(2025, 2, 10)), "entity-list", 0),
            item(2, temporal::ResolvedDate::fromDate(QDate(2025, 5, 20)), "china-countermeasure", 1),
            item(3, temporal::ResolvedDate::fromDate(QDate(2025, 9, 1)), "product-launch", 0),
            item(4, temporal::ResolvedDate::fromDate(QDate(2025, 11, 3)), "market", 1),
        };
        const Painted p = paint(items, style());
        QCOMPARE(p.geometry.items.size(), 4);
        for (const timeline::PlacedItem &pi : p.geometry.items) {
            const timeline::TimelineItem &it = items[pi.item];
            QVERIFY(pi.row >= 0);
            const QRgb expected = CategoryStyle::color(it.category).rgb();
            const QRgb centre = p.image.pixel(pixelAt(pi.marker));
            QVERIFY2(
                near(centre, expected),
                qPrintable(
                    QStringLiteral("event %1: %2 instead of %3").arg(it.id).arg(centre, 6, 16).arg(expected, 6, 16)));
            // The marker is no bigger than it should be: 8 px away is no longer its colour.
            QVERIFY(!near(p.image.pixel(pixelAt(pi.marker + QPointF(0, -8))), expected, 20));
            QVERIFY(pi.label.width() > 0);
            QVERIFY2(inkPixels(p.image, pi.label) > 20, qPrintable(pi.text));
            // In its own lane's band.
            QVERIFY(p.geometry.lanes[pi.lane].rect.contains(pi.marker));
        }
    }

    void candidatesAreHollow()
    {
        const Painted p =
            paint({item(1, temporal::ResolvedDate::fromDate(QDate(2025, 6, 1)), "entity-list", 0, true)}, style());
        const timeline::PlacedItem &pi = p.geometry.items.front();
        const QRgb centre = p.image.pixel(pixelAt(pi.marker));
        QVERIFY(qRed(centre) > 240 && qGreen(centre) > 240 && qBlue(centre) > 240);
        // The pale ring in the category's hue: redder than it is green or blue.
        bool ring = false;
        for (int dx = 3; dx <= 6 && !ring; ++dx) {
            const QRgb c = p.image.pixel(pixelAt(pi.marker + QPointF(dx, 0)));
            ring = qRed(c) > qGreen(c) + 30 && qRed(c) > qBlue(c) + 30;
        }
        QVERIFY(ring);
    }

    void monthSpanBarInCategoryTint()
    {
        const Painted p = paint({item(1, temporal::ResolvedDate::fromMonth(2025, 4), "us-export-rule", 0)}, style());
        const timeline::PlacedItem &pi = p.geometry.items.front();
        QVERIFY(pi.bar.width() > 50); // a month of a 1000-pixel year
        const QColor colour = CategoryStyle::color(core::EventCategory::UsExportRule);
        const QColor band = CategoryStyle::laneColor(pi.lane);
        // Well inside the bar, away from the marker and the label.
        QPointF inside(pi.bar.right() - 6, pi.bar.center().y());
        if (pi.label.contains(inside))
            inside.setY(pi.bar.top() + 1.5);
        QVERIFY2(near(p.image.pixel(pixelAt(inside)), over(colour, 60, band), 4),
                 qPrintable(QString::number(p.image.pixel(pixelAt(inside)), 16)));
    }

    void selectionIsHighlighted()
    {
        const QList<timeline::TimelineItem> items = {
            item(7, temporal::ResolvedDate::fromDate(QDate(2025, 3, 3)), "market", 0),
            item(8, temporal::ResolvedDate::fromDate(QDate(2025, 8, 8)), "market", 1)};
        PaintStyle s = style();
        s.selected = {7};
        const Painted p = paint(items, s);
        const auto highlighted = [&p](qint64 id) {
            const timeline::PlacedItem *pi = placed(p, id);
            int n = 0;
            const QRect r = pi->label.toAlignedRect();
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    n += near(p.image.pixel(x, y), 0xffe082, 2) ? 1 : 0;
            return n;
        };
        QVERIFY(highlighted(7) > 50);
        QCOMPARE(highlighted(8), 0);
    }

    // Only the visible part is drawn: an event right of visibleRight leaves no marker.
    void culledOutsideTheVisibleRange()
    {
        const QList<timeline::TimelineItem> items = {
            item(1, temporal::ResolvedDate::fromDate(QDate(2025, 2, 1)), "entity-list", 0),
            item(2, temporal::ResolvedDate::fromDate(QDate(2025, 11, 1)), "market", 0)};
        PaintStyle s = style();
        s.visibleLeft = 0;
        s.visibleRight = 700;
        const Painted p = paint(items, s);
        const timeline::PlacedItem *early = placed(p, 1);
        const timeline::PlacedItem *late = placed(p, 2);
        QVERIFY(early->marker.x() < 600 && late->marker.x() > 800);
        QVERIFY(
            near(p.image.pixel(pixelAt(early->marker)), CategoryStyle::color(core::EventCategory::EntityList).rgb()));
        QVERIFY(
            !near(p.image.pixel(pixelAt(late->marker)), CategoryStyle::color(core::EventCategory::Market).rgb(), 20));
        QCOMPARE(inkPixels(p.image, late->label), 0);
    }

    // Events with no room for a label drop to the lane's strip: a one-pixel tick each.
    void overflowGoesToTheStrip()
    {
        QList<timeline::TimelineItem> items;
        for (int i = 0; i < 40; ++i)
            items.append(
                item(100 + i, temporal::ResolvedDate::fromDate(QDate(2025, 6, 1).addDays(i % 3)), "enforcement", 0));
        const Painted p = paint(items, style());
        int strip = 0;
        const QRgb colour = CategoryStyle::color(core::EventCategory::Enforcement).rgb();
        for (const timeline::PlacedItem &pi : p.geometry.items) {
            if (pi.row >= 0)
                continue;
            ++strip;
            const QPoint at(int(std::lround(pi.marker.x())), int(std::round(pi.marker.y())));
            QVERIFY(near(p.image.pixel(at), colour));
        }
        QVERIFY(strip > 0);
        QVERIFY(p.geometry.overflowCount > 0);
    }

    void laneTitlesInTheTitleColumn()
    {
        const Painted p = paint({item(1, temporal::ResolvedDate::fromDate(QDate(2025, 2, 10)), "market", 0)}, style());
        QCOMPARE(p.geometry.lanes.size(), 2);
        for (const timeline::LaneBox &lane : p.geometry.lanes)
            QVERIFY(inkPixels(p.image, QRectF(0, lane.rect.top(), p.geometry.plot.left(), lane.rect.height())) > 20);
        // The axis labels are drawn above the lanes.
        QVERIFY(inkPixels(p.image, p.geometry.axis) > 20);
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
