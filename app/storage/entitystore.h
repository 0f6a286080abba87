#pragma once

#include "core/result.h"
#include "storage/statement.h"

#include <QHash>
#include <QList>
#include <QString>

namespace chipline::storage {

class Database;

struct EntityRecord
{
    qint64 id = 0;
    QString name; // canonical
    QString type; // ORG, GOV, PERSON, CHIP, MODEL, PLACE, MEDIA, RULE
    QString origin; // builtin, user, pattern
    qint64 articleId = 0; // the one article a local entity ("A #42") stands in; 0 for corpus-wide ones
};

struct AliasRecord
{
    qint64 entityId = 0;
    QString text;
    QString language;
    QString origin; // builtin, user
    bool removed = false; // the user took this alias away from the entity
};

struct EntitySummary
{
    EntityRecord entity;
    qint64 mentions = 0;
    qint64 articles = 0;
};

// Entities and aliases in the database: built-in gazetteer entities copied in on first
// use (so mentions can point at them) and the user's own, which extend and override it.
class EntityStore final
{
    Q_DISABLE_COPY_MOVE(EntityStore)

public:
    explicit EntityStore(Database &db);

    // The id of the entity with this canonical name, created with type and origin when new.
    core::Result<qint64> ensure(const QString &name, const QString &type, const QString &origin);
    // The entity that stands for surface in that article alone ("A씨"): its name is unique
    // to the article ("A #42"), so that another article's A is another entity.
    core::Result<qint64> ensureLocal(const QString &surface, const QString &type, qint64 articleId);
    static QString localName(const QString &surface, qint64 articleId);
    QHash<QString, qint64> idsByName();
    QList<EntityRecord> entities();
    // The user's own aliases and removals: what extends the built-in gazetteer.
    QList<AliasRecord> userAliases();
    core::Status addAlias(qint64 entityId, const QString &text, const QString &language);
    core::Status removeAlias(qint64 entityId, const QString &text);

    // Entities with accepted-mention and article counts, most mentioned first; type empty for all.
    QList<EntitySummary> summaries(const QString &type);

private:
    // The id of the entity called name, inserting it with insert (bound) when there is none.
    core::Result<qint64> findOrInsert(const QString &name, Statement &insert);

    Database &m_db;
    Statement m_find;
    Statement m_insert;
    Statement m_insertLocal;
};

} // namespace chipline::storage
