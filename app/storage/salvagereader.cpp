#include "storage/salvagereader.h"

#include <QFile>
#include <QSet>

#include <algorithm>

#include <cstring>

namespace chipline::storage {

namespace {

constexpr char kMagic[] = "SQLite format 3";
constexpr quint8 kInteriorIndex = 0x02;
constexpr quint8 kInteriorTable = 0x05;
constexpr quint8 kLeafIndex = 0x0A;
constexpr quint8 kLeafTable = 0x0D;

quint32 u32(const char *p)
{
    const auto *b = reinterpret_cast<const quint8 *>(p);
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | b[3];
}

int u16(const char *p)
{
    const auto *b = reinterpret_cast<const quint8 *>(p);
    return b[0] << 8 | b[1];
}

// A varint at p, at most `left` bytes long; 0 bytes read when it runs off the end.
int varint(const char *p, qsizetype left, qint64 *out)
{
    quint64 v = 0;
    for (int i = 0; i < 9 && i < left; ++i) {
        const auto b = quint8(p[i]);
        if (i == 8) {
            *out = qint64(v << 8 | b);
            return 9;
        }
        v = v << 7 | (b & 0x7f);
        if (!(b & 0x80)) {
            *out = qint64(v);
            return i + 1;
        }
    }
    return 0;
}

int headerOffset(quint32 page)
{
    return page == 1 ? 100 : 0;
}

// The WAL's committed frames over the file's pages (sqlite.org/fileformat2.html, 4.3).
void applyWal(const QByteArray &wal, int pageSize, QHash<quint32, QByteArray> &pages)
{
    if (wal.size() < 32)
        return;
    const quint32 magic = u32(wal.constData());
    if ((magic & 0xfffffffe) != 0x377f0682 || int(u32(wal.constData() + 8)) != pageSize)
        return;
    const bool bigEndian = magic & 1;
    quint32 s0 = 0;
    quint32 s1 = 0;
    const auto sum = [&](const char *data, int n) {
        for (int i = 0; i + 8 <= n; i += 8) {
            quint32 x0;
            quint32 x1;
            if (bigEndian) {
                x0 = u32(data + i);
                x1 = u32(data + i + 4);
            } else {
                std::memcpy(&x0, data + i, 4);
                std::memcpy(&x1, data + i + 4, 4);
            }
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    };
    sum(wal.constData(), 24);
    if (s0 != u32(wal.constData() + 24) || s1 != u32(wal.constData() + 28))
        return;
    const quint32 salt1 = u32(wal.constData() + 16);
    const quint32 salt2 = u32(wal.constData() + 20);
    QHash<quint32, QByteArray> pending;
    for (qsizetype at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize) {
        const char *frame = wal.constData() + at;
        if (u32(frame + 8) != salt1 || u32(frame + 12) != salt2)
            break;
        sum(frame, 8);
        sum(frame + 24, pageSize);
        if (s0 != u32(frame + 16) || s1 != u32(frame + 20))
            break;
        pending.insert(u32(frame), QByteArray(frame + 24, pageSize));
        if (u32(frame + 4) != 0) { // a commit frame: everything so far is committed
            for (auto it = pending.cbegin(); it != pending.cend(); ++it)
                pages.insert(it.key(), it.value());
            pending.clear();
        }
    }
}

bool plausibleBtreePage(const char *data, int pageSize, quint32 page)
{
    const int h = headerOffset(page);
    const auto type = quint8(data[h]);
    if (type != 0x02 && type != 0x05 && type != 0x0A && type != 0x0D)
        return false;
    const int header = (type == 0x02 || type == 0x05) ? 12 : 8;
    const int cells = u16(data + h + 3);
    int content = u16(data + h + 5);
    if (content == 0)
        content = 65536;
    return h + header + 2 * cells <= pageSize && content <= pageSize
        && (cells == 0 || content >= h + header + 2 * cells);
}

// When the header is lost: the page size that makes the most pages look like b-tree pages.
int guessPageSize(const QByteArray &file)
{
    int best = 4096;
    int bestScore = -1;
    for (int size : {4096, 1024, 2048, 8192, 16384, 32768, 65536, 512}) {
        if (file.size() % size != 0)
            continue;
        int score = 0;
        for (qsizetype at = size; at + size <= file.size(); at += size)
            score += plausibleBtreePage(file.constData() + at, size, 2) ? 1 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = size;
        }
    }
    return best;
}

} // namespace

SalvageReader::SalvageReader(QHash<quint32, QByteArray> pages, int pageSize, int usable)
    : m_pages(std::move(pages)),
      m_pageSize(pageSize),
      m_usable(usable)
{}

core::Result<SalvageReader::Result> SalvageReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    file.close();
    Result result;
    result.headerValid = bytes.size() >= 100 && std::memcmp(bytes.constData(), kMagic, sizeof kMagic) == 0;
    int pageSize = 0;
    int reserved = 0;
    if (result.headerValid) {
        pageSize = u16(bytes.constData() + 16);
        pageSize = pageSize == 1 ? 65536 : pageSize;
        reserved = quint8(bytes[20]);
        result.userVersion = int(u32(bytes.constData() + 60));
    }
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        result.headerValid = false;
        pageSize = guessPageSize(bytes);
        reserved = 0;
    }
    QHash<quint32, QByteArray> pages;
    for (qsizetype at = 0; at + pageSize <= bytes.size(); at += pageSize)
        pages.insert(quint32(at / pageSize + 1), bytes.mid(at, pageSize));
    QFile walFile(path + QStringLiteral("-wal"));
    if (walFile.open(QIODevice::ReadOnly)) {
        applyWal(walFile.readAll(), pageSize, pages);
        walFile.close();
    }
    SalvageReader reader(std::move(pages), pageSize, pageSize - reserved);
    result.pageSize = pageSize;
    result.pages = int(reader.m_pages.size());

    // Every b-tree page, and which pages are some interior page's children.
    QHash<quint32, QList<quint32>> children;
    QSet<quint32> hasParent;
    QList<quint32> treePages;
    for (auto it = reader.m_pages.cbegin(); it != reader.m_pages.cend(); ++it) {
        const bool table = reader.isTablePage(it.key());
        if (!table && !reader.isIndexPage(it.key()))
            continue;
        treePages.append(it.key());
        const char *data = it.value().constData();
        const int h = headerOffset(it.key());
        const auto type = quint8(data[h]);
        if (type != kInteriorTable && type != kInteriorIndex)
            continue;
        QList<quint32> &kids = children[it.key()];
        const int cells = u16(data + h + 3);
        for (int i = 0; i < cells; ++i) {
            const int cell = u16(data + h + 12 + 2 * i);
            if (cell + 4 <= pageSize)
                kids.append(u32(data + cell));
        }
        kids.append(u32(data + h + 8));
        for (quint32 kid : std::as_const(kids))
            hasParent.insert(kid);
    }
    std::sort(treePages.begin(), treePages.end());
    QSet<quint32> visited;
    for (quint32 root : std::as_const(treePages)) {
        if (hasParent.contains(root) || visited.contains(root))
            continue;
        Tree tree;
        tree.root = root;
        tree.index = reader.isIndexPage(root);
        QList<quint32> stack = {root};
        while (!stack.isEmpty()) {
            const quint32 page = stack.takeLast();
            const bool fits = tree.index ? reader.isIndexPage(page) : reader.isTablePage(page);
            if (visited.contains(page) || !fits)
                continue;
            visited.insert(page);
            const auto type = quint8(reader.m_pages[page].at(headerOffset(page)));
            reader.readCells(page, tree.rows);
            if (type == kInteriorTable || type == kInteriorIndex)
                for (auto k = children[page].crbegin(); k != children[page].crend(); ++k)
                    stack.append(*k);
        }
        if (!tree.rows.isEmpty() || root == 1)
            result.trees.append(std::move(tree));
    }
    result.unreadable = reader.m_unreadable;
    return result;
}

bool SalvageReader::isTablePage(quint32 page) const
{
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || !plausibleBtreePage(it->constData(), m_pageSize, page))
        return false;
    const auto type = quint8(it->at(headerOffset(page)));
    return type == kLeafTable || type == kInteriorTable;
}

bool SalvageReader::isIndexPage(quint32 page) const
{
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || !plausibleBtreePage(it->constData(), m_pageSize, page))
        return false;
    const auto type = quint8(it->at(headerOffset(page)));
    return type == kLeafIndex || type == kInteriorIndex;
}

void SalvageReader::readCells(quint32 page, QList<Row> &rows)
{
    // Cell layouts (fileformat2.html, 1.6): a table leaf holds payload size, rowid and
    // payload; an index leaf payload size and payload; an interior index page the same
    // after its child pointer. Interior table cells hold no rows.
    const QByteArray &data = m_pages[page];
    const int h = headerOffset(page);
    const auto type = quint8(data.at(h));
    if (type == kInteriorTable)
        return;
    const bool index = type != kLeafTable;
    const bool interior = type == kInteriorIndex;
    const int cells = u16(data.constData() + h + 3);
    bool damaged = false;
    for (int i = 0; i < cells; ++i) {
        const int cell = u16(data.constData() + h + (interior ? 12 : 8) + 2 * i) + (interior ? 4 : 0);
        qint64 size = 0;
        qint64 rowid = 0;
        const int a = cell < m_pageSize ? varint(data.constData() + cell, m_pageSize - cell, &size) : 0;
        const int b = (a && !index) ? varint(data.constData() + cell + a, m_pageSize - cell - a, &rowid) : 0;
        if (!a || (!index && !b) || size < 0 || size > (qint64(1) << 30)) {
            damaged = true;
            continue;
        }
        const QByteArray record = payload(data, cell + a + b, size, index);
        Row row;
        row.rowid = rowid;
        if (record.size() != size || !decodeRecord(record, row.values)) {
            damaged = true;
            continue;
        }
        rows.append(std::move(row));
    }
    if (damaged)
        ++m_unreadable;
}

QByteArray SalvageReader::payload(const QByteArray &page, int offset, qint64 size, bool index)
{
    // How much of the payload stays on the page (fileformat2.html, "Cell Payload Overflow").
    const int x = index ? ((m_usable - 12) * 64 / 255) - 23 : m_usable - 35;
    qint64 local = size;
    if (size > x) {
        const int m = ((m_usable - 12) * 32 / 255) - 23;
        const qint64 k = m + ((size - m) % (m_usable - 4));
        local = k <= x ? k : m;
    }
    if (offset + local > m_pageSize)
        return {};
    QByteArray out = page.mid(offset, local);
    if (local == size)
        return out;
    if (offset + local + 4 > m_pageSize)
        return {};
    quint32 next = u32(page.constData() + offset + local);
    QSet<quint32> seen;
    while (next != 0 && out.size() < size && !seen.contains(next)) {
        seen.insert(next);
        const auto it = m_pages.constFind(next);
        if (it == m_pages.cend())
            return {};
        out += it->mid(4, qMin<qint64>(m_usable - 4, size - out.size()));
        next = u32(it->constData());
    }
    return out;
}

bool SalvageReader::decodeRecord(const QByteArray &record, QList<QVariant> &values)
{
    const char *p = record.constData();
    const qsizetype n = record.size();
    qint64 headerSize = 0;
    int at = varint(p, n, &headerSize);
    if (!at || headerSize > n || headerSize < at)
        return false;
    qsizetype body = headerSize;
    while (at < headerSize) {
        qint64 type = 0;
        const int used = varint(p + at, headerSize - at, &type);
        if (!used)
            return false;
        at += used;
        static constexpr int kIntBytes[] = {0, 1, 2, 3, 4, 6, 8};
        if (type == 0) {
            values.append(QVariant());
        } else if (type <= 6) {
            const int len = kIntBytes[type];
            if (body + len > n)
                return false;
            // Big-endian two's complement of len bytes, sign-extended (unsigned: no overflow).
            quint64 u = 0;
            for (int i = 0; i < len; ++i)
                u = u << 8 | quint8(p[body + i]);
            if (len < 8 && (quint8(p[body]) & 0x80))
                u |= ~quint64(0) << (8 * len);
            values.append(qint64(u));
            body += len;
        } else if (type == 7) {
            if (body + 8 > n)
                return false;
            quint64 bits = 0;
            for (int i = 0; i < 8; ++i)
                bits = bits << 8 | quint8(p[body + i]);
            double d;
            std::memcpy(&d, &bits, 8);
            values.append(d);
            body += 8;
        } else if (type == 8 || type == 9) {
            values.append(qint64(type - 8));
        } else if (type >= 12) {
            const qint64 len = (type - 12) / 2;
            if (body + len > n)
                return false;
            if (type % 2)
                values.append(QString::fromUtf8(p + body, len));
            else
                values.append(QByteArray(p + body, len));
            body += len;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace chipline::storage
