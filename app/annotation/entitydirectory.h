#pragma once

#include "text/gazetteer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chipline::storage {
class Database;
}

namespace chipline::annotation {

struct DirectoryEntry
{
    qint64 id = 0; // the database row, 0 while the entity has never been mentioned
    QString name; // canonical
    QString type; // ORG, GOV, ...
    QString origin; // builtin, user, pattern
    QStringList aliases;
};

// Every entity the analyst can link a mention to, with its aliases: the built-in gazetteer
// merged with the database's entities, user aliases and alias removals, as the recogniser
// sees them. An entity whose every alias moved away (merged into another) is left out.
class EntityDirectory final
{
    Q_DISABLE_COPY_MOVE(EntityDirectory)

public:
    explicit EntityDirectory(storage::Database &db);

    // Re-reads the database part (after an edit).
    void reload();

    // Entities whose name or an alias contains text (case-insensitive), best first:
    // exact names, then prefixes, then the rest.
    QList<DirectoryEntry> search(const QString &text, int limit) const;
    std::optional<DirectoryEntry> byId(qint64 id) const;
    std::optional<DirectoryEntry> byName(const QString &name) const;
    // True when text is the name or an alias of some entity.
    bool isKnown(QStringView text) const;
    // The aliases the built-in gazetteer gives the entity of that canonical name.
    QStringList builtInAliases(const QString &name) const;
    bool isBuiltIn(const QString &name) const;
    int size() const { return int(m_entries.size()); }

private:
    storage::Database &m_db;
    text::Gazetteer m_builtIn;
    QList<DirectoryEntry> m_entries;
    QHash<QString, int> m_byName;
    QHash<qint64, int> m_byId;
    QHash<QString, int> m_byKey; // folded alias -> entry
};

} // namespace chipline::annotation
