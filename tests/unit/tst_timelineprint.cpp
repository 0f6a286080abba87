// Prints a generated timeline to PDF and reads it back with pdftotext: the page count,
// and every event's number and title, in Korean and English.
#include "exchange/eventcsv.h"
#include "exchange/eventcsvimporter.h"
#include "exchange/printsheet.h"
#include "exchange/timelinejswriter.h"
#include "languagescope.h"
#include "render/timelinedocument.h"
#include "render/timelineimage.h"
#include "storage/database.h"
#include "storage/lanestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace chipline;

namespace {

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

// The PDF's text as pdftotext reads it, spaces removed.
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return squeeze(QString::fromUtf8(p.readAllStandardOutput()));
}

// The text of an SVG's <text> elements, space-separated (a wrapped lane title is two of
// them); empty when the file is not well-formed XML.
QString svgText(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    return xml.hasError() ? QString() : texts.join(u' ');
}

QList<exchange::CsvEvent> generated(int count)
{
    QRandomGenerator rng(5);
    const QStringList actors = {QStringLiteral("Nvidia"), QStringLiteral("Huawei"),
                                QStringLiteral("BIS"),    QStringLiteral("China Ministry of Commerce"),
                                QStringLiteral("ASML"),   QStringLiteral("Samsung Electronics")};
    const QStringList categories = {QStringLiteral("entity-list"), QStringLiteral("us-export-rule"),
                                    QStringLiteral("china-countermeasure"), QStringLiteral("product-launch"),
                                    QStringLiteral("market")};
    QList<exchange::CsvEvent> rows;
    for (int i = 0; i < count; ++i) {
        const QDate d = QDate(2023, 1, 1).addDays(rng.bounded(3 * 365));
        exchange::CsvEvent e;
        const int kind = rng.bounded(12);
        e.date = kind == 0 ? QString::number(d.year())
            : kind < 3     ? d.toString(QStringLiteral("yyyy-MM"))
                           : d.toString(Qt::ISODate);
        e.precision = kind == 0 ? QStringLiteral("year") : kind < 3 ? QStringLiteral("month") : QStringLiteral("day");
        e.category = categories[rng.bounded(int(categories.size()))];
        e.title = i % 2 ? QStringLiteral("수출통제 사건 %1호 발표").arg(i)
                        : QStringLiteral("Export control event %1 announced").arg(i);
        e.actors = {actors[rng.bounded(int(actors.size()))]};
        e.source = QStringLiteral("https://example.org/%1").arg(i);
        rows.append(e);
    }
    return rows;
}

} // namespace

class TestTimelinePrint final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("p.db")));
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(exchange::EventCsvImporter::import(*m_db, generated(150)));
        auto s = annotation::TimelineSelection::load(*m_db, {}, timeline::LaneSet::defaultActorLanes());
        QVERIFY(s);
        m_selection = std::move(s.value());
        QCOMPARE(m_selection.events.size(), 150);
    }

    void printsEveryEvent_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<bool>("korean");
        QTest::newRow("A4 English") << int(QPageSize::A4) << false;
        QTest::newRow("A3 Korean") << int(QPageSize::A3) << true;
        QTest::newRow("Letter") << int(QPageSize::Letter) << false;
    }

    void printsEveryEvent()
    {
        QFETCH(int, page);
        QFETCH(bool, korean);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        render::PrintOptions options;
        options.pageSize = QPageSize(QPageSize::PageSizeId(page));
        std::optional<LanguageScope> language;
        if (korean)
            language.emplace(QStringLiteral("ko"));
        const QString pdf = m_dir.filePath(QStringLiteral("t%1.pdf").arg(page));
        auto pages = render::TimelineDocument::writePdf(pdf, exchange::PrintSheet::of(m_selection), options);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        QVERIFY(pages.value() >= 2); // the timeline, then the list of events

        QProcess info;
        info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {pdf});
        QVERIFY(info.waitForFinished());
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(meta.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages.value()))),
                 qPrintable(meta));

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(squeeze(korean ? QStringLiteral("1 / %1쪽").arg(pages.value())
                                             : QStringLiteral("Page 1 of %1").arg(pages.value()))));
        for (int i = 0; i < m_selection.events.size(); ++i) {
            const QString needle = squeeze(QStringLiteral("%1. %2").arg(i + 1).arg(m_selection.events[i].title));
            QVERIFY2(text.contains(needle), qPrintable(QStringLiteral("event %1 missing: %2").arg(i + 1).arg(needle)));
        }
    }

    // The page's words come from the installed translation, as the GUI's do: English with
    // none (or the English one), Korean with Chipline's Korean one. No flag chooses.
    void printsInTheInstalledLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        const QStringList english = {QStringLiteral("US–China AI-chip export controls: timeline"),
                                     QStringLiteral("Page 1 of"),
                                     QStringLiteral("Status: all · Lanes: by actor · 150 events"),
                                     QStringLiteral("Legend:"),
                                     QStringLiteral("Entity List"),
                                     QStringLiteral("candidate (unconfirmed)"),
                                     QStringLiteral("month, quarter, half or year precision"),
                                     QStringLiteral("Allies"),
                                     QStringLiteral("Events and sources"),
                                     QStringLiteral("· Market · confirmed")};
        QTest::newRow("none installed") << QString() << english;
        QTest::newRow("English") << QStringLiteral("en") << english;
        QTest::newRow("Korean") << QStringLiteral("ko")
                                << QStringList{QStringLiteral("미·중 AI 반도체 수출통제 연표"),
                                               QStringLiteral("상태: 전체 · 레인: 행위자 · 사건 150건"),
                                               QStringLiteral("범례:"),
                                               QStringLiteral("거래제한 명단"),
                                               QStringLiteral("후보(미확정)"),
                                               QStringLiteral("월·분기·반기·연 단위 날짜"),
                                               QStringLiteral("동맹국"),
                                               QStringLiteral("사건과 출처"),
                                               QStringLiteral("· 시장 · 확정"),
                                               QStringLiteral("2024년")};
    }

    void printsInTheInstalledLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        std::optional<LanguageScope> scope;
        if (!language.isEmpty())
            scope.emplace(language);
        const QString pdf = m_dir.filePath(QStringLiteral("language-%1.pdf").arg(language));
        auto pages =
            render::TimelineDocument::writePdf(pdf, exchange::PrintSheet::of(m_selection), render::PrintOptions());
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        const QString text = pdfText(pdf);
        for (const QString &words : expected)
            QVERIFY2(text.contains(squeeze(words)), qPrintable(words));
        const QStringList other = language == u"ko"
            ? QStringList{QStringLiteral("Events and sources"), QStringLiteral("Legend:")}
            : QStringList{QStringLiteral("사건과 출처"), QStringLiteral("2024년")};
        for (const QString &words : other)
            QVERIFY2(!text.contains(squeeze(words)), qPrintable(words));
    }

    void describesTheFilterInTheInstalledLanguage()
    {
        annotation::TimelineSelection s;
        s.filter.statuses = {core::EventStatus::Confirmed, core::EventStatus::Rejected};
        s.filter.categories = {core::EventCategory::EntityList, core::EventCategory::Market};
        s.filter.actors = {QStringLiteral("Nvidia")};
        storage::ArticleListFilter articles;
        articles.search = QStringLiteral("H20");
        articles.entities = {1, 2};
        articles.withEvents = true;
        articles.undatedOnly = true;
        s.filter.articles = articles;
        s.lanes = timeline::LaneSet::categoryLanes({QStringLiteral("entity-list"), QStringLiteral("made-up")});
        QCOMPARE(s.describeFilter(),
                 QStringLiteral("Status: confirmed, rejected · Categories: Entity List, Market · "
                                "Actors: Nvidia · Articles: “H20”, 2 entities, with events, "
                                "undated · Lanes: by category"));
        QCOMPARE(s.laneTitles(), (QStringList{QStringLiteral("Entity List"), QStringLiteral("made-up")}));
        const LanguageScope korean(QStringLiteral("ko"));
        QCOMPARE(s.describeFilter(),
                 QStringLiteral("상태: 확정, 거부 · 분류: 거래제한 명단, 시장 · 행위자: Nvidia · "
                                "기사: “H20”, 개체 2개, 사건 있는 기사, 날짜 없음 · 레인: 분류"));
        QCOMPARE(s.laneTitles(), (QStringList{QStringLiteral("거래제한 명단"), QStringLiteral("made-up")}));
        s.filter = {};
        s.lanes = timeline::LaneSet::actorLanes({{QStringLiteral("Nvidia"), {QStringLiteral("Nvidia")}},
                                                 {QStringLiteral("Chip makers"), {QStringLiteral("*")}}});
        QCOMPARE(s.describeFilter(), QStringLiteral("상태: 전체 · 레인: 행위자"));
        // The built-in lanes' titles in Korean, the analyst's own as they were named.
        QCOMPARE(s.laneTitles(), (QStringList{QStringLiteral("엔비디아"), QStringLiteral("Chip makers")}));
    }

    void exportsImagesAndTimelineJs()
    {
        {
            const LanguageScope korean(QStringLiteral("ko"));
            const QString svg = svgText(render::TimelineImage::svg(exchange::PrintSheet::of(m_selection), 1600));
            QVERIFY(svg.contains(QStringLiteral("미국 정부"))); // the built-in lanes in Korean
            QVERIFY(svg.contains(QStringLiteral("2024년"))); // and the axis
        }
        const QString svg = svgText(render::TimelineImage::svg(exchange::PrintSheet::of(m_selection), 1600));
        QVERIFY(svg.contains(QStringLiteral("United States government")));
        QVERIFY(!svg.contains(QStringLiteral("2024년")));
        const QString png = m_dir.filePath(QStringLiteral("t.png"));
        QVERIFY(render::TimelineImage::writePng(png, exchange::PrintSheet::of(m_selection), 1600));
        QVERIFY(QImage(png).width() == 1600);
        const QJsonDocument doc =
            QJsonDocument::fromJson(exchange::TimelineJsWriter::write(m_selection, {}, QStringLiteral("T")));
        QCOMPARE(doc.object().value(QStringLiteral("events")).toArray().size(), 150);
        const QJsonObject year = doc.object().value(QStringLiteral("events")).toArray().first().toObject();
        QVERIFY(year.contains(QStringLiteral("start_date")));
    }

    void savedLanesReachEveryOutput()
    {
        // Lanes saved in the database (as the dock's Lanes dialog does) are what printing,
        // images and the CLI use unless told otherwise; none saved means the built-in ones.
        QCOMPARE(annotation::TimelineSelection::savedActorLanes(*m_db).titles(),
                 timeline::LaneSet::defaultActorLanes().titles());
        QVERIFY(storage::LaneStore(*m_db).save(
            {{QStringLiteral("Chip makers"), {QStringLiteral("Nvidia"), QStringLiteral("Huawei")}},
             {QStringLiteral("Everyone else"), {QStringLiteral("*")}}}));
        const timeline::LaneSet lanes = annotation::TimelineSelection::savedActorLanes(*m_db);
        QCOMPARE(lanes.titles(), (QStringList{QStringLiteral("Chip makers"), QStringLiteral("Everyone else")}));
        auto s = annotation::TimelineSelection::load(*m_db, {}, lanes);
        QVERIFY(s);
        int inFirst = 0;
        for (const auto &it : s->items(false))
            inFirst += it.lane == 0;
        QVERIFY(inFirst > 0 && inFirst < s->events.size());
        const QString svg = svgText(render::TimelineImage::svg(exchange::PrintSheet::of(s.value()), 1600));
        QVERIFY(svg.contains(QStringLiteral("Chip makers")));
        QVERIFY(!svg.contains(QStringLiteral("United States government")));
        QVERIFY(storage::LaneStore(*m_db).save({}));
        QCOMPARE(annotation::TimelineSelection::savedActorLanes(*m_db).titles(),
                 timeline::LaneSet::defaultActorLanes().titles());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    annotation::TimelineSelection m_selection;
};

QTEST_MAIN(TestTimelinePrint)
#include "tst_timelineprint.moc"
