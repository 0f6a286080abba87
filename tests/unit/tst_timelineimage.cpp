// The flat timeline as SVG and PNG (TimelineImage), from a sheet written here: no database.
// The SVG is read back as XML (its size, title, description and text) and drawn with
// QSvgRenderer beside the PNG, so both must show what TimelinePainter paints.
#include "languagescope.h"
#include "render/categorystyle.h"
#include "render/timelineimage.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace chipline;

namespace {

timeline::TimelineItem item(qint64 id, const char *date, const QString &title, const char *category, int lane)
{
    timeline::TimelineItem it;
    it.id = id;
    it.date = temporal::ResolvedDate::fromValue(QString::fromLatin1(date));
    it.label = title;
    it.lane = lane;
    it.corroboration = 1;
    it.status = core::EventStatus::Confirmed;
    it.category = core::categoryFromCode(QString::fromLatin1(category));
    return it;
}

render::TimelineSheet sheet()
{
    render::TimelineSheet s;
    s.items = {item(1, "2025-01-15", QStringLiteral("가상 규칙 A 발표"), "us-export-rule", 0),
               item(2, "2025-04-02", QStringLiteral("Firm X added to the list"), "entity-list", 0),
               item(3, "2025-06-20", QStringLiteral("HBM 수출 규칙 & <검토>"), "china-countermeasure", 1),
               item(4, "2025-09-08", QStringLiteral("H20 license requirement"), "us-license-requirement", 2)};
    s.laneTitles = {QStringLiteral("미국 정부"), QStringLiteral("중국 정부"), QStringLiteral("Nvidia")};
    s.from = QDate(2025, 1, 1);
    s.to = QDate(2026, 1, 1);
    s.filter = QStringLiteral("Status: all · Lanes: by actor");
    return s;
}

struct Svg
{
    QString error;
    QString root; // the root element's qualified name
    QString width, height, viewBox, title, description;
    QStringList texts; // the <text> elements' contents, in document order
};

Svg read(const QByteArray &bytes)
{
    Svg out;
    QXmlStreamReader xml(bytes);
    QStringList path;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            path.removeLast();
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (path.isEmpty()) {
            out.root = xml.qualifiedName().toString();
            out.width = xml.attributes().value(QLatin1StringView("width")).toString();
            out.height = xml.attributes().value(QLatin1StringView("height")).toString();
            out.viewBox = xml.attributes().value(QLatin1StringView("viewBox")).toString();
        }
        if (path == QStringList{QStringLiteral("svg")} && name == u"title") {
            out.title = xml.readElementText();
            continue; // readElementText consumed the end element
        }
        if (path == QStringList{QStringLiteral("svg")} && name == u"desc") {
            out.description = xml.readElementText();
            continue;
        }
        if (name == u"text") {
            out.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            continue;
        }
        path.append(name);
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

bool near(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance
        && std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

} // namespace

class TestTimelineImage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (render::CategoryStyle::hangulFamilies().isEmpty())
            QSKIP("no font with Hangul is installed (fonts-noto-cjk)");
    }

    void svgIsAWellFormedDrawingWithItsText()
    {
        const render::TimelineSheet s = sheet();
        const render::FlatTimeline flat = render::FlatTimeline::make(s, 1600, render::CategoryStyle::hangulFamilies());
        for (const timeline::PlacedItem &pi : flat.geometry.items) // the premise: every label fits
            QCOMPARE(pi.text, s.items[pi.item].label);
        const Svg svg = read(render::TimelineImage::svg(s, 1600, QStringLiteral("시험 연표")));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QCOMPARE(svg.root, QStringLiteral("svg")); // in the default namespace, unprefixed
        // Opens at the PNG's size: width, height and viewBox in pixels.
        const int height = int(std::ceil(flat.height));
        QCOMPARE(svg.viewBox, QStringLiteral("0 0 1600 %1").arg(height));
        QCOMPARE(svg.width, QStringLiteral("1600"));
        QCOMPARE(svg.height, QString::number(height));
        QVERIFY(height > 100 && height < 400);
        QCOMPARE(svg.title, QStringLiteral("시험 연표"));
        QVERIFY2(svg.description.contains(QStringLiteral("2025-01-01 – 2025-12-31 · Status: all · Lanes: by actor")),
                 qPrintable(svg.description));
        QVERIFY2(svg.description.contains(QStringLiteral("4 events")), qPrintable(svg.description));
        // Each title is one text element, whole (searchable), escaped and read back as written.
        for (const timeline::TimelineItem &it : s.items)
            QVERIFY2(svg.texts.contains(it.label), qPrintable(it.label + u'\n' + svg.texts.join(u'|')));
        for (const QString &lane : s.laneTitles)
            QVERIFY2(svg.texts.contains(lane), qPrintable(lane));
        QVERIFY(svg.texts.contains(QStringLiteral("Jan 2025")) || svg.texts.contains(QStringLiteral("2025")));
    }

    void svgTitleDefaultsToThePrintout()
    {
        const Svg english = read(render::TimelineImage::svg(sheet(), 1200));
        QCOMPARE(english.title, QStringLiteral("US–China AI-chip export controls: timeline"));
        const LanguageScope korean(QStringLiteral("ko"));
        const Svg svg = read(render::TimelineImage::svg(sheet(), 1200));
        QCOMPARE(svg.title, QStringLiteral("미·중 AI 반도체 수출통제 연표"));
        QVERIFY2(svg.description.contains(QStringLiteral("사건 4건")), qPrintable(svg.description));
        QVERIFY(svg.texts.contains(QStringLiteral("2025년 1월")) || svg.texts.contains(QStringLiteral("2025년")));
    }

    // Drawn back, the SVG shows what the PNG shows: markers in their category colours where
    // the layout put them, the title column shaded as the painter shades it.
    void svgAndPngPaintTheSame()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const render::TimelineSheet s = sheet();
        const render::FlatTimeline flat = render::FlatTimeline::make(s, 1600, render::CategoryStyle::hangulFamilies());
        const render::FlatTimeline flatPng = render::FlatTimeline::make(s, 1600, render::CategoryStyle::fontFamilies());
        const QString pngPath = dir.filePath(QStringLiteral("t.png"));
        QVERIFY(render::TimelineImage::writePng(pngPath, s, 1600));
        const QImage png(pngPath);
        QSvgRenderer renderer(render::TimelineImage::svg(s, 1600));
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(1600, int(std::ceil(flat.height))));
        QImage drawn(renderer.defaultSize(), QImage::Format_RGB32);
        drawn.fill(Qt::black); // the SVG paints its own white
        QPainter p(&drawn);
        renderer.render(&p);
        p.end();
        QCOMPARE(drawn.width(), png.width());
        QCOMPARE(flat.geometry.items.size(), s.items.size());
        for (int i = 0; i < flat.geometry.items.size(); ++i) {
            const timeline::PlacedItem &pi = flat.geometry.items[i];
            const QRgb colour = render::CategoryStyle::color(s.items[pi.item].category).rgb();
            QVERIFY2(near(drawn.pixel(pi.marker.toPoint()), colour, 12), qPrintable(s.items[pi.item].label));
            QVERIFY(near(png.pixel(flatPng.geometry.items[i].marker.toPoint()), colour, 12));
        }
        for (int lane = 0; lane < flat.geometry.lanes.size(); ++lane) {
            const QPoint titleCell(3, int(flat.geometry.lanes[lane].rect.center().y()));
            QVERIFY(near(drawn.pixel(titleCell), png.pixel(titleCell), 2));
            QVERIFY(near(drawn.pixel(titleCell), render::CategoryStyle::laneColor(lane).darker(104).rgb(), 2));
        }
        QVERIFY(near(drawn.pixel(1599, int(flat.height) - 1), qRgb(255, 255, 255), 0));
    }
};

QTEST_MAIN(TestTimelineImage)
#include "tst_timelineimage.moc"
