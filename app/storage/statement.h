#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

struct sqlite3_stmt;

namespace chipline::storage {

// RAII prepared statement. Parameters are 1-based as in SQLite, columns 0-based.
// Every value reaches SQL through bind(): no SQL is ever built from user text.
class Statement final
{
    Q_DISABLE_COPY(Statement)

public:
    explicit Statement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &value); // empty binds NULL

    // True while a row is available; false at the end or on error (see failed()).
    bool next();
    // Runs a statement that returns no rows; false on error.
    bool exec();
    // For a single-row lookup: steps once, returns column 0 of the row if there is one, and
    // resets at once. A statement left on a row keeps a read snapshot open, and a later
    // BEGIN IMMEDIATE on an outdated snapshot fails at once with "database is locked" when
    // another process wrote meanwhile. On error, returns nothing and failed() is true.
    std::optional<qint64> lookupInt64();
    // Steps through the remaining rows and returns the text of one column from each: the
    // lists of names, outlets and categories that fill filters and completers.
    QStringList texts(int column = 0);
    void reset();
    bool failed() const { return m_failed; }
    QString errorMessage() const;

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const; // NULL reads as a null QString
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace chipline::storage
