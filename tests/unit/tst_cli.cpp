// Drives the real chipline binary headless: import, export, search, set-date, errors.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run chipline(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CHIPLINE_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const char kDump[] =
    "엔비디아는 지난 9일 미 상무부로부터 H20을 중국에 수출하려면 허가를 받아야 한다는 통보를 받았다고 밝혔다.\n"
    "김하늘기자 2025.04.16 09:30:322024년 화웨이는 신형 AI 칩 어센드 910C를 공개했다...\n"
    "뉴욕=이서준기자 2025.04.17 10:00:00";

const char kWire[] =
    "Nvidia weighs China options after new export rules\n"
    "April 15, 2025 13:46 UTC\n\n"
    "WASHINGTON, April 15 (Reuters) - Nvidia said on Tuesday that the Commerce Department now requires "
    "a license to ship H20 chips to China.\n\nReporting by Alex Morgan\n";

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("c.db"));
        write(m_dir->filePath(QStringLiteral("in/dump/results-1.txt")), kDump);
        write(m_dir->filePath(QStringLiteral("in/wire/story.txt")), kWire);
    }

    void help()
    {
        const Run r = chipline({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char *cmd : {"import", "export", "search", "set-date"})
            QVERIFY2(r.out.contains(QLatin1StringView(cmd)), cmd);
        const Run i = chipline({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(i.status, 0);
        QVERIFY(i.out.contains(QStringLiteral("--layout")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--nope")};
        QTest::newRow("unknown layout") << QStringList{QStringLiteral("import"), QStringLiteral("--layout"),
                                                       QStringLiteral("pdf"), QStringLiteral("x")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("--limit"),
                                                  QStringLiteral("x"), QStringLiteral("a")};
        QTest::newRow("impossible date") << QStringList{QStringLiteral("set-date"), QStringLiteral("1"),
                                                        QStringLiteral("2025-02-30")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = chipline(args + QStringList{QStringLiteral("--db"), m_db});
        QCOMPARE(r.status, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void importExportRoundTrip()
    {
        const Run imp =
            chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("in"))});
        QCOMPARE(imp.status, 0);
        QVERIFY2(imp.out.contains(QStringLiteral("articles added: 3")), qPrintable(imp.out + imp.err));
        QVERIFY(imp.out.contains(QStringLiteral("files failed: 0")));

        const QString out = m_dir->filePath(QStringLiteral("export.jsonl"));
        QCOMPARE(
            chipline({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out}).status, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QStringList keys = {
            QStringLiteral("id"),        QStringLiteral("source_file"), QStringLiteral("source_index"),
            QStringLiteral("layout"),    QStringLiteral("outlet"),      QStringLiteral("title"),
            QStringLiteral("published"), QStringLiteral("reporter"),    QStringLiteral("dateline"),
            QStringLiteral("language"),  QStringLiteral("body"),        QStringLiteral("mentions"),
            QStringLiteral("dates"),     QStringLiteral("events")};
        QHash<QString, QJsonObject> byBody;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QStringList got = o.keys();
            QStringList want = keys;
            got.sort();
            want.sort();
            QCOMPARE(got, want);
            byBody.insert(o.value(QStringLiteral("body")).toString().left(4), o);
        }
        const QJsonObject second = byBody.value(QStringLiteral("2024"));
        QCOMPARE(second.value(QStringLiteral("source_index")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("published")).toString(), QStringLiteral("2025-04-17T10:00:00"));
        QCOMPARE(second.value(QStringLiteral("reporter")).toString(), QStringLiteral("이서준"));
        QCOMPARE(second.value(QStringLiteral("dateline")).toString(), QStringLiteral("뉴욕"));
        QVERIFY(second.value(QStringLiteral("body")).toString().endsWith(QStringLiteral("...")));
        QVERIFY(second.value(QStringLiteral("source_file")).toString().endsWith(QStringLiteral("dump/results-1.txt")));
        const QJsonObject wire = byBody.value(QStringLiteral("Nvid"));
        QCOMPARE(wire.value(QStringLiteral("layout")).toString(), QStringLiteral("wire"));
        QCOMPARE(wire.value(QStringLiteral("published")).toString(), QStringLiteral("2025-04-15T13:46:00"));
        QCOMPARE(wire.value(QStringLiteral("reporter")).toString(), QStringLiteral("Alex Morgan"));
        QCOMPARE(wire.value(QStringLiteral("language")).toString(), QStringLiteral("en"));

        // Importing again changes nothing.
        const Run again =
            chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("in"))});
        QCOMPARE(again.status, 0);
        QVERIFY(again.out.contains(QStringLiteral("articles added: 0")));
        QVERIFY(again.out.contains(QStringLiteral("files unchanged: 2")));
    }

    void badFilesFailAloneAndNameThemselves()
    {
        QCOMPARE(
            chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("in"))})
                .status,
            0);
        const QString empty = m_dir->filePath(QStringLiteral("bad/empty.txt"));
        const QString binary = m_dir->filePath(QStringLiteral("bad/image.txt"));
        write(empty, QByteArray());
        write(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 16) + QByteArray(200, '\0'));
        write(m_dir->filePath(QStringLiteral("bad/good.txt")),
              "중국 상무부 발표\n중국 상무부는 희토류 수출 통제를 강화한다고 밝혔다.\n");
        const Run r =
            chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("bad")),
                      m_dir->filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(empty), qPrintable(r.err));
        QVERIFY(r.err.contains(binary));
        QVERIFY(r.err.contains(m_dir->filePath(QStringLiteral("missing.txt"))));
        QVERIFY(r.out.contains(QStringLiteral("articles added: 1")));
        QVERIFY(r.out.contains(QStringLiteral("files failed: 3")));
        // What was stored before is still there.
        const Run s = chipline({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("화웨이")});
        QCOMPARE(s.status, 0);
        QVERIFY(s.out.contains(QStringLiteral("[화웨이]")));
    }

    void searchAndSetDate()
    {
        QCOMPARE(
            chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("in"))})
                .status,
            0);
        const Run s = chipline({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("중국")});
        QCOMPARE(s.status, 0);
        QCOMPARE(s.out.count(u'\n'), 2); // one article: a line and its snippet
        const qint64 id = s.out.section(u'\t', 0, 0).toLongLong();
        QVERIFY(id > 0);
        const Run d = chipline({QStringLiteral("set-date"), QStringLiteral("--db"), m_db, QString::number(id),
                                QStringLiteral("2025-05-01")});
        QCOMPARE(d.status, 0);
        const Run s2 = chipline({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("중국")});
        QVERIFY2(s2.out.contains(QStringLiteral("2025-05-01")), qPrintable(s2.out));
        QCOMPARE(chipline({QStringLiteral("set-date"), QStringLiteral("--db"), m_db, QStringLiteral("999"),
                           QStringLiteral("2025-05-01")})
                     .status,
                 1);
    }

    void recognitionCommands()
    {
        QCOMPARE(
            chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("in"))})
                .status,
            0);
        const Run entities = chipline({QStringLiteral("entities"), QStringLiteral("--db"), m_db,
                                       QStringLiteral("--type"), QStringLiteral("chip")});
        QCOMPARE(entities.status, 0);
        QVERIFY2(entities.out.contains(QStringLiteral("H20\tCHIP\t2\t2")), qPrintable(entities.out));
        QVERIFY(!entities.out.contains(QStringLiteral("\tORG\t")));
        const Run events = chipline({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(events.status, 0);
        QVERIFY(events.out.startsWith(
            QStringLiteral("id,date,precision,category,title,actors,status,evidence,modality,dated_by\n")));
        QVERIFY2(events.out.contains(QStringLiteral(",2025-04-09,day,us-license-requirement,")),
                 qPrintable(events.out));
        const Run again = chipline({QStringLiteral("recognize"), QStringLiteral("--db"), m_db});
        QCOMPARE(again.status, 0);
        QVERIFY(again.out.contains(QStringLiteral("articles: 3")));
        const Run after = chipline({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        // Re-extraction may renumber candidates; everything else stays the same.
        const auto withoutIds = [](const QString &csv) {
            QStringList lines = csv.split(u'\n');
            for (QString &line : lines)
                line = line.section(u',', 1);
            return lines;
        };
        QCOMPARE(withoutIds(after.out), withoutIds(events.out));
        QCOMPARE(after.out.count(u'\n'), events.out.count(u'\n'));
        QCOMPARE(chipline({QStringLiteral("events"), QStringLiteral("frob"), QStringLiteral("--db"), m_db}).status, 2);
    }

    void tagWithoutDatabase()
    {
        const QString file = m_dir->filePath(QStringLiteral("tag.txt"));
        write(file, "엔비디아는 지난 9일 H20을 중국에 수출하려면 허가를 받아야 한다고 밝혔다.");
        const Run r = chipline({QStringLiteral("tag"), QStringLiteral("--date"), QStringLiteral("2025-04-16"), file});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray mentions = o.value(QStringLiteral("mentions")).toArray();
        QCOMPARE(mentions.size(), 3);
        QCOMPARE(mentions[0].toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("Nvidia"));
        QCOMPARE(mentions[0].toObject().value(QStringLiteral("end")).toInt(), 4);
        const QJsonArray dates = o.value(QStringLiteral("dates")).toArray();
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2025-04-09"));
        const Run s = chipline(
            {QStringLiteral("tag"), QStringLiteral("--summary"), file, m_dir->filePath(QStringLiteral("nope.txt"))});
        QCOMPARE(s.status, 1);
        QVERIFY(s.out.contains(QStringLiteral("\"mentions\":3")));
        QVERIFY(s.err.contains(QStringLiteral("nope.txt")));
    }

    // --summary counts what the recognizers find without the analyzer's records; its counts
    // must be those of the full output, type by type, with and without a reference date.
    void tagSummaryAgreesWithFullOutput()
    {
        const QString file = m_dir->filePath(QStringLiteral("tag-summary.txt"));
        write(
            file,
            "엔비디아는 지난 9일 H20을 중국에 수출하려면 허가를 받아야 한다고 밝혔다. 이날 화웨이는 어센드 910C를 "
            "공개했다.\n"
            "파이낸셜타임스(FT)에 따르면 미국 상무부는 2025년 3월 엔비디아와 AMD에 통보했다. FT는 전날 이를 보도했다.\n"
            "김민수 대표는 지난달 딥시크 R1을 언급했다. <리사 수 / AMD CEO> 오는 금요일 발표합니다.\n"
            "Nvidia said on April 9 that TSMC and Samsung would ship the B30A next year.\n");
        for (const QStringList &dateArgs :
             {QStringList(), QStringList{QStringLiteral("--date"), QStringLiteral("2025-04-16")}}) {
            const Run full = chipline(QStringList{QStringLiteral("tag")} + dateArgs + QStringList{file});
            const Run summary = chipline(QStringList{QStringLiteral("tag"), QStringLiteral("--summary")} + dateArgs
                                         + QStringList{file});
            QCOMPARE(full.status, 0);
            QCOMPARE(summary.status, 0);
            const QJsonObject f = QJsonDocument::fromJson(full.out.toUtf8()).object();
            const QJsonObject s = QJsonDocument::fromJson(summary.out.toUtf8()).object();
            const QJsonArray mentions = f.value(QStringLiteral("mentions")).toArray();
            QVERIFY(mentions.size() >= 10);
            QSet<QString> entities;
            QMap<QString, int> types;
            for (const auto &m : mentions) {
                entities.insert(m.toObject().value(QStringLiteral("entity")).toString());
                ++types[m.toObject().value(QStringLiteral("type")).toString()];
            }
            const QJsonArray dates = f.value(QStringLiteral("dates")).toArray();
            const auto resolved = std::count_if(dates.begin(), dates.end(), [](const QJsonValue &d) {
                return !d.toObject().value(QStringLiteral("value")).toString().isEmpty();
            });
            QCOMPARE(s.value(QStringLiteral("mentions")).toInt(), mentions.size());
            QCOMPARE(s.value(QStringLiteral("entities")).toInt(), entities.size());
            QCOMPARE(s.value(QStringLiteral("dates")).toInt(), dates.size());
            QCOMPARE(s.value(QStringLiteral("dates_resolved")).toInt(), int(resolved));
            QCOMPARE(s.value(QStringLiteral("chars")).toInt(), f.value(QStringLiteral("chars")).toInt());
            const QJsonObject summaryTypes = s.value(QStringLiteral("types")).toObject();
            QCOMPARE(summaryTypes.size(), types.size());
            for (auto it = types.cbegin(); it != types.cend(); ++it)
                QCOMPARE(summaryTypes.value(it.key()).toInt(), it.value());
        }
    }

    // A file of many blocks is tagged on several threads; the output must be what one pass
    // in order gives: every copy of a line found at its own offsets, in text order.
    void tagManyBlocksKeepsOrder()
    {
        const QString file = m_dir->filePath(QStringLiteral("tag-blocks.txt"));
        // Numbered lines: lines and blocks differ in length, so a block taken out of turn
        // moves every offset after it.
        const QString tail =
            QStringLiteral(" 엔비디아는 지난 9일 H20 수출 허가를 받았다고 밝혔다. 화웨이는 어센드 910C를 공개했다.\n");
        const int copies = 24000; // 1.4 million units: twenty 64K-unit blocks, more than are queued
        QString text;
        QList<int> dateStarts;
        const int inLine = int(tail.indexOf(QStringLiteral("지난 9일")));
        for (int i = 0; i < copies; ++i) {
            const QString number = QString::number(i);
            dateStarts.append(int(text.size() + number.size()) + inLine);
            text += number + tail;
        }
        write(file, text.toUtf8());
        const Run first =
            chipline({QStringLiteral("tag"), QStringLiteral("--date"), QStringLiteral("2025-04-16"), file});
        QCOMPARE(first.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(first.out.toUtf8()).object();
        const QJsonArray mentions = o.value(QStringLiteral("mentions")).toArray();
        const QJsonArray dates = o.value(QStringLiteral("dates")).toArray();
        QCOMPARE(dates.size(), copies);
        for (int i = 0; i < copies; ++i) {
            QCOMPARE(dates[i].toObject().value(QStringLiteral("start")).toInt(), dateStarts[i]);
            QCOMPARE(dates[i].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2025-04-09"));
        }
        QCOMPARE(mentions.size() % copies, 0);
        const qsizetype perLine = mentions.size() / copies;
        QVERIFY(perLine >= 3);
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            const QJsonObject m = mentions[i].toObject();
            const QJsonObject same = mentions[i % perLine].toObject();
            const int line = int(i / perLine);
            QCOMPARE(m.value(QStringLiteral("start")).toInt() - dateStarts[line],
                     same.value(QStringLiteral("start")).toInt() - dateStarts[0]);
            QCOMPARE(m.value(QStringLiteral("entity")).toString(), same.value(QStringLiteral("entity")).toString());
        }
        const Run summary = chipline({QStringLiteral("tag"), QStringLiteral("--summary"), file});
        QVERIFY2(summary.out.contains(QStringLiteral("\"mentions\":%1").arg(mentions.size())), qPrintable(summary.out));
    }

    // "A씨" and "김 의원" are someone else in each article: no new name, one entity per article.
    void anonymousPersonsAreNoNewNames()
    {
        write(m_dir->filePath(QStringLiteral("anon/a.txt")), "A씨는 17일 경찰에 출석했다. 김 의원은 입장을 냈다.\n");
        write(m_dir->filePath(QStringLiteral("anon/b.txt")), "A씨는 18일 법원에 나왔다. 김 의원은 말을 아꼈다.\n");
        QCOMPARE(
            chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir->filePath(QStringLiteral("anon"))})
                .status,
            0);
        const Run names = chipline({QStringLiteral("names"), QStringLiteral("--db"), m_db});
        QCOMPARE(names.status, 0);
        QCOMPARE(names.out, QStringLiteral("name\ttype\tarticles\tmentions\tcontext\n"));
        const Run entities = chipline({QStringLiteral("entities"), QStringLiteral("--db"), m_db});
        QVERIFY2(entities.out.count(QStringLiteral("PERSON\t1\t1")) == 4, qPrintable(entities.out));
        QVERIFY2(!entities.out.contains(QStringLiteral("PERSON\t2\t2")), qPrintable(entities.out));
    }

    // chipline names: list, accept (as another type), alias, reject; decisions survive recognize.
    void namesCommand()
    {
        write(m_dir->filePath(QStringLiteral("names/a.txt")),
              "왕리펑 대변인은 17일 수출통제를 비판했다. 한결증권의 박서윤 연구원은 영향이 제한적이라고 봤다.\n");
        write(m_dir->filePath(QStringLiteral("names/b.txt")),
              "한결증권은 18일 보고서를 냈다. 왕리펑 대변인도 입장을 냈다. 최다온 애널리스트는 말을 아꼈다.\n");
        const QString db = m_db;
        const auto names = [&db](QStringList args) {
            args.prepend(db);
            args.prepend(QStringLiteral("--db"));
            args.prepend(QStringLiteral("names"));
            return chipline(args);
        };
        QCOMPARE(
            chipline({QStringLiteral("import"), QStringLiteral("--db"), db, m_dir->filePath(QStringLiteral("names"))})
                .status,
            0);
        const Run listed = names({});
        QCOMPARE(listed.status, 0);
        QVERIFY2(listed.out.startsWith(QStringLiteral("name\ttype\tarticles\tmentions\tcontext\n")),
                 qPrintable(listed.out));
        QVERIFY2(listed.out.contains(QStringLiteral("왕리펑\tPERSON\t2\t2\t")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QStringLiteral("[한결증권]")));
        const Run often = names(
            {QStringLiteral("--min-count"), QStringLiteral("2"), QStringLiteral("--type"), QStringLiteral("org")});
        QCOMPARE(often.out.count(u'\n'), 2);
        QVERIFY(often.out.contains(QStringLiteral("한결증권\tORG\t2")));

        QCOMPARE(names({QStringLiteral("accept"), QStringLiteral("한결증권"), QStringLiteral("--as"),
                        QStringLiteral("MEDIA")})
                     .status,
                 0);
        QCOMPARE(names({QStringLiteral("reject"), QStringLiteral("박서윤")}).status, 0);
        QCOMPARE(names({QStringLiteral("alias"), QStringLiteral("왕리펑"), QStringLiteral("--to"),
                        QStringLiteral("Wang Lifeng"), QStringLiteral("--as"), QStringLiteral("PERSON")})
                     .status,
                 0);
        const Run unknown = names({QStringLiteral("accept"), QStringLiteral("박서윤")});
        QCOMPARE(unknown.status, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("\"박서윤\" is not a new name")), qPrintable(unknown.err));
        QCOMPARE(names({QStringLiteral("frob"), QStringLiteral("x")}).status, 2);
        QCOMPARE(names({QStringLiteral("alias"), QStringLiteral("최다온")}).status, 2); // no --to
        QCOMPARE(names({QStringLiteral("--type"), QStringLiteral("NOPE")}).status, 2);

        QCOMPARE(chipline({QStringLiteral("recognize"), QStringLiteral("--db"), db}).status, 0);
        const Run after = names({});
        QCOMPARE(after.out.count(u'\n'), 2); // the header and 최다온
        QVERIFY(after.out.contains(QStringLiteral("최다온\tPERSON")));
        const Run entities = chipline({QStringLiteral("entities"), QStringLiteral("--db"), db});
        QVERIFY2(entities.out.contains(QStringLiteral("한결증권\tMEDIA\t2\t2")), qPrintable(entities.out));
        QVERIFY(entities.out.contains(QStringLiteral("Wang Lifeng\tPERSON\t2\t2")));
        // Export tells how each mention was found, and with what confidence.
        const QString out = m_dir->filePath(QStringLiteral("names.jsonl"));
        QCOMPARE(chipline({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}).status,
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(exported.contains(
            R"("text":"최다온","entity":"최다온","type":"PERSON","origin":"pattern","confidence":0.)"));
        QVERIFY(exported.contains(
            R"("text":"한결증권","entity":"한결증권","type":"MEDIA","origin":"gazetteer","confidence":1,)"));
        QVERIFY(exported.contains(R"("text":"박서윤","entity":"박서윤","type":"PERSON","origin":"pattern")"));
        QVERIFY(exported.contains(R"("status":"rejected")"));
    }

    // The generated corpus with truth: every article found, no duplicate stored, metadata exact.
    void generatedCorpusScores()
    {
        const QString shared = QStringLiteral(CHIPLINE_SHARED_DIR);
        if (!QFile::exists(shared + QStringLiteral("/corpus/gen_corpus.py")))
            QSKIP("../shared/corpus is not beside this checkout");
        const QString corpus = m_dir->filePath(QStringLiteral("corpus"));
        QProcess gen;
        gen.start(QStringLiteral("python3"),
                  {shared + QStringLiteral("/corpus/gen_corpus.py"), QStringLiteral("--out"), corpus,
                   QStringLiteral("--articles"), QStringLiteral("600"), QStringLiteral("--seed"),
                   QStringLiteral("11")});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        // The folder also holds truth.jsonl, which is data, not an article: reported, not stored.
        const Run imp = chipline({QStringLiteral("import"), QStringLiteral("--db"), m_db, corpus});
        QCOMPARE(imp.status, 1);
        QVERIFY2(imp.err.contains(QStringLiteral("truth.jsonl: JSON data")), qPrintable(imp.err));
        QVERIFY(imp.out.contains(QStringLiteral("files failed: 1")));
        const QString out = m_dir->filePath(QStringLiteral("export.jsonl"));
        QCOMPARE(
            chipline({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out}).status, 0);
        QProcess score;
        score.start(QStringLiteral("python3"),
                    {shared + QStringLiteral("/corpus/score.py"), QStringLiteral("--truth"),
                     corpus + QStringLiteral("/truth.jsonl"), QStringLiteral("--export"), out,
                     QStringLiteral("--json")});
        QVERIFY(score.waitForFinished(60000));
        const QJsonObject figures = QJsonDocument::fromJson(score.readAllStandardOutput()).object();
        const QStringList articles = figures.value(QStringLiteral("articles")).toString().split(u'/');
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles[0], articles[1]);
        QCOMPARE(figures.value(QStringLiteral("duplicates_stored")).toInt(), 0);
        QCOMPARE(figures.value(QStringLiteral("articles_unmatched")).toInt(), 0);
        QCOMPARE(figures.value(QStringLiteral("metadata")).toDouble(), 1.0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
