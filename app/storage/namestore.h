#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace chipline::storage {

class Database;

// A name the analyst turned down in the New names review.
struct RejectedNameRecord
{
    QString name;
    QString type;
    friend bool operator==(const RejectedNameRecord &, const RejectedNameRecord &) = default;
};

// A name recognition guessed (a pattern entity) that the analyst has not decided on yet.
struct NewNameRecord
{
    qint64 entityId = 0;
    QString name;
    QString type;
    qint64 mentions = 0;
    qint64 articles = 0;
};

// The New names review's questions: which guessed names wait for a decision, and which
// names were rejected (recognition leaves those out).
class NameStore final
{
    Q_DISABLE_COPY_MOVE(NameStore)

public:
    explicit NameStore(Database &db);

    // Pattern entities with accepted mentions in at least minArticles articles, not
    // rejected and not local to one article, most mentioned first; type empty for all.
    QList<NewNameRecord> newNames(const QString &type, int minArticles);
    std::optional<NewNameRecord> newName(const QString &name);
    QSet<QString> rejectedNames();
    std::optional<RejectedNameRecord> rejected(const QString &name);

private:
    Database &m_db;
};

} // namespace chipline::storage
