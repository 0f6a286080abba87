#include "storage/statement.h"

#include <sqlite3.h>

namespace chipline::storage {

Statement::Statement(Statement &&other) noexcept
    : m_stmt(other.m_stmt),
      m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_failed = other.m_failed;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    // Most bound text is short (dates, codes, names, date expressions): encode it on the
    // stack instead of allocating a QByteArray per value; SQLite copies it either way.
    constexpr qsizetype kShort = 128;
    if (value.size() <= kShort) {
        char utf8[kShort * 3];
        qsizetype n = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t c = value[i].unicode();
            if (c < 0x80) {
                utf8[n++] = char(c);
            } else if (c < 0x800) {
                utf8[n++] = char(0xC0 | (c >> 6));
                utf8[n++] = char(0x80 | (c & 0x3F));
            } else if (QChar::isSurrogate(c)) {
                n = -1; // pairs, and broken ones, as Qt encodes them
                break;
            } else {
                utf8[n++] = char(0xE0 | (c >> 12));
                utf8[n++] = char(0x80 | ((c >> 6) & 0x3F));
                utf8[n++] = char(0x80 | (c & 0x3F));
            }
        }
        if (n >= 0) {
            sqlite3_bind_text64(m_stmt, index, utf8, quint64(n), SQLITE_TRANSIENT, SQLITE_UTF8);
            return *this;
        }
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), quint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob64(m_stmt, index, value.constData(), quint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, QStringView(value));
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

bool Statement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    sqlite3_reset(m_stmt);
    return !m_failed;
}

std::optional<qint64> Statement::lookupInt64()
{
    const int rc = sqlite3_step(m_stmt);
    std::optional<qint64> value;
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(m_stmt, 0);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    sqlite3_reset(m_stmt);
    return value;
}

QStringList Statement::texts(int column)
{
    QStringList out;
    while (next())
        out.append(text(column));
    return out;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

QString Statement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

} // namespace chipline::storage
