// Timing figures for the timeline (never asserted): a 10,000-event view repainted at
// several zooms (layout once per zoom, then the paint of a 1600x900 viewport, as the view
// does), and 1,000 events printed to PDF. Run: bench_timeline [events] [printed events] [pdf path]
#include "print/categorystyle.h"
#include "print/eventcsv.h"
#include "print/eventcsvimporter.h"
#include "print/fonttextmetrics.h"
#include "print/timelinedocument.h"
#include "print/timelinepainter.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace chipline;

namespace {

QList<timeline::TimelineItem> items(int count)
{
    QRandomGenerator rng(3);
    QList<timeline::TimelineItem> out;
    const QStringList codes = print::CategoryStyle::codes();
    for (int i = 0; i < count; ++i) {
        timeline::TimelineItem it;
        it.id = i + 1;
        const QDate d = QDate(2018, 1, 1).addDays(rng.bounded(8 * 365));
        const int k = rng.bounded(10);
        it.date = k == 0 ? temporal::ResolvedDate::fromYear(d.year())
                 : k < 3 ? temporal::ResolvedDate::fromMonth(d.year(), d.month())
                         : temporal::ResolvedDate::fromDate(d);
        it.label = i % 2 ? QStringLiteral("엔비디아 H20 수출 허가 요건 %1").arg(i) : QStringLiteral("BIS adds entities to the Entity List %1").arg(i);
        it.lane = rng.bounded(7);
        it.corroboration = rng.bounded(6);
        it.candidate = rng.bounded(3) == 0;
        it.category = codes[rng.bounded(int(codes.size()))];
        out.append(it);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int printed = argc > 2 ? std::atoi(argv[2]) : 1000;
    const QList<timeline::TimelineItem> all = items(n);
    const QStringList lanes = {QStringLiteral("US"), QStringLiteral("China"), QStringLiteral("Nvidia"), QStringLiteral("Huawei"),
                               QStringLiteral("Allies"), QStringLiteral("Companies"), QStringLiteral("Other")};
    QFont font;
    font.setFamilies(print::CategoryStyle::fontFamilies());
    font.setPixelSize(12);
    print::PaintStyle style;
    style.font = font;
    style.smallFont = font;
    style.smallFont.setPixelSize(9);
    style.titleFont = font;
    const print::FontTextMetrics metrics(font);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    std::printf("%d events, viewport 1600x900 (max: the slowest frame after the first; first: caches cold)\n"
                "%-8s %10s %12s %12s %10s %10s\n",
                n, "px/day", "layout ms", "paint ms avg", "paint ms max", "first ms", "labelled");
    for (double ppd : {0.5, 2.0, 8.0, 40.0, 200.0}) {
        timeline::LayoutOptions o;
        o.from = QDate(2018, 1, 1);
        o.to = QDate(2026, 1, 1);
        o.left = 140;
        o.width = o.from.daysTo(o.to) * ppd;
        o.maxRows = 6;
        QElapsedTimer t;
        t.start();
        const timeline::TimelineGeometry g = timeline::TimelineLayout::layout(all, lanes, o, metrics);
        const double layoutMs = t.nsecsElapsed() / 1e6;
        int labelled = 0;
        for (const auto &p : g.items)
            labelled += p.label.width() > 0;
        double total = 0, worst = 0, first = 0;
        const int frames = 20;
        for (int f = 0; f < frames; ++f) {
            const double pan = (g.plot.width() - 1460) * f / frames; // pan across the whole range
            t.restart();
            image.fill(Qt::white);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.translate(-std::max(0.0, pan), 0);
            print::PaintStyle s = style;
            s.visibleLeft = std::max(0.0, pan) + 140;
            s.visibleRight = std::max(0.0, pan) + 1600;
            print::TimelinePainter::paintBackground(p, g, s.visibleLeft, s.visibleRight);
            print::TimelinePainter::paintAxis(p, g, s);
            print::TimelinePainter::paintItems(p, g, all, s);
            p.resetTransform();
            print::TimelinePainter::paintLaneTitles(p, g, 0, 140, s);
            p.end();
            const double ms = t.nsecsElapsed() / 1e6;
            total += ms;
            if (f == 0)
                first = ms;
            else
                worst = std::max(worst, ms);
        }
        std::printf("%-8.1f %10.1f %12.2f %12.2f %10.2f %10d\n", ppd, layoutMs, total / frames, worst, first, labelled);
    }

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("b.db")));
    if (!db)
        return 1;
    QList<print::CsvEvent> rows;
    for (int i = 0; i < printed; ++i) {
        const timeline::TimelineItem &it = all[i];
        rows.append({0, it.date.value(), it.date.precisionName(), it.category, it.label,
                     {i % 3 ? QStringLiteral("Nvidia") : QStringLiteral("BIS")}, QStringLiteral("https://example.org"), {}});
    }
    if (!print::EventCsvImporter::import(*db.value(), rows))
        return 1;
    QElapsedTimer t;
    t.start();
    auto selection = print::TimelineSelection::load(*db.value(), {}, timeline::LaneSet::defaultActorLanes());
    if (!selection)
        return 1;
    const QString pdf = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("b.pdf"));
    auto pages = print::TimelineDocument::writePdf(pdf, selection.value(), {}, {});
    std::printf("\nprinted %d events to PDF: %d pages in %.0f ms\n", printed, pages ? pages.value() : -1,
                t.nsecsElapsed() / 1e6);
    return 0;
}
