// The timeline layout engine as pure geometry: no labels overlap, events stay in their lane
// and on their page, month and year spans cover their days, pages continue one another.
#include "languagescope.h"
#include "timeline/laneset.h"
#include "timeline/monospacemetrics.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepaginator.h"
#include "timeline/timescale.h"

#include <QRandomGenerator>
#include <QTest>

using namespace chipline::timeline;
using chipline::core::EventStatus;
using chipline::temporal::ResolvedDate;

namespace {

// A confirmed event in the first lane, reported by one article.
TimelineItem item(qint64 id, const ResolvedDate &date, const QString &label)
{
    TimelineItem it;
    it.id = id;
    it.date = date;
    it.status = EventStatus::Confirmed;
    it.label = label;
    it.corroboration = 1;
    return it;
}

QList<TimelineItem> randomItems(int count, quint32 seed, QDate from, int days, int lanes)
{
    QRandomGenerator rng(seed);
    QList<TimelineItem> out;
    for (int i = 0; i < count; ++i) {
        TimelineItem it;
        it.id = i + 1;
        const QDate d = from.addDays(rng.bounded(days));
        const int kind = rng.bounded(10);
        it.date = kind == 0 ? ResolvedDate::fromYear(d.year())
            : kind < 3      ? ResolvedDate::fromMonth(d.year(), d.month())
                            : ResolvedDate::fromDate(d);
        it.label = QStringLiteral("%1. 이벤트 event title %2").arg(i + 1).arg(QString(rng.bounded(30), u'x'));
        it.lane = rng.bounded(lanes);
        it.corroboration = rng.bounded(5);
        it.status = rng.bounded(2) ? EventStatus::Candidate : EventStatus::Confirmed;
        out.append(it);
    }
    return out;
}

void checkGeometry(const TimelineGeometry &g, const QList<TimelineItem> &items, const LayoutOptions &o)
{
    const double eps = 0.01;
    for (const PlacedItem &p : g.items) {
        const QRectF lane = g.lanes[p.lane].rect;
        QCOMPARE(p.lane, std::clamp(items[p.item].lane, 0, int(g.lanes.size()) - 1));
        QVERIFY2(lane.top() - eps <= p.marker.y() - (p.row < 0 ? 0 : o.markerRadius)
                     && p.marker.y() + (p.row < 0 ? 0 : o.markerRadius) <= lane.bottom() + eps,
                 qPrintable(QStringLiteral("event %1 leaves its lane vertically").arg(p.item)));
        QVERIFY(p.marker.x() >= g.plot.left() - eps && p.marker.x() <= g.plot.right() + eps);
        if (p.label.width() > 0) {
            QVERIFY(p.label.left() >= g.plot.left() - eps && p.label.right() <= g.plot.right() + eps);
            QVERIFY(p.label.top() >= lane.top() - eps && p.label.bottom() <= lane.bottom() + eps);
            QVERIFY(!p.text.isEmpty());
        }
        // Spans cover exactly their days (clipped to the plot).
        const DaySpan span = daySpan(items[p.item].date);
        if (span.isSpan() && p.row >= 0) {
            QVERIFY(p.bar.width() > 0);
            QVERIFY(qAbs(p.bar.left() - std::max(g.plot.left(), g.scale.x(span.first))) < eps);
            QVERIFY(
                qAbs(p.bar.right() - std::min(g.plot.right(), std::max(g.scale.x(span.first) + 1, g.scale.x(span.end))))
                < 1.01);
        }
    }
    // No two labels overlap, and no label overlaps another event's marker or span in its row.
    QList<QRectF> boxes;
    for (const PlacedItem &p : g.items) {
        if (p.label.width() > 0)
            boxes.append(p.label);
    }
    std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size() && boxes[j].left() < boxes[i].right(); ++j) {
            const QRectF overlap = boxes[i].intersected(boxes[j]);
            QVERIFY2(overlap.width() < eps || overlap.height() < eps,
                     qPrintable(QStringLiteral("labels overlap at x=%1").arg(boxes[j].left())));
        }
    }
}

} // namespace

class TestTimelineLayout final : public QObject
{
    Q_OBJECT

private slots:
    void scaleMapsDays()
    {
        const TimeScale s(QDate(2025, 1, 1), 100, 2);
        QCOMPARE(s.x(QDate(2025, 1, 1)), 100.0);
        QCOMPARE(s.x(QDate(2025, 1, 11)), 120.0);
        QCOMPARE(s.dateAt(121), QDate(2025, 1, 11));
        QCOMPARE(s.dateAt(99.5), QDate(2024, 12, 31));
    }

    void ticksAdapt_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<int>("unit");
        QTest::newRow("days") << 80.0 << int(TickUnit::Day);
        QTest::newRow("weeks") << 12.0 << int(TickUnit::Week);
        QTest::newRow("months") << 3.0 << int(TickUnit::Month);
        QTest::newRow("quarters") << 1.0 << int(TickUnit::Quarter);
        QTest::newRow("years") << 0.2 << int(TickUnit::Year);
    }

    void ticksAdapt()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(int, unit);
        const TimeScale s(QDate(2020, 1, 1), 0, pixelsPerDay);
        QCOMPARE(int(s.unitFor(70)), unit);
        const QList<Tick> ticks = s.ticks(QDate(2020, 1, 1), QDate(2026, 1, 1), 70);
        QVERIFY(!ticks.isEmpty());
        for (int i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].x - ticks[i - 1].x >= 70 * 0.9);
    }

    void labelsInKoreanAndEnglish_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("unit");
        QTest::addColumn<bool>("withContext");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        const auto row = [](const char *name, QDate d, TickUnit u, bool context, const char *en, const char *ko) {
            QTest::newRow(name) << d << int(u) << context << QString::fromUtf8(en) << QString::fromUtf8(ko);
        };
        row("year", QDate(2025, 1, 1), TickUnit::Year, false, "2025", "2025년");
        row("year in context", QDate(2025, 1, 1), TickUnit::Year, true, "2025", "2025년");
        row("quarter", QDate(2025, 4, 1), TickUnit::Quarter, false, "Q2", "2분기");
        row("quarter in context", QDate(2025, 4, 1), TickUnit::Quarter, true, "Q2 2025", "2025년 2분기");
        row("month", QDate(2025, 4, 1), TickUnit::Month, false, "Apr", "4월");
        row("month in context", QDate(2025, 4, 1), TickUnit::Month, true, "Apr 2025", "2025년 4월");
        row("week", QDate(2025, 4, 7), TickUnit::Week, false, "7 Apr", "4월 7일");
        row("week in context", QDate(2025, 4, 7), TickUnit::Week, true, "7 Apr 2025", "2025년 4월 7일");
        row("day", QDate(2025, 4, 9), TickUnit::Day, false, "9", "9일");
        row("first day", QDate(2025, 4, 1), TickUnit::Day, false, "1 Apr", "4월 1일");
        row("day in context", QDate(2025, 12, 31), TickUnit::Day, true, "31 Dec 2025", "2025년 12월 31일");
    }

    // The axis speaks the installed language: English with no translation, Korean with
    // Chipline's Korean one; no language flag chooses.
    void labelsInKoreanAndEnglish()
    {
        QFETCH(QDate, date);
        QFETCH(int, unit);
        QFETCH(bool, withContext);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        QCOMPARE(TimeScale::label(date, TickUnit(unit), withContext), english);
        {
            const LanguageScope scope(QStringLiteral("ko"));
            QCOMPARE(TimeScale::label(date, TickUnit(unit), withContext), korean);
        }
        {
            const LanguageScope scope(QStringLiteral("en"));
            QCOMPARE(TimeScale::label(date, TickUnit(unit), withContext), english);
        }
    }

    void spansCoverTheirDays()
    {
        const MonospaceMetrics m;
        LayoutOptions o;
        o.from = QDate(2025, 1, 1);
        o.to = QDate(2026, 1, 1);
        o.left = 100;
        o.width = 365 * 4;
        QList<TimelineItem> items = {
            item(1, ResolvedDate::fromMonth(2025, 4), QStringLiteral("April")),
            item(2, ResolvedDate::fromYear(2025), QStringLiteral("The year")),
            item(3, ResolvedDate::fromDate(QDate(2025, 4, 9)), QStringLiteral("A day")),
        };
        const TimelineGeometry g = TimelineLayout::layout(items, {QStringLiteral("A")}, o, m);
        QCOMPARE(g.items.size(), 3);
        for (const PlacedItem &p : g.items) {
            if (items[p.item].id == 1) {
                QCOMPARE(p.bar.left(), 100.0 + 90 * 4); // 1 April is day 90
                QCOMPARE(p.bar.right(), 100.0 + 120 * 4); // 1 May is day 120
            } else if (items[p.item].id == 2) {
                QCOMPARE(p.bar.left(), 100.0);
                QCOMPARE(p.bar.right(), 100.0 + 365 * 4);
            } else {
                QVERIFY(p.bar.isEmpty());
                QCOMPARE(p.marker.x(), 100.0 + 98 * 4 + 2); // the middle of 9 April
            }
        }
        checkGeometry(g, items, o);
    }

    // Quarters and halves are drawn as spans, like months: 2025-Q2 covers April to June.
    void quartersAndHalvesAreSpans()
    {
        const MonospaceMetrics m;
        LayoutOptions o;
        o.from = QDate(2025, 1, 1);
        o.to = QDate(2026, 1, 1);
        o.left = 100;
        o.width = 365 * 4;
        QList<TimelineItem> items = {
            item(1, ResolvedDate::fromQuarter(2025, 2), QStringLiteral("Second quarter")),
            item(2, ResolvedDate::fromHalf(2025, 2), QStringLiteral("Second half")),
        };
        const TimelineGeometry g = TimelineLayout::layout(items, {QStringLiteral("A")}, o, m);
        QCOMPARE(g.items.size(), 2);
        for (const PlacedItem &p : g.items) {
            if (items[p.item].id == 1) {
                QCOMPARE(p.bar.left(), 100.0 + 90 * 4); // 1 April is day 90
                QCOMPARE(p.bar.right(), 100.0 + 181 * 4); // 1 July is day 181
            } else {
                QCOMPARE(p.bar.left(), 100.0 + 181 * 4);
                QCOMPARE(p.bar.right(), 100.0 + 365 * 4);
            }
        }
        checkGeometry(g, items, o);
    }

    void noOverlapAtAnyZoom_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<int>("count");
        QTest::newRow("crowded") << 600.0 << 2000;
        QTest::newRow("medium") << 4000.0 << 500;
        QTest::newRow("roomy") << 40000.0 << 300;
        QTest::newRow("few") << 800.0 << 5;
    }

    void noOverlapAtAnyZoom()
    {
        QFETCH(double, width);
        QFETCH(int, count);
        const MonospaceMetrics m(6.5, 13);
        LayoutOptions o;
        o.from = QDate(2022, 1, 1);
        o.to = QDate(2026, 1, 1);
        o.left = 120;
        o.width = width;
        const QList<TimelineItem> items = randomItems(count, 7, o.from, int(o.from.daysTo(o.to)), 5);
        const QStringList lanes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                   QStringLiteral("e")};
        const TimelineGeometry g = TimelineLayout::layout(items, lanes, o, m);
        QCOMPARE(g.items.size(), items.size());
        checkGeometry(g, items, o);
        // Lanes are stacked without overlap.
        for (int i = 1; i < g.lanes.size(); ++i)
            QVERIFY(g.lanes[i].rect.top() >= g.lanes[i - 1].rect.bottom());
    }

    void pagesContinue()
    {
        const MonospaceMetrics m(5, 10);
        LayoutOptions o;
        o.from = QDate(2023, 1, 1);
        o.to = QDate(2026, 1, 1);
        o.left = 100;
        o.width = 700;
        o.maxRows = 40;
        const QList<TimelineItem> items = randomItems(1000, 11, o.from, int(o.from.daysTo(o.to)), 6);
        const QStringList lanes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                   QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
        const QList<TimelinePage> pages = TimelinePaginator::paginate(items, lanes, o, 450, m);
        QVERIFY(pages.size() > 1);
        QCOMPARE(pages.first().from, o.from);
        QVERIFY(pages.last().to >= o.to);
        qint64 span = pages.first().from.daysTo(pages.first().to);
        QSet<int> seen;
        int unlabelled = 0;
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                QCOMPARE(pages[i].from, pages[i - 1].to); // no gap, no overlap
            QCOMPARE(pages[i].from.daysTo(pages[i].to), span); // one scale throughout
            QCOMPARE(pages[i].geometry.scale.pixelsPerDay(), pages[0].geometry.scale.pixelsPerDay());
            QVERIFY(pages[i].geometry.height <= 450);
            for (const PlacedItem &p : pages[i].geometry.items) {
                QVERIFY(!seen.contains(p.item));
                seen.insert(p.item);
                const QDate first = daySpan(items[p.item].date).first;
                QVERIFY(first >= pages[i].from && first < pages[i].to);
                unlabelled += p.row < 0;
            }
        }
        // Only the unavoidable crowd (a year's year-precision events all start on 1 January)
        // goes unlabelled.
        QVERIFY2(unlabelled < items.size() / 10, qPrintable(QString::number(unlabelled)));
        QCOMPARE(seen.size(), items.size());
        for (const TimelinePage &page : pages) // labels are checked against the input indexes
            checkGeometry(page.geometry, items, o);
    }

    void lanesFromSpec()
    {
        const LaneSet lanes = LaneSet::fromSpec(
            QStringLiteral("# comment\nWashington | BIS, type:GOV\nChampions | Nvidia, Huawei\nRest | *\n"));
        QCOMPARE(lanes.size(), 3);
        const QHash<QString, QString> types{{QStringLiteral("White House"), QStringLiteral("GOV")}};
        QCOMPARE(lanes.laneFor({QStringLiteral("Huawei")}, {}, types), 1);
        QCOMPARE(lanes.laneFor({QStringLiteral("Huawei"), QStringLiteral("White House")}, {}, types), 0);
        QCOMPARE(lanes.laneFor({QStringLiteral("Samsung")}, {}, types), 2);
        const LaneSet byDefault = LaneSet::defaultActorLanes();
        QCOMPARE(byDefault.titles().first(), QStringLiteral("United States government"));
        QCOMPARE(
            byDefault.laneFor({QStringLiteral("Bureau of Industry and Security"), QStringLiteral("Huawei")}, {}, {}),
            0);
        QCOMPARE(byDefault.laneFor({QStringLiteral("Huawei")}, {}, {}), 3);
        const LaneSet byCategory = LaneSet::categoryLanes({QStringLiteral("entity-list"), QStringLiteral("other")});
        QCOMPARE(byCategory.laneFor({}, QStringLiteral("other"), {}), 1);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
