#include "gazetteer.h"

#include "core/article.h"
#include "textfold.h"

#include <QFile>

#include <array>

namespace chipline::text {

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<char16_t const *, 4> kColumnLanguages = {u"ko", u"en", u"zh", u"ja"};
constexpr qsizetype kMaxAliasUnits = 120;
} // namespace

core::Result<Gazetteer> Gazetteer::fromTsv(QStringView tsv)
{
    Gazetteer g;
    int lineNo = 0;
    for (QStringView line : tsv.tokenize(u'\n')) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> cols = line.split(u'\t');
        if (cols.size() < 2)
            return core::Error{u"gazetteer line %1: expected canonical name and type"_s.arg(lineNo)};
        const QString canonical = cols[0].trimmed().toString();
        const auto type = entityTypeFromCode(cols[1].trimmed());
        if (canonical.isEmpty() || !type)
            return core::Error{u"gazetteer line %1: bad name or type '%2'"_s.arg(lineNo).arg(cols[1])};
        if (g.entityId(canonical) >= 0)
            return core::Error{u"gazetteer line %1: '%2' is listed twice"_s.arg(lineNo).arg(canonical)};
        const int id = g.addEntity(canonical, *type);
        for (qsizetype c = 2; c < cols.size() && c - 2 < qsizetype(kColumnLanguages.size()); ++c) {
            const QString language = QString::fromUtf16(kColumnLanguages[c - 2]);
            for (QStringView alias : cols[c].split(u'|', Qt::SkipEmptyParts)) {
                alias = alias.trimmed();
                const bool exact = alias.startsWith(u'=');
                if (exact)
                    alias = alias.sliced(1);
                if (alias.isEmpty() || alias == u"-")
                    continue;
                const int owner = g.entityForAlias(alias);
                if (owner >= 0 && owner != id) {
                    return core::Error{u"gazetteer line %1: alias '%2' already belongs to '%3'"_s.arg(lineNo)
                                           .arg(alias, g.entity(owner).canonical)};
                }
                if (const core::Status s = g.addAlias(id, alias.toString(), language, exact); !s)
                    return core::Error{u"gazetteer line %1: %2"_s.arg(lineNo).arg(s.error().message)};
            }
        }
    }
    return g;
}

core::Result<Gazetteer> Gazetteer::builtIn()
{
    QFile file(u":/gazetteer/gazetteer.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{u"built-in gazetteer resource is missing"_s};
    return fromTsv(QString::fromUtf8(file.readAll()));
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
    if (const auto it = m_byAliasKey.constFind(key); it != m_byAliasKey.cend() && *it != entity)
        removeAlias(alias);
    auto &aliases = m_entities[entity].aliases;
    for (auto &a : aliases) {
        // Case-sensitive spellings of one key (Arm, ARM) live side by side.
        if (TextFold::key(a.text) == key && !(caseSensitive && a.caseSensitive && a.text != alias)) {
            a = GazetteerAlias{alias, language, caseSensitive};
            return core::Status::success();
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
