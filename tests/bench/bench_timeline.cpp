// Timing figures for the timeline (never asserted): a 10,000-event view repainted at
// several zooms (layout once per zoom, then the paint of a 1600x900 viewport, as the view
// does), wheel zoom steps in the real TimelineView (each step until its frame is painted,
// then the one layout when the steps pause, against a layout per step), and 1,000 events
// printed to PDF. Run: bench_timeline [events] [printed events] [pdf path]
#include "exchange/eventcsv.h"
#include "exchange/eventcsvimporter.h"
#include "exchange/printsheet.h"
#include "render/categorystyle.h"
#include "render/fonttextmetrics.h"
#include "render/timelinedocument.h"
#include "render/timelinepainter.h"
#include "storage/database.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <cstdio>
#include <ctime>

using namespace chipline;

namespace {

QList<timeline::TimelineItem> items(int count)
{
    QRandomGenerator rng(3);
    QList<timeline::TimelineItem> out;
    const QList<core::EventCategory> categories = render::CategoryStyle::categories();
    for (int i = 0; i < count; ++i) {
        timeline::TimelineItem it;
        it.id = i + 1;
        const QDate d = QDate(2018, 1, 1).addDays(rng.bounded(8 * 365));
        const int k = rng.bounded(10);
        it.date = k == 0 ? temporal::ResolvedDate::fromYear(d.year())
            : k < 3      ? temporal::ResolvedDate::fromMonth(d.year(), d.month())
                         : temporal::ResolvedDate::fromDate(d);
        it.label = i % 2 ? QStringLiteral("엔비디아 H20 수출 허가 요건 %1").arg(i)
                         : QStringLiteral("BIS adds entities to the Entity List %1").arg(i);
        it.lane = rng.bounded(7);
        it.corroboration = rng.bounded(6);
        it.status = rng.bounded(3) == 0 ? core::EventStatus::Candidate : core::EventStatus::Confirmed;
        it.category = categories[rng.bounded(int(categories.size()))];
        out.append(it);
    }
    return out;
}

// Thread CPU time: the machine's other load does not count against the figure.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int printed = argc > 2 ? std::atoi(argv[2]) : 1000;
    const QList<timeline::TimelineItem> all = items(n);
    const QStringList lanes = {QStringLiteral("US"),     QStringLiteral("China"),  QStringLiteral("Nvidia"),
                               QStringLiteral("Huawei"), QStringLiteral("Allies"), QStringLiteral("Companies"),
                               QStringLiteral("Other")};
    QFont font;
    font.setFamilies(render::CategoryStyle::fontFamilies());
    font.setPixelSize(12);
    render::PaintStyle style;
    style.font = font;
    style.smallFont = font;
    style.smallFont.setPixelSize(9);
    style.titleFont = font;
    const render::FontTextMetrics metrics(font);
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
            render::PaintStyle s = style;
            s.visibleLeft = std::max(0.0, pan) + 140;
            s.visibleRight = std::max(0.0, pan) + 1600;
            render::TimelinePainter::paintBackground(p, g, s.visibleLeft, s.visibleRight);
            render::TimelinePainter::paintAxis(p, g, s);
            render::TimelinePainter::paintItems(p, g, all, s);
            p.resetTransform();
            render::TimelinePainter::paintLaneTitles(p, g, 0, 140, s);
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

    // Wheel zoom in the view: 12 notches in, 12 out, from a whole-range fit, at two widths
    // of the plotted range (the whole 8 years, and 2 years). Thread CPU ms, so that other
    // work on the machine does not count.
    for (const int years : {8, 2}) {
        ui::TimelineView view;
        view.resize(1600, 900);
        view.setTimeline(all, lanes, QDate(2018, 1, 1), QDate(2018 + years, 1, 1));
        view.fitAll();
        QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&frame); // warm the glyph caches, as the first paint on screen does
        const QPointF at(800, 450);
        const auto wheel = [&](int notch) {
            QWheelEvent e(at, at, QPoint(), QPoint(0, notch), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&view, &e);
        };
        double stepTotal = 0, stepWorst = 0, settleTotal = 0, eagerTotal = 0, eagerWorst = 0;
        for (int notch : {120, -120}) {
            for (int i = 0; i < 12; ++i) {
                const double t0 = cpuMs();
                wheel(notch);
                view.render(&frame);
                const double ms = cpuMs() - t0;
                stepTotal += ms;
                stepWorst = std::max(stepWorst, ms);
            }
            const double t0 = cpuMs();
            view.flushLayout(); // what the timer does when the steps pause
            view.render(&frame);
            settleTotal += cpuMs() - t0;
        }
        // The same steps laid out one by one, as every step was before the deferral.
        view.fitAll();
        for (int notch : {120, -120}) {
            for (int i = 0; i < 12; ++i) {
                const double t0 = cpuMs();
                wheel(notch);
                view.flushLayout();
                view.render(&frame);
                const double ms = cpuMs() - t0;
                eagerTotal += ms;
                eagerWorst = std::max(eagerWorst, ms);
            }
        }
        std::printf("\nwheel zoom, %d events over %d years, 1600x900 view (thread CPU ms):\n"
                    "  step to painted frame %.2f avg, %.2f max; one layout when the steps pause %.1f\n"
                    "  laying out every step instead: %.1f avg, %.1f max per step\n",
                    n, years, stepTotal / 24, stepWorst, settleTotal / 2, eagerTotal / 24, eagerWorst);
    }

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("b.db")));
    if (!db)
        return 1;
    QList<exchange::CsvEvent> rows;
    for (int i = 0; i < printed; ++i) {
        const timeline::TimelineItem &it = all[i];
        rows.append({0,
                     it.date.value(),
                     it.date.precisionName(),
                     core::categoryCode(it.category),
                     it.label,
                     {i % 3 ? QStringLiteral("Nvidia") : QStringLiteral("BIS")},
                     QStringLiteral("https://example.org"),
                     {},
                     {},
                     {},
                     {}});
    }
    if (!exchange::EventCsvImporter::import(*db.value(), rows))
        return 1;
    QElapsedTimer t;
    t.start();
    auto selection = annotation::TimelineSelection::load(*db.value(), {}, timeline::LaneSet::defaultActorLanes());
    if (!selection)
        return 1;
    const QString pdf = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("b.pdf"));
    auto pages = render::TimelineDocument::writePdf(pdf, exchange::PrintSheet::of(selection.value()), {});
    std::printf("\nprinted %d events to PDF: %d pages in %.0f ms\n", printed, pages ? pages.value() : -1,
                t.nsecsElapsed() / 1e6);
    return 0;
}
