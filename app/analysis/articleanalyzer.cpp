#include "analysis/articleanalyzer.h"

#include "core/textoffsets.h"
#include "events/candidateevent.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/namestore.h"
#include "text/matcherlexicon.h"

namespace chipline::analysis {

namespace {

core::Result<text::Gazetteer> gazetteerWithUserData(storage::Database *db)
{
    auto gazetteer = text::Gazetteer::builtIn();
    if (!gazetteer || !db)
        return gazetteer;
    storage::EntityStore store(*db);
    QHash<qint64, QString> names;
    for (const auto &e : store.entities()) {
        names.insert(e.id, e.name);
        // Entities the user made; built-in ones keep the gazetteer's type unless retyped.
        const auto type = text::entityTypeFromCode(e.type);
        if (type && (e.origin == u"user" || gazetteer->entityId(e.name) >= 0))
            gazetteer->addEntity(e.name, *type);
    }
    for (const auto &alias : store.userAliases()) {
        if (alias.removed) {
            gazetteer->removeAlias(alias.text);
            continue;
        }
        const int id = gazetteer->entityId(names.value(alias.entityId));
        if (id >= 0)
            (void)gazetteer->addAlias(id, alias.text, alias.language);
    }
    return gazetteer;
}

core::Result<std::unique_ptr<ArticleAnalyzer>> build(storage::Database *db)
{
    // The gazetteer parses on a thread of its own while this one reads the rest.
    text::Gazetteer::preloadBuiltIn();
    (void)text::MatcherLexicon::builtIn();
    auto vocabulary = events::TriggerVocabulary::builtIn();
    if (!vocabulary)
        return core::Error{QStringLiteral("event vocabulary: %1").arg(vocabulary.error().message)};
    auto titles = events::TitleMaker::builtIn();
    if (!titles)
        return core::Error{QStringLiteral("title endings: %1").arg(titles.error().message)};
    auto modality = events::ModalityVocabulary::builtIn();
    if (!modality)
        return core::Error{QStringLiteral("event modality: %1").arg(modality.error().message)};
    auto gazetteer = gazetteerWithUserData(db);
    if (!gazetteer)
        return core::Error{QStringLiteral("gazetteer: %1").arg(gazetteer.error().message)};
    QSet<QString> rejected = db ? storage::NameStore(*db).rejectedNames() : QSet<QString>();
    return std::make_unique<ArticleAnalyzer>(gazetteer.value(), std::move(vocabulary).value(),
                                             std::move(titles).value(), std::move(modality).value(),
                                             std::move(rejected));
}

QString foundBy(text::MatchOrigin origin)
{
    switch (origin) {
    case text::MatchOrigin::Pattern:
        return QStringLiteral("pattern");
    case text::MatchOrigin::Propagated:
    case text::MatchOrigin::Abbreviation:
        return QStringLiteral("propagated");
    case text::MatchOrigin::Gazetteer:
        break;
    }
    return QStringLiteral("gazetteer");
}

} // namespace

ArticleAnalyzer::ArticleAnalyzer(const text::Gazetteer &gazetteer, events::TriggerVocabulary vocabulary,
                                 events::TitleMaker titles, events::ModalityVocabulary modality,
                                 QSet<QString> rejectedNames)
    : m_matcher(gazetteer),
      m_events(std::move(vocabulary), std::move(titles), std::move(modality)),
      m_rejected(std::move(rejectedNames))
{}

core::Result<std::unique_ptr<ArticleAnalyzer>> ArticleAnalyzer::create(storage::Database &db)
{
    return build(&db);
}

core::Result<std::unique_ptr<ArticleAnalyzer>> ArticleAnalyzer::createBuiltIn()
{
    return build(nullptr);
}

ArticleAnalysis ArticleAnalyzer::analyze(const core::Article &article, bool withEvents) const
{
    ArticleAnalysis out;
    const QString &body = article.body;
    const core::TextOffsets offsets(body);

    const QList<text::EntityMatch> matches = m_matcher.match(body);
    QList<events::EntitySpan> spans;
    spans.reserve(matches.size());
    out.mentions.reserve(matches.size());
    for (const auto &m : matches) {
        if (m.entity < 0 && !m_rejected.isEmpty() && m_rejected.contains(m.canonical))
            continue;
        const QString type = text::entityTypeCode(m.type);
        out.mentions.append({offsets.toCodePoint(m.start), offsets.toCodePoint(m.end), m.canonical, type,
                             m.entity < 0 ? QStringLiteral("pattern") : QStringLiteral("builtin"), double(m.confidence),
                             foundBy(m.origin), m.local});
        if (withEvents)
            spans.append({m.start, m.end, m.canonical, type});
    }

    const QDate reference = article.published.isValid() ? article.published.date() : QDate();
    const QList<temporal::DateMention> dates = m_dates.extract(body, reference, article.language);
    out.dates.reserve(dates.size());
    for (const auto &d : dates) {
        FoundDate f{
            offsets.toCodePoint(d.start), offsets.toCodePoint(d.end), body.mid(d.start, d.end - d.start), {}, {}};
        if (d.isResolved()) {
            f.value = d.value.value();
            f.precision = d.value.precisionName();
        }
        out.dates.append(f);
    }

    if (!withEvents)
        return out;
    const temporal::ResolvedDate published = reference.isValid()
        ? temporal::ResolvedDate{reference.year(), reference.month(), reference.day(), temporal::DatePrecision::Day}
        : temporal::ResolvedDate{};
    // What storing the events needs of the mentions, worked out here on a worker thread: the
    // import's single writer has enough to do.
    QHash<QString, QString> typeOf;
    for (const FoundMention &m : std::as_const(out.mentions)) {
        typeOf.insert(m.entity, m.type);
        if (m.local)
            out.localNames.insert(m.entity);
    }
    for (const auto &e : m_events.extract(body, dates, spans, article.language, published)) {
        FoundEvent &f = out.events.emplace_back();
        static_cast<core::Event &>(f) = e;
        f.actors = e.actors;
        for (const QString &actor : e.actors)
            f.actorTypes.append(typeOf.value(actor));
        f.compatibleDates = events::compatibleDates(e.date);
        f.evidenceStart = offsets.toCodePoint(e.evidenceStart);
        f.evidenceEnd = offsets.toCodePoint(e.evidenceEnd);
        f.reported = e.reported.value();
        f.effective = e.effective.value();
        f.datedByPublication = e.fromPublication;
    }
    return out;
}

} // namespace chipline::analysis
