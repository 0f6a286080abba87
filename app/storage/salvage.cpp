#include "storage/salvage.h"

#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databasefiles.h"
#include "storage/salvagereader.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>

namespace chipline::storage {

namespace {

struct Column
{
    QString name;
    QString type; // declared, upper case
    bool notNull = false;
};

struct TableShape
{
    QList<Column> columns;
    int rowidColumn = -1; // the INTEGER PRIMARY KEY, stored as NULL in the record
};

// A WITHOUT ROWID table keeps its rows in an index b-tree, primary key columns first.
TableShape storedOrder(const TableShape &shape, const QList<int> &pkOrder)
{
    TableShape out;
    for (int i : pkOrder)
        out.columns.append(shape.columns[i]);
    for (int i = 0; i < shape.columns.size(); ++i)
        if (!pkOrder.contains(i))
            out.columns.append(shape.columns[i]);
    return out;
}

// Columns of a table as `sql` declares it, read from a scratch in-memory database.
std::optional<TableShape> shapeOf(const QString &name, const QString &sql, bool asStored = false)
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(raw, &sqlite3_close_v2);
    if (sqlite3_exec(raw, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_stmt *st = nullptr;
    const QByteArray pragma = "SELECT name, upper(type), \"notnull\", pk FROM pragma_table_info(?1)";
    if (sqlite3_prepare_v2(raw, pragma.constData(), -1, &st, nullptr) != SQLITE_OK)
        return std::nullopt;
    const QByteArray utf8 = name.toUtf8();
    sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    TableShape shape;
    int pkColumns = 0;
    int pkIndex = -1;
    QMap<int, int> pkOrder; // position in the key -> column
    while (sqlite3_step(st) == SQLITE_ROW) {
        Column c{QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                 QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))),
                 sqlite3_column_int(st, 2) != 0};
        if (const int pk = sqlite3_column_int(st, 3); pk > 0) {
            ++pkColumns;
            pkIndex = int(shape.columns.size());
            pkOrder.insert(pk, pkIndex);
        }
        shape.columns.append(c);
    }
    sqlite3_finalize(st);
    if (asStored)
        return storedOrder(shape, pkOrder.values());
    if (pkColumns == 1 && shape.columns[pkIndex].type == u"INTEGER")
        shape.rowidColumn = pkIndex;
    if (shape.columns.isEmpty())
        return std::nullopt;
    return shape;
}

bool isSchemaRow(const SalvageReader::Row &row)
{
    static const QStringList kinds = {QStringLiteral("table"), QStringLiteral("index"), QStringLiteral("view"),
                                      QStringLiteral("trigger")};
    // Automatic indexes have no SQL; everything else starts with CREATE.
    return row.values.size() == 5 && kinds.contains(row.values[0].toString())
        && row.values[1].typeId() == QMetaType::QString
        && (row.values[4].isNull() || row.values[4].toString().startsWith(u"CREATE", Qt::CaseInsensitive));
}

// How well rows fit a table's declared column types, 0..1.
double fit(const QList<SalvageReader::Row> &rows, const TableShape &shape)
{
    int checked = 0;
    int good = 0;
    for (const auto &row : rows.mid(0, 64)) {
        if (row.values.size() > shape.columns.size())
            return 0;
        for (qsizetype i = 0; i < row.values.size(); ++i) {
            const QVariant &v = row.values[i];
            const Column &c = shape.columns[i];
            ++checked;
            if (v.isNull()) {
                good += (!c.notNull || int(i) == shape.rowidColumn) ? 1 : 0;
                continue;
            }
            const auto id = v.typeId();
            if (c.type.contains(u"INT"))
                good += (id == QMetaType::LongLong) ? 1 : 0;
            else if (c.type.contains(u"TEXT"))
                good += (id == QMetaType::QString) ? 1 : 0;
            else if (c.type.contains(u"REAL"))
                good += (id == QMetaType::Double || id == QMetaType::LongLong) ? 1 : 0;
            else if (c.type.contains(u"BLOB"))
                good += (id == QMetaType::QByteArray) ? 1 : 0;
            else
                ++good;
        }
    }
    return checked ? double(good) / checked : 0;
}

void bindValue(Statement &st, int index, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
        st.bind(index, v.toLongLong());
        break;
    case QMetaType::Double:
        st.bind(index, v.toDouble());
        break;
    case QMetaType::QString: {
        // An empty text stays text, not NULL (a NOT NULL column would refuse the row).
        const QString text = v.toString();
        st.bind(index, text.isEmpty() ? QStringView(u"") : QStringView(text));
        break;
    }
    case QMetaType::QByteArray:
        st.bindBlob(index, v.toByteArray());
        break;
    default:
        st.bindNull(index);
    }
}

QJsonValue toJson(const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    return QJsonValue::fromVariant(v);
}

class Writer final
{
public:
    explicit Writer(Database &db)
        : m_db(db)
    {}

    // Rows of an old table shape into the output table of the same name, by column name.
    qint64 write(const QString &table, const TableShape &from, const QList<SalvageReader::Row> &rows)
    {
        const auto into = targetShape(table);
        if (!into)
            return -1;
        qint64 written = 0;
        std::unordered_map<qsizetype, Statement> byLength;
        for (const auto &row : rows) {
            QList<int> sourceIdx;
            QStringList names;
            for (qsizetype i = 0; i < from.columns.size() && i < row.values.size(); ++i) {
                if (std::any_of(into->columns.cbegin(), into->columns.cend(),
                                [&](const Column &c) { return c.name == from.columns[i].name; })) {
                    sourceIdx.append(int(i));
                    names.append(u'"' + from.columns[i].name + u'"');
                }
            }
            auto it = byLength.find(row.values.size());
            if (it == byLength.end()) {
                QStringList marks;
                for (qsizetype i = 0; i < names.size(); ++i)
                    marks.append(u'?' + QString::number(i + 1));
                const QString sql = QStringLiteral("INSERT OR REPLACE INTO main.\"%1\"(%2) VALUES (%3)")
                                        .arg(table, names.join(u','), marks.join(u','));
                auto prepared = m_db.prepare(sql.toUtf8().constData());
                if (!prepared)
                    return -1;
                it = byLength.emplace(row.values.size(), std::move(prepared).value()).first;
            }
            Statement &st = it->second;
            st.reset();
            for (qsizetype k = 0; k < sourceIdx.size(); ++k) {
                const int i = sourceIdx[k];
                QVariant v = row.values[i];
                if (i == from.rowidColumn && v.isNull())
                    v = row.rowid;
                bindValue(st, int(k + 1), v);
            }
            if (st.exec())
                ++written;
        }
        return written;
    }

    std::optional<TableShape> targetShape(const QString &table)
    {
        auto sql = m_db.statement("SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ?1");
        sql.bind(1, table);
        if (!sql.next())
            return std::nullopt;
        return shapeOf(table, sql.text(0));
    }

    // The output's own tables, the candidates for trees the schema does not name.
    QStringList tables()
    {
        return m_db
            .statement("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
            .texts();
    }

private:
    Database &m_db;
};

} // namespace

core::Result<Salvage::Report> Salvage::run(const QString &damagedPath, const QString &outPath)
{
    const QString damaged = DatabaseFiles::canonicalPath(damagedPath);
    const QString out = DatabaseFiles::canonicalPath(outPath);
    if (!QFileInfo(damaged).isFile())
        return core::Error{QStringLiteral("%1: no such file").arg(damagedPath)};
    if (QFileInfo::exists(out) || DatabaseFiles::family(damaged).contains(out))
        return core::Error{QStringLiteral("%1: already exists; name a new file for what is salvaged").arg(outPath)};
    auto read = SalvageReader::read(damaged);
    if (!read)
        return read.error();
    Report report;
    report.pages = read->pages;
    report.unreadablePages = read->unreadable;

    // The schema: name -> (root page, CREATE statement), from wherever its rows survive.
    QHash<quint32, std::pair<QString, QString>> byRoot;
    QSet<quint32> rebuilt; // indexes and SQLite's own tables: made again by the new file
    for (const auto &tree : std::as_const(read->trees))
        for (const auto &row : tree.rows)
            if (isSchemaRow(row)) {
                const auto root = quint32(row.values[3].toLongLong());
                if (row.values[0].toString() == u"table" && !row.values[1].toString().startsWith(u"sqlite_"))
                    byRoot.insert(root, {row.values[1].toString(), row.values[4].toString()});
                else
                    rebuilt.insert(root);
            }
    report.schemaFound = !byRoot.isEmpty();

    auto db = Database::open(out);
    if (!db)
        return db.error();
    Writer writer(*db.value());
    const QStringList candidates = writer.tables();
    QList<std::pair<QString, TableShape>> shapes;
    for (const QString &table : candidates)
        if (auto shape = writer.targetShape(table))
            shapes.append({table, *shape});

    QList<const SalvageReader::Tree *> unplaced;
    {
        if (auto st = db.value()->exec("PRAGMA foreign_keys=OFF"); !st)
            return st.error();
        Transaction tx(*db.value(), Transaction::Scope::DatabaseOnly);
        if (!tx.active())
            return tx.beginStatus().error();
        for (const auto &tree : std::as_const(read->trees)) {
            if (tree.rows.isEmpty() || rebuilt.contains(tree.root)
                || std::all_of(tree.rows.cbegin(), tree.rows.cend(), isSchemaRow))
                continue;
            QString table;
            std::optional<TableShape> shape;
            if (const auto named = byRoot.constFind(tree.root); named != byRoot.cend()) {
                table = named->first;
                shape = shapeOf(table, named->second, tree.index);
            } else if (tree.index) {
                // An index without its schema row: its keys are rebuilt with the table.
                continue;
            } else {
                // Matched by columns: the best fit, and only a clear one.
                double best = 0;
                for (const auto &[name, candidate] : std::as_const(shapes)) {
                    const double f = fit(tree.rows, candidate);
                    if (f > best) {
                        best = f;
                        table = name;
                        shape = candidate;
                    }
                }
                if (best < 0.95)
                    shape.reset();
            }
            const qint64 written = (shape && candidates.contains(table)) ? writer.write(table, *shape, tree.rows) : -1;
            if (written < 0) {
                unplaced.append(&tree);
                continue;
            }
            report.rows[table] += written;
        }
        if (auto st = ArticleStore::recount(*db.value()); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
    }
    if (!unplaced.isEmpty()) {
        report.unplacedFile = out + QStringLiteral(".unplaced.jsonl");
        QSaveFile file(report.unplacedFile);
        if (!file.open(QIODevice::WriteOnly))
            return core::Error{QStringLiteral("%1: %2").arg(report.unplacedFile, file.errorString())};
        for (const auto *tree : std::as_const(unplaced)) {
            for (const auto &row : tree->rows) {
                QJsonArray values;
                for (const QVariant &v : row.values)
                    values.append(toJson(v));
                const QJsonObject line{{QStringLiteral("root_page"), qint64(tree->root)},
                                       {QStringLiteral("rowid"), row.rowid},
                                       {QStringLiteral("values"), values}};
                file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
                ++report.unplacedRows;
            }
        }
        if (!file.commit())
            return core::Error{QStringLiteral("%1: %2").arg(report.unplacedFile, file.errorString())};
    }
    db.value().reset();
    // Opening again indexes the salvaged articles for search.
    auto reopened = Database::open(out);
    if (!reopened)
        return reopened.error();
    return report;
}

} // namespace chipline::storage
