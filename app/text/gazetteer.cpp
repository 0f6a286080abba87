#include "gazetteer.h"

#include "core/article.h"
#include "textfold.h"

#include <QFile>

#include <array>
#include <future>
#include <optional>

namespace chipline::text {

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<char16_t const *, 4> kColumnLanguages = {u"ko", u"en", u"zh", u"ja"};
constexpr qsizetype kMaxAliasUnits = 120;

struct TsvAlias
{
    QStringView text;
    QString language;
    bool exact = false;
};

struct TsvRow
{
    QString canonical;
    EntityType type = EntityType::Org;
    QList<TsvAlias> aliases;
};

// Reads one TSV line into row; false with error set for a bad line, false alone for a
// comment or a blank line.
bool parseRow(QStringView line, int lineNo, TsvRow &row, std::optional<core::Error> &error)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.trimmed().isEmpty() || line.startsWith(u'#'))
        return false;
    const QList<QStringView> cols = line.split(u'\t');
    if (cols.size() < 2) {
        error = core::Error{u"gazetteer line %1: expected canonical name and type"_s.arg(lineNo)};
        return false;
    }
    row.canonical = cols[0].trimmed().toString();
    const auto type = entityTypeFromCode(cols[1].trimmed());
    if (row.canonical.isEmpty() || !type) {
        error = core::Error{u"gazetteer line %1: bad name or type '%2'"_s.arg(lineNo).arg(cols[1])};
        return false;
    }
    row.type = *type;
    row.aliases.clear();
    for (qsizetype c = 2; c < cols.size() && c - 2 < qsizetype(kColumnLanguages.size()); ++c) {
        const QString language = QString::fromUtf16(kColumnLanguages[c - 2]);
        for (QStringView alias : cols[c].split(u'|', Qt::SkipEmptyParts)) {
            alias = alias.trimmed();
            const bool exact = alias.startsWith(u'=');
            if (exact)
                alias = alias.sliced(1);
            if (!alias.isEmpty() && alias != u"-")
                row.aliases.append(TsvAlias{alias, language, exact});
        }
    }
    return true;
}

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

core::Result<Gazetteer> Gazetteer::fromTsv(QStringView tsv)
{
    Gazetteer g;
    if (const core::Status s = g.appendTsv(tsv); !s)
        return s.error();
    return g;
}

core::Status Gazetteer::appendTsv(QStringView tsv)
{
    int lineNo = 0;
    TsvRow row;
    std::optional<core::Error> error;
    for (QStringView line : tsv.tokenize(u'\n')) {
        if (!parseRow(line, ++lineNo, row, error)) {
            if (error)
                return *error;
            continue;
        }
        if (entityId(row.canonical) >= 0)
            return core::Error{u"gazetteer line %1: '%2' is listed twice"_s.arg(lineNo).arg(row.canonical)};
        const int id = addEntity(row.canonical, row.type);
        for (const TsvAlias &alias : std::as_const(row.aliases)) {
            const int owner = entityForAlias(alias.text);
            if (owner >= 0 && owner != id) {
                return core::Error{u"gazetteer line %1: alias '%2' already belongs to '%3'"_s.arg(lineNo).arg(
                    alias.text, entity(owner).canonical)};
            }
            if (const core::Status s = addAlias(id, alias.text.toString(), alias.language, alias.exact); !s)
                return core::Error{u"gazetteer line %1: %2"_s.arg(lineNo).arg(s.error().message)};
        }
    }
    return core::Status::success();
}

core::Status Gazetteer::mergeTsv(QStringView tsv, QStringList *dropped)
{
    int lineNo = 0;
    TsvRow row;
    std::optional<core::Error> error;
    const auto drop = [dropped](const QString &what) {
        if (dropped)
            dropped->append(what);
    };
    for (QStringView line : tsv.tokenize(u'\n')) {
        if (!parseRow(line, ++lineNo, row, error)) {
            if (error)
                return *error;
            continue;
        }
        int id = entityId(row.canonical);
        if (id < 0)
            id = entityForAlias(row.canonical);
        if (id >= 0 && entity(id).type != row.type) {
            drop(u"%1 (%2 is a %3)"_s.arg(row.canonical, entity(id).canonical, entityTypeCode(entity(id).type)));
            continue;
        }
        if (id < 0)
            id = addEntity(row.canonical, row.type);
        for (const TsvAlias &alias : std::as_const(row.aliases)) {
            if (const int owner = entityForAlias(alias.text); owner >= 0 && owner != id) {
                drop(u"%1 (of %2, held by %3)"_s.arg(alias.text, row.canonical, entity(owner).canonical));
                continue;
            }
            if (const core::Status s = addAlias(id, alias.text.toString(), alias.language, alias.exact); !s)
                return core::Error{u"gazetteer line %1: %2"_s.arg(lineNo).arg(s.error().message)};
        }
    }
    return core::Status::success();
}

namespace {

core::Result<Gazetteer> parseBuiltIn()
{
    auto g = Gazetteer::curated();
    if (!g)
        return g;
    // Curated places, then the countries and cities made from ICU at build time.
    for (const QString &path : {u":/gazetteer/places.tsv"_s, u":/gazetteer/icu-places.tsv"_s}) {
        if (const core::Status s = g->mergeTsv(resourceText(path)); !s)
            return core::Error{u"%1: %2"_s.arg(path.sliced(2), s.error().message)};
    }
    return g;
}

const std::shared_future<core::Result<Gazetteer>> &builtInFuture()
{
    static const std::shared_future<core::Result<Gazetteer>> parsed =
        std::async(std::launch::async, parseBuiltIn).share();
    return parsed;
}

} // namespace

const QStringList &Gazetteer::curatedFiles()
{
    static const QStringList files = {u"gazetteer.tsv"_s, u"state.tsv"_s, u"companies.tsv"_s, u"media.tsv"_s};
    return files;
}

core::Result<Gazetteer> Gazetteer::curated()
{
    Gazetteer g;
    for (const QString &name : curatedFiles()) {
        const QString text = resourceText(u":/gazetteer/"_s + name);
        if (text.isEmpty())
            return core::Error{u"built-in gazetteer resource %1 is missing"_s.arg(name)};
        if (const core::Status s = g.appendTsv(text); !s)
            return core::Error{u"%1: %2"_s.arg(name, s.error().message)};
    }
    return g;
}

core::Result<Gazetteer> Gazetteer::builtIn()
{
    return builtInFuture().get();
}

void Gazetteer::preloadBuiltIn()
{
    (void)builtInFuture();
}

int Gazetteer::addEntity(const QString &canonical, EntityType type)
{
    if (const int id = entityId(canonical); id >= 0) {
        m_entities[id].type = type;
        m_entities[id].removed = false;
        return id;
    }
    const int id = size();
    m_entities.append(GazetteerEntity{canonical, type, {}, false});
    m_byCanonical.insert(canonical, id);
    const QString lang = core::guessLanguage(canonical);
    (void)addAlias(id, canonical, lang, false);
    return id;
}

core::Status Gazetteer::addAlias(int entity, const QString &alias, const QString &language, bool caseSensitive)
{
    if (entity < 0 || entity >= size())
        return core::Error{u"no entity with id %1"_s.arg(entity)};
    const QString key = TextFold::key(alias);
    if (key.isEmpty())
        return core::Error{u"alias '%1' is empty"_s.arg(alias)};
    if (key.size() > kMaxAliasUnits)
        return core::Error{u"alias '%1' is longer than %2 characters"_s.arg(alias).arg(kMaxAliasUnits)};
    const int owner = m_byAliasKey.value(key, -1);
    if (owner >= 0 && owner != entity)
        removeAlias(alias);
    auto &aliases = m_entities[entity].aliases;
    // A key new to this entity has no spelling here yet; else it is replaced, except that
    // case-sensitive spellings of one key (Arm, ARM) live side by side.
    if (owner == entity) {
        for (auto &a : aliases) {
            if (TextFold::key(a.text) == key && !(caseSensitive && a.caseSensitive && a.text != alias)) {
                a = GazetteerAlias{alias, language, caseSensitive};
                return core::Status::success();
            }
        }
    }
    aliases.append(GazetteerAlias{alias, language, caseSensitive});
    m_byAliasKey.insert(key, entity);
    m_entities[entity].removed = false;
    return core::Status::success();
}

bool Gazetteer::removeAlias(QStringView alias)
{
    const QString key = TextFold::key(alias);
    const auto it = m_byAliasKey.find(key);
    if (it == m_byAliasKey.end())
        return false;
    auto &aliases = m_entities[*it].aliases;
    aliases.removeIf([&key](const GazetteerAlias &a) { return TextFold::key(a.text) == key; });
    m_byAliasKey.erase(it);
    return true;
}

void Gazetteer::removeEntity(int entity)
{
    if (entity < 0 || entity >= size())
        return;
    for (const auto &a : std::as_const(m_entities[entity].aliases))
        m_byAliasKey.remove(TextFold::key(a.text));
    m_entities[entity].aliases.clear();
    m_entities[entity].removed = true;
}

int Gazetteer::entityId(QStringView canonical) const
{
    return m_byCanonical.value(canonical.toString(), -1);
}

int Gazetteer::entityForAlias(QStringView alias) const
{
    return m_byAliasKey.value(TextFold::key(alias), -1);
}

} // namespace chipline::text
