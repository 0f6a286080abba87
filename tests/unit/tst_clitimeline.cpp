// Drives the real chipline binary for `events import` (a chronology in as confirmed events)
// and `timeline` (the same events out as PDF, SVG, PNG, CSV and TimelineJS), with their
// usage errors, as an analyst would from a shell.
#include "annotation/timelineservice.h"
#include "storage/database.h"
#include "storage/timelinequery.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runChipline(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CHIPLINE_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString(), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A chronology written for these tests: two events per year and category mix, one with a
// new actor, one row per kind of error.
const char kChronology[] = "\xEF\xBB\xBF" // a spreadsheet's byte-order mark
                           "date,precision,category,title,actors,source,notes\r\n"
                           "2024-10-07,day,us-export-rule,가상 규칙 A 발표,미 상무부,https://example.org/a,\r\n"
                           "2025-01-15,day,entity-list,\"Firm X, added to the list\",미 "
                           "상무부;엔비디아,https://example.org/b,\"note, with comma\"\r\n"
                           "2025-03,,china-countermeasure,대응 조치 B,중국 상무부,,\r\n"
                           "2025,year,product-launch,신제품 C 출시,가상칩스튜디오,,\r\n";

const char kBadRows[] = "date,title,category\n"
                        "2025-02-30,없는 날,market\n"
                        "2025-04,틀린 분류,no-such-category\n"
                        ",제목만,market\n"
                        "2025-05-01,,market\n"
                        "2025-06-01,맞는 행,market\n";

} // namespace

class TestCliTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("t.db"));
        QVERIFY(write(m_dir->filePath(QStringLiteral("chronology.csv")), kChronology));
    }

    void importsAChronology()
    {
        const Run r = runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                   m_dir->filePath(QStringLiteral("chronology.csv"))});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("imported 4 events")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("new entities: ")));
        QVERIFY2(r.out.contains(QStringLiteral("가상칩스튜디오")), qPrintable(r.out)); // unknown actor created
        QVERIFY(r.err.isEmpty());

        // The same file again: nothing new, said so.
        const Run again = runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                       m_dir->filePath(QStringLiteral("chronology.csv"))});
        QCOMPARE(again.status, 0);
        QVERIFY2(again.out.contains(QStringLiteral("imported 0 events, 4 already present")), qPrintable(again.out));
        QVERIFY(!again.out.contains(QStringLiteral("new entities")));
    }

    void badRowsAreNamedAndLeftOut()
    {
        const QString csv = m_dir->filePath(QStringLiteral("bad.csv"));
        QVERIFY(write(csv, kBadRows));
        const Run r =
            runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db, csv});
        QCOMPARE(r.status, 1); // some rows were left out
        QVERIFY2(r.out.contains(QStringLiteral("imported 1 events")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("4 rows with errors left out")));
        QVERIFY2(r.err.contains(QStringLiteral("line 2: \"2025-02-30\" is not a date")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("line 3: unknown category \"no-such-category\"")));
        QVERIFY(r.err.contains(QStringLiteral("line 4: \"\" is not a date")));
        QVERIFY(r.err.contains(QStringLiteral("line 5: the title is empty")));
        QCOMPARE(r.err.count(u'\n'), 4);
    }

    void importErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file"); // written to in.csv when not empty
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList() << QByteArray() << 2 << QStringLiteral("expected one CSV file");
        QTest::newRow("two files") << QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")} << QByteArray() << 2
                                   << QStringLiteral("expected one CSV file");
        QTest::newRow("missing file") << QStringList{QStringLiteral("@/nope.csv")} << QByteArray() << 1
                                      << QStringLiteral("cannot read");
        QTest::newRow("empty file") << QStringList{QStringLiteral("@/in.csv")} << QByteArray("\n") << 1
                                    << QStringLiteral("the file is empty");
        QTest::newRow("no title column") << QStringList{QStringLiteral("@/in.csv")}
                                         << QByteArray("date,notes\n2025,x\n") << 1
                                         << QStringLiteral(
                                                "line 1: the header must name at least the columns date and title");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("x.csv")}
                                        << QByteArray() << 2 << QStringLiteral("frobnicate");
    }
    void importErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(int, status);
        QFETCH(QString, message);
        if (!file.isEmpty())
            QVERIFY(write(m_dir->filePath(QStringLiteral("in.csv")), file));
        for (QString &a : args)
            a.replace(QStringLiteral("@"), m_dir->path());
        const Run r = runChipline(
            QStringList{QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void timelineWritesEveryFormat()
    {
        QCOMPARE(runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                              m_dir->filePath(QStringLiteral("chronology.csv"))})
                     .status,
                 0);
        const QString pdf = m_dir->filePath(QStringLiteral("out.pdf"));
        const QString svg = m_dir->filePath(QStringLiteral("out.svg"));
        const QString png = m_dir->filePath(QStringLiteral("out.png"));
        const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
        const QString tjs = m_dir->filePath(QStringLiteral("out.json"));
        const Run r =
            runChipline({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"), pdf,
                         QStringLiteral("--svg"), svg, QStringLiteral("--png"), png, QStringLiteral("--csv"), csv,
                         QStringLiteral("--timelinejs"), tjs, QStringLiteral("--width"), QStringLiteral("900"),
                         QStringLiteral("--title"), QStringLiteral("시험 연표")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(pdf + QStringLiteral(": 4 events on ")), qPrintable(r.out));
        QVERIFY(read(pdf).startsWith("%PDF-"));
        // The SVG: well-formed, 900 pixels wide, titled, every event's title a text element.
        QXmlStreamReader xml(read(svg));
        QString width, viewBox, title;
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"svg") {
                width = xml.attributes().value(QLatin1StringView("width")).toString();
                viewBox = xml.attributes().value(QLatin1StringView("viewBox")).toString();
            } else if (xml.name() == u"title" && title.isEmpty())
                title = xml.readElementText();
            else if (xml.name() == u"text")
                texts.append(xml.readElementText());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(width, QStringLiteral("900"));
        QVERIFY2(viewBox.startsWith(QStringLiteral("0 0 900 ")), qPrintable(viewBox));
        QCOMPARE(title, QStringLiteral("시험 연표"));
        for (const QString &event : {QStringLiteral("가상 규칙 A 발표"), QStringLiteral("Firm X, added to the list"),
                                     QStringLiteral("대응 조치 B"), QStringLiteral("신제품 C 출시")})
            QVERIFY2(texts.contains(event), qPrintable(event + u'\n' + texts.join(u'|')));
        const QImage image(png);
        QCOMPARE(image.width(), 900);
        QVERIFY(image.height() > 50);

        // The CSV written is a chronology again: the four rows, quoting kept.
        const QString written = QString::fromUtf8(read(csv));
        QVERIFY(written.startsWith(QStringLiteral("date,precision,category,title,actors,source,notes")));
        QVERIFY(written.contains(QStringLiteral("2025-01-15,day,entity-list,\"Firm X, added to the list\"")));
        QVERIFY(written.contains(QStringLiteral("2025-03,month,china-countermeasure,대응 조치 B")));
        QCOMPARE(written.trimmed().count(u'\n'), 4);

        const QJsonObject timeline = QJsonDocument::fromJson(read(tjs)).object();
        QCOMPARE(timeline.value(QStringLiteral("events")).toArray().size(), 4);
        QVERIFY(QString::fromUtf8(read(tjs)).contains(QStringLiteral("시험 연표")));
    }

    // --lang picks the catalogue the pages and images are rendered with: Korean headings,
    // lanes and categories with ko, English ones otherwise (the default).
    void timelineLanguage_data()
    {
        QTest::addColumn<QStringList>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        const QStringList english = {QStringLiteral("US–China AI-chip export controls: timeline"),
                                     QStringLiteral("Events and sources"), QStringLiteral("Entity List"),
                                     QStringLiteral("Lanes: by category")};
        const QStringList korean = {QStringLiteral("미·중 AI 반도체 수출통제 연표"), QStringLiteral("사건과 출처"),
                                    QStringLiteral("거래제한 명단"), QStringLiteral("레인: 분류")};
        QTest::newRow("default") << QStringList() << english << korean;
        QTest::newRow("en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << english << korean;
        QTest::newRow("ko") << QStringList{QStringLiteral("--lang"), QStringLiteral("ko")} << korean << english;
    }

    void timelineLanguage()
    {
        QFETCH(QStringList, lang);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QCOMPARE(runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                              m_dir->filePath(QStringLiteral("chronology.csv"))})
                     .status,
                 0);
        const QString pdf = m_dir->filePath(QStringLiteral("out.pdf"));
        const QString svg = m_dir->filePath(QStringLiteral("out.svg"));
        const Run r = runChipline(QStringList{QStringLiteral("timeline"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--pdf"), pdf, QStringLiteral("--svg"), svg,
                                              QStringLiteral("--lanes"), QStringLiteral("category")}
                                  + lang);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QString printed = QString::fromUtf8(text.readAllStandardOutput());
        printed.remove(QRegularExpression(QStringLiteral("\\s+")));
        for (QString words : expected)
            QVERIFY2(printed.contains(words.remove(u' ')), qPrintable(words));
        for (QString words : absent)
            QVERIFY2(!printed.contains(words.remove(u' ')), qPrintable(words));
        // The image's lanes speak the same language as the pages.
        QVERIFY(QString::fromUtf8(read(svg)).contains(expected[2]));
    }

    void timelineSelects()
    {
        QCOMPARE(runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                              m_dir->filePath(QStringLiteral("chronology.csv"))})
                     .status,
                 0);
        const auto rows = [this](const QStringList &filter) -> QString {
            const QString csv = m_dir->filePath(QStringLiteral("sel.csv"));
            QFile::remove(csv);
            const Run r = runChipline(
                QStringList{QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"), csv}
                + filter);
            if (r.status != 0)
                return QStringLiteral("error: ") + r.err;
            QStringList titles;
            const QList<QByteArray> lines = read(csv).trimmed().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i)
                titles.append(QString::fromUtf8(lines[i]).section(u',', 0, 0));
            return titles.join(u' ');
        };
        // By the first day each date covers: the year 2025 before its days and months.
        QCOMPARE(rows({}), QStringLiteral("2024-10-07 2025 2025-01-15 2025-03"));
        QCOMPARE(rows({QStringLiteral("--from"), QStringLiteral("2025-01-01")}),
                 QStringLiteral("2025 2025-01-15 2025-03"));
        QCOMPARE(rows({QStringLiteral("--to"), QStringLiteral("2024-12-31")}), QStringLiteral("2024-10-07"));
        QCOMPARE(rows({QStringLiteral("--category"), QStringLiteral("entity-list")}), QStringLiteral("2025-01-15"));
        QCOMPARE(rows({QStringLiteral("--status"), QStringLiteral("candidate")}),
                 QString()); // imported rows are confirmed
        QCOMPARE(rows({QStringLiteral("--status"), QStringLiteral("confirmed"), QStringLiteral("--lanes"),
                       QStringLiteral("category")}),
                 QStringLiteral("2024-10-07 2025 2025-01-15 2025-03"));
    }

    // "all" is every status: a rejected event too, named so in the CSV and the printout;
    // without --status, confirmed and candidate events only.
    void statusAllIncludesRejected()
    {
        QCOMPARE(runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                              m_dir->filePath(QStringLiteral("chronology.csv"))})
                     .status,
                 0);
        {
            auto db = chipline::storage::Database::open(m_db);
            QVERIFY(db);
            auto events = chipline::storage::TimelineQuery(*db.value()).events({});
            QVERIFY(events && events->size() == 4);
            const qint64 id = std::find_if(events->cbegin(), events->cend(), [](const auto &e) {
                                  return e.date.value() == u"2025-03";
                              })->id;
            chipline::annotation::TimelineService service(*db.value());
            auto change = service.setStatus({id}, chipline::core::EventStatus::Rejected);
            QVERIFY(change);
            QVERIFY(service.apply(change.value(), true));
        }
        const auto csvOf = [this](const QStringList &filter) -> QStringList {
            const QString csv = m_dir->filePath(QStringLiteral("status.csv"));
            QFile::remove(csv);
            const Run r = runChipline(
                QStringList{QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"), csv}
                + filter);
            if (r.status != 0)
                return {QStringLiteral("error: ") + r.err};
            QStringList rows; // date and status
            const QList<QByteArray> lines = read(csv).trimmed().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QString line = QString::fromUtf8(lines[i]).trimmed();
                rows.append(line.section(u',', 0, 0) + u' ' + line.section(u',', -3, -3));
            }
            return rows;
        };
        const QStringList all = {QStringLiteral("2024-10-07 confirmed"), QStringLiteral("2025 confirmed"),
                                 QStringLiteral("2025-01-15 confirmed"), QStringLiteral("2025-03 rejected")};
        QCOMPARE(csvOf({QStringLiteral("--status"), QStringLiteral("all")}), all);
        QCOMPARE(csvOf({}), QStringList(all.mid(0, 3)));
        QCOMPARE(csvOf({QStringLiteral("--status"), QStringLiteral("rejected")}), QStringList{all.last()});

        // The printout names it rejected, in its list and its legend, and its filter "all".
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir->filePath(QStringLiteral("all.pdf"));
        const Run r = runChipline({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"),
                                   pdf, QStringLiteral("--status"), QStringLiteral("all")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QString printed = QString::fromUtf8(text.readAllStandardOutput());
        printed.remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(printed.contains(QStringLiteral("2025-03·Chinacountermeasure·rejected")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Status:all")));
        QCOMPARE(printed.count(QStringLiteral("rejected")), 2); // the list's line and the legend's chip
    }

    void timelineUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--csv");
        QTest::newRow("no output") << QStringList() << QStringLiteral("say what to write");
        QTest::newRow("bad from") << QStringList{out, QStringLiteral("x.csv"), QStringLiteral("--from"),
                                                 QStringLiteral("2025-02-30")}
                                  << QStringLiteral("\"2025-02-30\" is not a date");
        QTest::newRow("month as from") << QStringList{out, QStringLiteral("x.csv"), QStringLiteral("--from"),
                                                      QStringLiteral("2025-02")}
                                       << QStringLiteral("is not a date");
        QTest::newRow("bad status") << QStringList{out, QStringLiteral("x.csv"), QStringLiteral("--status"),
                                                   QStringLiteral("dismissed")}
                                    << QStringLiteral("--status is confirmed, candidate, rejected or all");
        QTest::newRow("bad lanes") << QStringList{out, QStringLiteral("x.csv"), QStringLiteral("--lanes"),
                                                  QStringLiteral("country")}
                                   << QStringLiteral("--lanes is actor or category");
        QTest::newRow("bad page") << QStringList{out, QStringLiteral("x.csv"), QStringLiteral("--page"),
                                                 QStringLiteral("B5")}
                                  << QStringLiteral("--page is A4, A3 or Letter");
        QTest::newRow("stray argument") << QStringList{out, QStringLiteral("x.csv"), QStringLiteral("extra")}
                                        << QStringLiteral("unexpected argument \"extra\"");
        QTest::newRow("missing lanes file") << QStringList{out, QStringLiteral("x.csv"), QStringLiteral("--lanes-file"),
                                                           QStringLiteral("/nonexistent/lanes.txt")}
                                            << QStringLiteral("cannot read /nonexistent/lanes.txt");
    }
    void timelineUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runChipline(QStringList{QStringLiteral("timeline"), QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.csv")));
    }

    // An export never replaces a database file; the other outputs are still written.
    void timelineRefusesToOverwriteADatabase()
    {
        QCOMPARE(runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                              m_dir->filePath(QStringLiteral("chronology.csv"))})
                     .status,
                 0);
        const QByteArray before = read(m_db);
        const QString csv = m_dir->filePath(QStringLiteral("ok.csv"));
        const Run r = runChipline({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--svg"),
                                   m_db, QStringLiteral("--csv"), csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not written")), qPrintable(r.err));
        QCOMPARE(read(m_db), before);
        QVERIFY(QFile::exists(csv));
        // And a PDF named like a database is refused before anything is printed.
        const Run pdf = runChipline({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"),
                                     m_dir->filePath(QStringLiteral("t.db-wal"))});
        QCOMPARE(pdf.status, 1);
        QVERIFY(pdf.out.isEmpty());
    }

    void noEventsPrintsAnEmptyChronology()
    {
        const QString header = m_dir->filePath(QStringLiteral("header.csv"));
        QVERIFY(write(header, "date,precision,category,title,actors,source,notes\n"));
        const Run imported =
            runChipline({QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), m_db, header});
        QCOMPARE(imported.status, 0);
        QCOMPARE(imported.out, QStringLiteral("imported 0 events\n"));
        const QString csv = m_dir->filePath(QStringLiteral("empty.csv"));
        const Run r =
            runChipline({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"), csv});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(read(csv).trimmed(),
                 QByteArray("date,precision,category,title,actors,source,notes,status,modality,dated_by"));
    }

    // The timeline only reads: a database that is not there is an error, not a new file.
    void missingDatabaseIsAnError()
    {
        const QString csv = m_dir->filePath(QStringLiteral("never.csv"));
        const Run r =
            runChipline({QStringLiteral("timeline"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"), csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(m_db + QStringLiteral(": cannot open database")), qPrintable(r.err));
        QVERIFY(!QFile::exists(csv));
        QVERIFY(!QFile::exists(m_db));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_clitimeline.moc"
