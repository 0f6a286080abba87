// A zoom gesture's frame: the last layout stretched to the new zoom. Markers and spans
// scale, labels keep their offset and width, the items outside the visible range and the
// labels that would now run into their row neighbour's are left out.
#include "timeline/zoomstretch.h"

#include <QTest>

using namespace chipline::timeline;

namespace {

// One lane, three labelled events at x 100, 160 and 600, laid out at one pixel a day;
// the middle one a month's span.
TimelineGeometry laidOut()
{
    TimelineGeometry g;
    g.scale = TimeScale(QDate(2025, 1, 1), 0, 1);
    g.plot = QRectF(0, 0, 1000, 200);
    g.axis = QRectF(0, 200, 1000, 20);
    LaneBox lane;
    lane.title = QStringLiteral("Lane");
    lane.rect = QRectF(0, 0, 1000, 200);
    lane.rows = 1;
    g.lanes = {lane};
    int index = 0;
    for (const double x : {100.0, 160.0, 600.0}) {
        PlacedItem p;
        p.item = index++;
        p.row = 0;
        p.marker = QPointF(x, 50);
        p.label = QRectF(x + 8, 40, 50, 20);
        p.text = QStringLiteral("event");
        if (x == 160.0)
            p.bar = QRectF(160, 45, 30, 10);
        g.items.append(p);
    }
    return g;
}

} // namespace

class TestZoomStretch final : public QObject
{
    Q_OBJECT

private slots:
    void zoomInScalesAndKeepsTheVisible()
    {
        ZoomStretch s;
        s.layoutPixelsPerDay = 1;
        s.pixelsPerDay = 2;
        s.plotWidth = 2000;
        s.left = 0;
        s.right = 1000;
        const TimelineGeometry g = s.apply(laidOut());
        QCOMPARE(g.plot.width(), 2000.0);
        QCOMPARE(g.lanes.first().rect.width(), 2000.0);
        QCOMPARE(g.scale.pixelsPerDay(), 2.0);
        QVERIFY(!g.ticks.isEmpty());
        QCOMPARE(g.items.size(), 2); // the third, at 1200, is beyond the right edge
        QCOMPARE(g.items[0].marker.x(), 200.0);
        QCOMPARE(g.items[0].label, QRectF(208, 40, 50, 20)); // moved, not widened
        QCOMPARE(g.items[1].bar, QRectF(320, 45, 60, 10));
        QCOMPARE(g.items[1].text, QStringLiteral("event"));
    }

    void zoomOutDropsLabelsThatWouldOverlap()
    {
        ZoomStretch s;
        s.layoutPixelsPerDay = 1;
        s.pixelsPerDay = 0.5;
        s.plotWidth = 500;
        s.left = -400;
        s.right = 520;
        const TimelineGeometry g = s.apply(laidOut());
        QCOMPARE(g.items.size(), 3);
        QCOMPARE(g.items[0].label, QRectF(58, 40, 50, 20));
        QVERIFY(g.items[1].label.isEmpty()); // 88 would run into the first label, which ends at 108
        QVERIFY(g.items[1].text.isEmpty());
        QCOMPARE(g.items[1].marker.x(), 80.0); // the marker stays
        QCOMPARE(g.items[2].label, QRectF(308, 40, 50, 20));
    }
};

QTEST_GUILESS_MAIN(TestZoomStretch)
#include "tst_zoomstretch.moc"
