#pragma once

#include "core/result.h"
#include "entitytype.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::text {

struct GazetteerAlias
{
    QString text;
    QString language; // BCP 47 primary tag: "ko", "en", "zh", "ja"
    bool caseSensitive = false; // for aliases that are also ordinary words when lower-cased
};

struct GazetteerEntity
{
    QString canonical;
    EntityType type = EntityType::Org;
    QList<GazetteerAlias> aliases;
    bool removed = false; // ids stay stable, so a removed entity keeps its slot
};

// The entity dictionary: the built-in data (resources :/gazetteer/*.tsv) extended and
// overridden by the user's own entities and aliases. An alias belongs to one entity; adding
// it to another moves it, so later (user) additions win. A value type: build an
// EntityMatcher from it after editing.
class Gazetteer final
{
public:
    // TSV rows: canonical, type code, then |-separated aliases in ko, en, zh, ja columns.
    // '#' starts a comment line; an alias written "=Arm" only matches with that case.
    // The canonical name is always an alias too (English unless it holds Hangul or Han).
    static core::Result<Gazetteer> fromTsv(QStringView tsv);
    // The curated files read as one would be: a name or an alias listed twice across them
    // is an error, so that no file silently takes another's alias. curatedFiles() names
    // them under :/gazetteer/: the domain's gazetteer.tsv, then state bodies and parties,
    // companies, and media.
    static core::Result<Gazetteer> curated();
    static const QStringList &curatedFiles();
    // The built-in data: the curated files, then places.tsv and the ICU places merged in.
    // Parsed once per process (the entity directory, the recogniser and the CLI all ask)
    // and shared; the copies are cheap (implicitly shared lists).
    static core::Result<Gazetteer> builtIn();
    // Starts parsing the built-in gazetteer on another thread, so that a window being built
    // meanwhile finds it ready; builtIn() waits for it.
    static void preloadBuiltIn();

    // Adds TSV rows to the entities already here: a row whose canonical name is known (as a
    // name or an alias) adds its aliases to that entity, other rows become entities. What
    // is already here wins: an alias held by another entity, or a row whose entity has
    // another type, is left out and described in dropped. Errors only for malformed lines.
    core::Status mergeTsv(QStringView tsv, QStringList *dropped = nullptr);

    // Adds an entity (or, for a known canonical name, changes its type) and returns its id.
    int addEntity(const QString &canonical, EntityType type);
    core::Status addAlias(int entity, const QString &alias, const QString &language, bool caseSensitive = false);
    // Removes the alias (compared in folded form) from whichever entity holds it.
    bool removeAlias(QStringView alias);
    void removeEntity(int entity);

    int entityId(QStringView canonical) const; // -1 when unknown
    int entityForAlias(QStringView alias) const; // -1 when unknown
    int size() const { return static_cast<int>(m_entities.size()); }
    const GazetteerEntity &entity(int id) const { return m_entities[id]; }

private:
    // fromTsv's rows added to this gazetteer: a canonical name or an alias already here is
    // an error.
    core::Status appendTsv(QStringView tsv);

    QList<GazetteerEntity> m_entities;
    QHash<QString, int> m_byCanonical;
    QHash<QString, int> m_byAliasKey; // TextFold::key(alias) -> entity
};

} // namespace chipline::text
