#include "annotation/entitydirectory.h"

#include "storage/entitystore.h"
#include "text/entitytype.h"
#include "text/textfold.h"

#include <algorithm>

namespace chipline::annotation {

EntityDirectory::EntityDirectory(storage::Database &db)
    : m_db(db)
{
    if (auto builtIn = text::Gazetteer::builtIn())
        m_builtIn = std::move(builtIn).value();
    reload();
}

void EntityDirectory::reload()
{
    m_entries.clear();
    m_byName.clear();
    m_byId.clear();
    m_byKey.clear();
    for (int i = 0; i < m_builtIn.size(); ++i) {
        const text::GazetteerEntity &e = m_builtIn.entity(i);
        if (e.removed)
            continue;
        DirectoryEntry entry{0, e.canonical, text::entityTypeCode(e.type), QStringLiteral("builtin"), {}};
        for (const text::GazetteerAlias &alias : e.aliases)
            entry.aliases << alias.text;
        m_byName.insert(entry.name, int(m_entries.size()));
        m_entries.append(std::move(entry));
    }
    storage::EntityStore store(m_db);
    const QList<storage::EntityRecord> records = store.entities();
    for (const storage::EntityRecord &r : records) {
        int index = m_byName.value(r.name, -1);
        if (index < 0) {
            index = int(m_entries.size());
            m_entries.append({r.id, r.name, r.type, r.origin, {r.name}});
            m_byName.insert(r.name, index);
        }
        DirectoryEntry &entry = m_entries[index];
        entry.id = r.id;
        entry.type = r.type;
        entry.origin = r.origin;
        m_byId.insert(r.id, index);
    }
    // An alias belongs to one entity: the user's additions move it, removals drop it.
    auto dropEverywhere = [this](const QString &alias) {
        const QString key = text::TextFold::key(alias);
        for (DirectoryEntry &entry : m_entries) {
            entry.aliases.removeIf([&key](const QString &a) { return text::TextFold::key(a) == key; });
        }
    };
    for (const storage::AliasRecord &alias : store.userAliases()) {
        dropEverywhere(alias.text);
        if (alias.removed)
            continue;
        const int index = m_byId.value(alias.entityId, -1);
        if (index >= 0)
            m_entries[index].aliases << alias.text;
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        for (const QString &alias : std::as_const(m_entries[i].aliases))
            m_byKey.insert(text::TextFold::key(alias), int(i));
    }
}

QList<DirectoryEntry> EntityDirectory::search(const QString &text, int limit) const
{
    const QString key = text::TextFold::key(text);
    struct Hit
    {
        int rank;
        int index;
    };
    QList<Hit> hits;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const DirectoryEntry &entry = m_entries.at(i);
        if (entry.aliases.isEmpty())
            continue; // merged into another entity
        int best = -1;
        const QString name = text::TextFold::key(entry.name);
        if (key.isEmpty())
            best = 3;
        else if (name == key)
            best = 0;
        else if (name.startsWith(key))
            best = 1;
        for (const QString &alias : entry.aliases) {
            if (best == 0 || key.isEmpty())
                break;
            const QString folded = text::TextFold::key(alias);
            if (folded == key)
                best = 0;
            else if (folded.startsWith(key) && (best < 0 || best > 1))
                best = 1;
            else if (folded.contains(key) && best < 0)
                best = 2;
        }
        if (best < 0 && name.contains(key))
            best = 2;
        if (best >= 0)
            hits.append({best, int(i)});
    }
    std::stable_sort(hits.begin(), hits.end(), [this](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return m_entries.at(a.index).name.compare(m_entries.at(b.index).name, Qt::CaseInsensitive) < 0;
    });
    QList<DirectoryEntry> out;
    for (const Hit &hit : std::as_const(hits)) {
        if (out.size() >= limit)
            break;
        out.append(m_entries.at(hit.index));
    }
    return out;
}

std::optional<DirectoryEntry> EntityDirectory::byId(qint64 id) const
{
    const int index = m_byId.value(id, -1);
    return index < 0 ? std::nullopt : std::optional(m_entries.at(index));
}

std::optional<DirectoryEntry> EntityDirectory::byName(const QString &name) const
{
    const int index = m_byName.value(name, -1);
    return index < 0 ? std::nullopt : std::optional(m_entries.at(index));
}

bool EntityDirectory::isKnown(QStringView text) const
{
    return m_byKey.contains(text::TextFold::key(text));
}

QStringList EntityDirectory::builtInAliases(const QString &name) const
{
    const int id = m_builtIn.entityId(name);
    QStringList out;
    if (id < 0)
        return out;
    for (const text::GazetteerAlias &alias : m_builtIn.entity(id).aliases)
        out << alias.text;
    return out;
}

bool EntityDirectory::isBuiltIn(const QString &name) const
{
    return m_builtIn.entityId(name) >= 0;
}

} // namespace chipline::annotation
