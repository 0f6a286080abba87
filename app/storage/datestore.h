#pragma once

#include "core/result.h"
#include "storage/statement.h"

#include <QList>
#include <QString>

namespace chipline::storage {

class Database;

struct DateRecord
{
    qint64 start = 0; // code points into article.body
    qint64 end = 0;
    QString text;
    QString value; // YYYY, YYYY-MM, YYYY-MM-DD; empty while unresolved
    QString precision; // day, month, year; empty while unresolved
};

// Date expressions found in articles, resolved or (undated article) not yet.
class DateStore final
{
    Q_DISABLE_COPY_MOVE(DateStore)

public:
    explicit DateStore(Database &db);

    core::Status replace(qint64 articleId, const QList<DateRecord> &dates);
    // For an article that has none yet (just imported): no delete first.
    core::Status add(qint64 articleId, const QList<DateRecord> &dates);
    QList<DateRecord> forArticle(qint64 articleId);

private:
    Statement m_delete;
    Statement m_insert;
    Statement m_select;
};

} // namespace chipline::storage
