#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace chipline::storage {

// Reads the rows of a damaged SQLite file page by page, following the documented file
// format (sqlite.org/fileformat2.html), for Salvage. Debian's SQLite library has no
// sqlite3_recover, and the shell's .recover needs sqlite_dbpage, which that library
// lacks. The file and its -wal are read, never written; the WAL's committed frames
// (checksums verified) stand over the file's pages. The caller must hold no SQLite
// connection to the file in this process (closing our descriptor would drop its locks).
class SalvageReader final
{
public:
    struct Row
    {
        qint64 rowid = 0;
        QList<QVariant> values; // NULL, qint64, double, QString (text) or QByteArray (blob)
    };
    // The rows of one table b-tree, found from its root page (or a leaf page whose
    // parent was lost, which then stands as a root of its own).
    struct Tree
    {
        quint32 root = 0;
        bool index = false; // an index b-tree: a WITHOUT ROWID table's rows, or an index's keys
        QList<Row> rows;
    };
    struct Result
    {
        QList<Tree> trees;
        int pageSize = 0;
        int pages = 0; // pages in the file (and WAL)
        int unreadable = 0; // b-tree pages whose cells could not all be decoded
        bool headerValid = false;
        int userVersion = 0; // from the header, 0 when the header was lost
    };

    static core::Result<Result> read(const QString &path);

private:
    explicit SalvageReader(QHash<quint32, QByteArray> pages, int pageSize, int usable);

    bool isTablePage(quint32 page) const;
    bool isIndexPage(quint32 page) const;
    // The rows (or index keys) the page's cells hold.
    void readCells(quint32 page, QList<Row> &rows);
    QByteArray payload(const QByteArray &page, int offset, qint64 size, bool index = false);
    static bool decodeRecord(const QByteArray &record, QList<QVariant> &values);

    QHash<quint32, QByteArray> m_pages;
    int m_pageSize;
    int m_usable;
    int m_unreadable = 0;
};

} // namespace chipline::storage
