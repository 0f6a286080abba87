// Stored events on the timeline: status and modality come out of the database typed,
// through TimelineSelection::items(), to the marker the painter draws (filled, hollow,
// dashed) and to the words of the exports.
#include "annotation/timelineselection.h"
#include "core/article.h"
#include "exchange/eventcsv.h"
#include "exchange/printsheet.h"
#include "exchange/timelinejswriter.h"
#include "render/categorystyle.h"
#include "render/fonttextmetrics.h"
#include "render/timelinedocument.h"
#include "render/timelinepainter.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "timeline/timelinelayout.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <numbers>

using namespace chipline;
using core::EventModality;
using core::EventStatus;

namespace {

bool near(QRgb a, QRgb b, int tolerance)
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

QRgb pixelAt(const QImage &image, QPointF p)
{
    return image.pixel(int(std::floor(p.x())), int(std::floor(p.y())));
}

// Of 48 points on the marker's ring (radius 5, pen about 1.3 wide), those not in the
// category's red: the gaps of a dashed ring; a solid one has none.
int ringGaps(const QImage &image, QPointF centre)
{
    constexpr double radius = 4.7;
    int gaps = 0;
    for (int i = 0; i < 48; ++i) {
        const double angle = i * 2 * std::numbers::pi / 48;
        const QRgb c = pixelAt(image, centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        if (qRed(c) - qGreen(c) < 25)
            ++gaps;
    }
    return gaps;
}

} // namespace

class TestTimelineItems final : public QObject
{
    Q_OBJECT

private slots:
    // One article and an event of each kind the timeline draws apart, all Entity List
    // events, each two months from the next.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("t.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        storage::ArticleStore articles(*m_db);
        const qint64 source =
            articles.addSource({QStringLiteral("/tmp/t.txt"), 1, QByteArray("t"), QStringLiteral("dump")}).value();
        core::Article a;
        a.layout = QStringLiteral("dump");
        a.body = QStringLiteral("An article about export controls on AI chips, with a sentence for every event.");
        a.published = core::makeWallTime(2025, 1, 10);
        const qint64 article = articles.addArticle(source, 0, a).value();
        qint64 start = 0; // each its own passage: one passage supports one event
        const auto store = [&](const char *date, EventStatus status, EventModality modality) {
            storage::EventRecord e;
            e.date = core::ResolvedDate::fromValue(QString::fromLatin1(date));
            e.category = core::EventCategory::EntityList;
            e.title = QStringLiteral("Event ") + e.date.value();
            e.status = status;
            e.modality = modality;
            e.clusterKey = QStringLiteral("entity-list|") + e.date.value();
            QVERIFY(storage::EventStore(*m_db).addCandidate(e, {}, article, start, start + 10).ok());
            start += 12;
        };
        store("2025-02-14", EventStatus::Confirmed, EventModality::Asserted);
        store("2025-04-15", EventStatus::Confirmed, EventModality::Planned);
        store("2025-06-16", EventStatus::Candidate, EventModality::Asserted);
        store("2025-08-14", EventStatus::Candidate, EventModality::Expected);
        store("2025-10-15", EventStatus::Rejected, EventModality::Considered);
        auto selection = annotation::TimelineSelection::load(
            *m_db, {}, timeline::LaneSet::categoryLanes(render::CategoryStyle::codes()));
        QVERIFY(selection.ok());
        m_selection = std::move(selection).value();
        QCOMPARE(m_selection.events.size(), 5);
    }

    void itemsCarryTheStoredEvent_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<EventStatus>("status");
        QTest::addColumn<EventModality>("modality");
        QTest::addColumn<bool>("candidate");
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<bool>("tentative");
        QTest::newRow("confirmed") << QStringLiteral("2025-02-14") << EventStatus::Confirmed << EventModality::Asserted
                                   << false << false << false;
        QTest::newRow("confirmed, planned") << QStringLiteral("2025-04-15") << EventStatus::Confirmed
                                            << EventModality::Planned << false << false << true;
        QTest::newRow("candidate") << QStringLiteral("2025-06-16") << EventStatus::Candidate << EventModality::Asserted
                                   << true << false << false;
        QTest::newRow("candidate, expected") << QStringLiteral("2025-08-14") << EventStatus::Candidate
                                             << EventModality::Expected << true << false << true;
        // A rejected event a filter lets in is rejected, not passed off as a candidate.
        QTest::newRow("rejected, considered") << QStringLiteral("2025-10-15") << EventStatus::Rejected
                                              << EventModality::Considered << false << true << true;
    }

    void itemsCarryTheStoredEvent()
    {
        QFETCH(QString, date);
        QFETCH(EventStatus, status);
        QFETCH(EventModality, modality);
        QFETCH(bool, candidate);
        QFETCH(bool, rejected);
        QFETCH(bool, tentative);
        const QList<timeline::TimelineItem> items = m_selection.items(true);
        QCOMPARE(items.size(), m_selection.events.size());
        const auto it = std::find_if(items.cbegin(), items.cend(),
                                     [&date](const timeline::TimelineItem &i) { return i.date.value() == date; });
        QVERIFY(it != items.cend());
        QCOMPARE(it->status, status);
        QCOMPARE(it->modality, modality);
        QCOMPARE(it->category, core::EventCategory::EntityList);
        QCOMPARE(it->title, QStringLiteral("Event ") + date);
        QCOMPARE(it->label, QStringLiteral("%1. Event %2").arg(int(it - items.cbegin()) + 1).arg(date));
        QCOMPARE(it->corroboration, 1);
        QCOMPARE(it->isCandidate(), candidate);
        QCOMPARE(it->isRejected(), rejected);
        QCOMPARE(it->isConfirmed(), !candidate && !rejected);
        QCOMPARE(it->isTentative(), tentative);
    }

    // Confirmed: filled; confirmed but only planned: lightly filled in a dashed ring;
    // candidates: hollow, in a solid ring when reported done, a dashed one when expected;
    // rejected: grey, without the category's colour, struck through its centre.
    void markersShowStatusAndModality()
    {
        const QList<timeline::TimelineItem> items = m_selection.items(false);
        render::PaintStyle style;
        style.font = QFont(render::CategoryStyle::fontFamilies().value(0, QStringLiteral("DejaVu Sans")), 9);
        style.smallFont = style.font;
        style.titleFont = style.font;
        timeline::LayoutOptions options;
        options.from = QDate(2025, 1, 1);
        options.to = QDate(2026, 1, 1);
        options.left = 160;
        options.width = 1000;
        const render::FontTextMetrics metrics(style.font);
        const timeline::TimelineGeometry g =
            timeline::TimelineLayout::layout(items, m_selection.laneTitles(), options, metrics);
        QImage image(int(options.left + options.width), int(std::ceil(g.height)) + 2, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        render::TimelinePainter::paintAll(p, g, items, style);
        p.end();

        const QColor colour = render::CategoryStyle::color(core::EventCategory::EntityList);
        const auto marker = [&](const char *date) -> const timeline::PlacedItem * {
            for (const timeline::PlacedItem &pi : g.items) {
                if (items[pi.item].date.value() == QLatin1StringView(date))
                    return pi.row >= 0 ? &pi : nullptr; // in the strip: no marker
            }
            return nullptr;
        };
        const timeline::PlacedItem *confirmed = marker("2025-02-14");
        QVERIFY(confirmed);
        const QColor band = render::CategoryStyle::laneColor(confirmed->lane);
        QVERIFY(near(pixelAt(image, confirmed->marker), colour.rgb(), 3));
        QVERIFY(ringGaps(image, confirmed->marker) <= 2);

        const timeline::PlacedItem *planned = marker("2025-04-15");
        QVERIFY(planned);
        QVERIFY(near(pixelAt(image, planned->marker), over(colour, 70, band), 6));
        QVERIFY(ringGaps(image, planned->marker) >= 6);

        const timeline::PlacedItem *candidate = marker("2025-06-16");
        QVERIFY(candidate);
        const QRgb hollow = pixelAt(image, candidate->marker);
        QVERIFY(qRed(hollow) > 240 && qGreen(hollow) > 240 && qBlue(hollow) > 240);
        QVERIFY(ringGaps(image, candidate->marker) <= 2);

        const timeline::PlacedItem *expected = marker("2025-08-14");
        QVERIFY(expected);
        const QRgb dashedHollow = pixelAt(image, expected->marker);
        QVERIFY(qRed(dashedHollow) > 240 && qGreen(dashedHollow) > 240 && qBlue(dashedHollow) > 240);
        QVERIFY(ringGaps(image, expected->marker) >= 6);

        const timeline::PlacedItem *rejected = marker("2025-10-15");
        QVERIFY(rejected);
        const QRgb struck = pixelAt(image, rejected->marker);
        QVERIFY2(qRed(struck) < 200 && std::abs(qRed(struck) - qBlue(struck)) < 24, qPrintable(QColor(struck).name()));
        QCOMPARE(ringGaps(image, rejected->marker), 48); // no red anywhere on its ring
    }

    // The typed modality turns into words only at the edges: the CSV's code, TimelineJS's
    // phrase after the status.
    void exportsNameTheModality()
    {
        const QString csv = QString::fromUtf8(exchange::EventCsv::write(m_selection.events));
        QVERIFY2(csv.contains(u",confirmed,asserted,text\r\n"), qPrintable(csv));
        QVERIFY(csv.contains(u",confirmed,planned,text\r\n"));
        QVERIFY(csv.contains(u",candidate,expected,text\r\n"));
        QVERIFY(csv.contains(u",rejected,considered,text\r\n"));
        const QString js = QString::fromUtf8(exchange::TimelineJsWriter::write(m_selection, {}, {}));
        QVERIFY2(js.contains(u"confirmed · planned, not reported done"), qPrintable(js));
        QVERIFY(js.contains(u"candidate · expected, not reported done"));
        QVERIFY(js.contains(u"rejected · under consideration"));
        QCOMPARE(js.count(u"not reported done"), 2);
    }

    // The printout lists the rejected event as rejected and its legend says how one looks.
    void printoutNamesRejected()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("t.pdf"));
        QVERIFY(render::TimelineDocument::writePdf(pdf, exchange::PrintSheet::of(m_selection), {}));
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QString printed = QString::fromUtf8(text.readAllStandardOutput());
        printed.remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(printed.contains(QStringLiteral("2025-10-15·EntityList·rejected·underconsideration")),
                 qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("2025-08-14·EntityList·candidate·expected")));
        QCOMPARE(printed.count(QStringLiteral("rejected")), 2); // its line and the legend's chip
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    annotation::TimelineSelection m_selection;
};

QTEST_MAIN(TestTimelineItems)
#include "tst_timelineitems.moc"
