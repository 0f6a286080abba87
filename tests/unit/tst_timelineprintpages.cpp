// Issue 18, the printed timeline as a reader meets it: sparse early years share a page
// instead of one page an event, citations name the file and not the analyst's folders,
// and the PDF's text has no ligature glyphs, so that searching for "final" finds it.
#include "exchange/eventcsv.h"
#include "exchange/eventcsvimporter.h"
#include "exchange/printsheet.h"
#include "render/timelinedocument.h"
#include "storage/database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chipline;

class TestTimelinePrintPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sparseYearsShareAPage();
    void citationsAndSearchableText();

private:
    QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    annotation::TimelineSelection m_selection;
    QString m_pdf;
    int m_pages = 0;
};

void TestTimelinePrintPages::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("p.db")));
    QVERIFY(db);
    m_db = std::move(db.value());
    QList<exchange::CsvEvent> rows;
    const auto add = [&rows](const QString &date, const QString &title) {
        exchange::CsvEvent e;
        e.date = date;
        e.precision = QStringLiteral("day");
        e.category = QStringLiteral("us-export-rule");
        e.title = title;
        e.actors = {QStringLiteral("BIS")};
        rows.append(e);
    };
    // Two events in early years, then a busy one: the paginator's equal spans gave each
    // early event a page of its own.
    add(QStringLiteral("2019-02-11"), QStringLiteral("Early warning"));
    add(QStringLiteral("2020-09-03"), QStringLiteral("Second warning"));
    for (int i = 0; i < 60; ++i)
        add(QDate(2025, 1, 6).addDays(i * 5).toString(Qt::ISODate),
            QStringLiteral("Official final rule %1").arg(i + 1));
    QVERIFY(exchange::EventCsvImporter::import(*m_db, rows));
    auto s = annotation::TimelineSelection::load(*m_db, {}, timeline::LaneSet::defaultActorLanes());
    QVERIFY(s);
    m_selection = std::move(s.value());
    QCOMPARE(m_selection.events.size(), 62);

    QHash<qint64, QList<storage::EvidencePassage>> evidence;
    for (const storage::TimelineEvent &e : std::as_const(m_selection.events)) {
        storage::EvidencePassage p;
        p.eventId = e.id;
        p.outlet = QStringLiteral("Meridian");
        p.reporter = QStringLiteral("Alex Morgan");
        p.published = QStringLiteral("2025-04-16 21:05");
        p.articleTitle = QStringLiteral("Nvidia flags charge");
        p.sourcePath = QStringLiteral("/home/analyst/private/wires/wire_h20_charge.txt");
        evidence[e.id].append(p);
    }
    m_pdf = m_dir.filePath(QStringLiteral("t.pdf"));
    auto pages = render::TimelineDocument::writePdf(m_pdf, exchange::PrintSheet::of(m_selection, evidence), {});
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    m_pages = pages.value();
}

QString TestTimelinePrintPages::pdfText(const QString &pdf, int firstPage, int lastPage)
{
    QStringList args;
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l") << QString::number(lastPage);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestTimelinePrintPages::sparseYearsShareAPage()
{
    // Both early events on the first page, with more than them.
    const QString first = pdfText(m_pdf, 1, 1);
    QVERIFY2(first.contains(QStringLiteral("Early warning")) && first.contains(QStringLiteral("Second warning")),
             qPrintable(first.left(600)));
    // No timeline page holds a single event.
    for (int page = 1; page <= m_pages; ++page) {
        const QString text = pdfText(m_pdf, page, page);
        if (text.contains(QStringLiteral("Events and sources")))
            break;
        const int labels = int(text.count(QRegularExpression(QStringLiteral("\\b\\d+\\. (Early|Second|Official)"))));
        QVERIFY2(labels != 1, qPrintable(QStringLiteral("page %1 holds one event").arg(page)));
    }
}

void TestTimelinePrintPages::citationsAndSearchableText()
{
    const QString text = pdfText(m_pdf);
    QVERIFY(text.contains(QStringLiteral("wire_h20_charge.txt")));
    QVERIFY2(!text.contains(QStringLiteral("/home/analyst")), "a citation prints the analyst's folders");
    QVERIFY(!text.contains(QStringLiteral("private/wires")));
    QVERIFY(text.contains(QStringLiteral("Meridian, Alex Morgan, 2025-04-16")));
    // Ligature glyphs (U+FB01 ﬁ and friends) make "final" unsearchable.
    QVERIFY2(!text.contains(QChar(0xFB01)) && !text.contains(QChar(0xFB03)), "ligature glyphs in the PDF text");
    QVERIFY(text.contains(QStringLiteral("Official final rule 1")));
}

QTEST_MAIN(TestTimelinePrintPages)
#include "tst_timelineprintpages.moc"
