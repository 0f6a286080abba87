#pragma once

// Shared by the reliability tests (issue 7): run the real chipline binary, write files,
// read a database without changing it.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace chipline::testing {

// Sanitizer builds (preset asan) run the program many times slower: there the largest
// inputs shrink by this factor, keeping their shape; every other build uses the full sizes.
#ifdef CHIPLINE_SANITIZED
inline constexpr int kSizeDivisor = 10;
#else
inline constexpr int kSizeDivisor = 1;
#endif

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

inline Run runChipline(const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    p.start(QStringLiteral(CHIPLINE_BINARY), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString(), QStringLiteral("timed out")};
    }
    const int status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return {status, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

// A read-only connection straight through SQLite: no migration, no indexing on open.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        if (m_db)
            sqlite3_busy_timeout(m_db, 10000);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_db != nullptr; }

    // Every row, columns joined by '\t'; an "ERROR: ..." row when the query fails.
    QStringList rows(const char *sql) const
    {
        QStringList out;
        sqlite3_stmt *st = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) {
            out.append(QStringLiteral("ERROR: ")
                       + (m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open")));
            return out;
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                cols.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i))));
            out.append(cols.join(u'\t'));
        }
        if (rc != SQLITE_DONE)
            out.append(QStringLiteral("ERROR: ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(st);
        return out;
    }

    QString value(const char *sql) const { return rows(sql).value(0); }
    qint64 count(const char *sql) const { return value(sql).toLongLong(); }

private:
    sqlite3 *m_db = nullptr;
};

// The search index beside a database (storage::SearchIndex): consistent, never ahead of
// the articles, and with complete every article indexed. Empty when all holds. An index
// not made yet for this database (a kill before the open that makes it) is fine unless
// complete is asked for.
inline QString searchIndexProblem(const QString &path, bool complete)
{
    const RawDb db(path);
    const RawDb index(path + QStringLiteral("-search"));
    const QString through = index.isOpen() ? index.value("SELECT indexed_through FROM search_state") : QString();
    // Not made yet: no file, an empty one, or one whose first write was cut short (both
    // rebuilt on open). Any other error (a malformed file) is a problem.
    const bool notMade = through.isEmpty() || through.contains(u"no such table") || through.contains(u"not a database");
    if (notMade)
        return complete ? QStringLiteral("no search index: ") + through : QString();
    if (through.startsWith(u"ERROR"))
        return QStringLiteral("search index: ") + through;
    // Another database's index (a file left from before) is rebuilt when this one opens.
    if (index.value("SELECT identity FROM search_state") != db.value("SELECT value FROM db_identity"))
        return complete ? QStringLiteral("the search index belongs to another database") : QString();
    if (index.value("PRAGMA integrity_check") != u"ok")
        return QStringLiteral("search index: ") + index.value("PRAGMA integrity_check");
    const qint64 docs = index.count("SELECT count(*) FROM doc");
    const qint64 want =
        db.count(QByteArray("SELECT count(*) FROM article WHERE id <= " + through.toUtf8()).constData());
    const qint64 last = db.count("SELECT coalesce(max(id), 0) FROM article");
    QStringList problems;
    if (index.count("SELECT coalesce(max(id), 0) FROM doc") > through.toLongLong())
        problems.append(QStringLiteral("rows past indexed_through"));
    if (through.toLongLong() > last)
        problems.append(QStringLiteral("indexed through %1, last article %2").arg(through).arg(last));
    if (docs != want)
        problems.append(QStringLiteral("%1 indexed rows for %2 articles").arg(docs).arg(want));
    for (const char *sql : {"SELECT count(*) FROM article_fts_docsize", "SELECT count(*) FROM article_words_docsize"})
        if (index.count(sql) != docs)
            problems.append(QString::fromLatin1(sql)
                            + QStringLiteral(" gives %1, not %2").arg(index.count(sql)).arg(docs));
    if (complete && through.toLongLong() != last)
        problems.append(QStringLiteral("indexed through %1 of %2").arg(through).arg(last));
    return problems.join(QStringLiteral("; "));
}

} // namespace chipline::testing

#include <QRandomGenerator>

namespace chipline::testing {

// A corpus of `files` files in the dump, wire and plain-text layouts, every article
// distinct, full of entities and dates so that each carries mentions, dates and events.
inline bool writeCorpus(const QString &dir, int files, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList koActors = {QStringLiteral("엔비디아"),   QStringLiteral("화웨이"),    QStringLiteral("삼성전자"),
                                  QStringLiteral("SK하이닉스"), QStringLiteral("미 상무부"), QStringLiteral("TSMC")};
    const QStringList koVerbs = {QStringLiteral("수출 통제를 강화한다고 밝혔다"),
                                 QStringLiteral("신형 AI 칩을 공개했다"), QStringLiteral("H20 수출 허가를 신청했다"),
                                 QStringLiteral("HBM 공급 계약을 체결했다")};
    const QStringList enActors = {QStringLiteral("Nvidia"), QStringLiteral("Huawei"),
                                  QStringLiteral("the Commerce Department"), QStringLiteral("TSMC"),
                                  QStringLiteral("Samsung Electronics")};
    const QStringList enVerbs = {QStringLiteral("announced new export rules for AI chips"),
                                 QStringLiteral("said it would seek a license to ship H20 chips to China"),
                                 QStringLiteral("unveiled a new AI accelerator"),
                                 QStringLiteral("signed an HBM supply deal")};
    auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(quint32(list.size())))); };
    auto koSentence = [&](int n) {
        const int day = 1 + int(rng.bounded(28u));
        return QStringLiteral("%1는 지난 %2일 %3. %4도 2025년 3월 %5일 %6(기사 %7).")
            .arg(pick(koActors))
            .arg(day)
            .arg(pick(koVerbs), pick(koActors))
            .arg(1 + int(rng.bounded(28u)))
            .arg(pick(koVerbs))
            .arg(n);
    };
    auto enSentence = [&](int n) {
        return QStringLiteral("%1 %2 on April %3, 2025, while %4 %5 (story %6).")
            .arg(pick(enActors), pick(enVerbs))
            .arg(1 + int(rng.bounded(28u)))
            .arg(pick(enActors), pick(enVerbs))
            .arg(n);
    };
    int n = 0;
    for (int f = 0; f < files; ++f) {
        QString text;
        QString name;
        switch (f % 3) {
        case 0: // dump: articles glued to the byline of the one before
            name = QStringLiteral("dump/results-%1.txt").arg(f, 4, 10, QChar(u'0'));
            for (int a = 0; a < 3; ++a) {
                ++n;
                text += koSentence(n) + u' ' + koSentence(n)
                    + QStringLiteral("\n김하늘기자 2025.04.%1 09:30:32").arg(10 + a, 2, 10, QChar(u'0'));
            }
            break;
        case 1: // wire
            name = QStringLiteral("wire/story-%1.txt").arg(f, 4, 10, QChar(u'0'));
            ++n;
            text = QStringLiteral("Chip export story number %1\nApril 15, 2025 13:46 UTC\n\n"
                                  "WASHINGTON, April 15 (Reuters) - %2\n\n%3\n\nReporting by Alex Morgan\n")
                       .arg(n)
                       .arg(enSentence(n), enSentence(n));
            break;
        default: // plain text: title, date, body
            name = QStringLiteral("text/article-%1.txt").arg(f, 4, 10, QChar(u'0'));
            ++n;
            text = QStringLiteral("반도체 수출 기사 %1\n\n2025년 4월 16일\n\n%2\n\n%3\n")
                       .arg(n)
                       .arg(koSentence(n), koSentence(n));
            break;
        }
        if (!writeFile(QDir(dir).filePath(name), text.toUtf8()))
            return false;
    }
    return true;
}

} // namespace chipline::testing
