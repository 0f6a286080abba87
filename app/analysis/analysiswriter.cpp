#include "analysis/analysiswriter.h"

#include "temporal/resolveddate.h"

namespace chipline::analysis {

namespace {

// timeline::clusterKey's "category|date|actor,actor" with this article's local actors
// ("A씨") named as their entities are: another article's event by its own A is another event.
QString localClusterKey(const QString &key, const QSet<QString> &local, qint64 articleId)
{
    const qsizetype bar = key.lastIndexOf(u'|');
    if (bar < 0)
        return key;
    QStringList actors = key.sliced(bar + 1).split(u',');
    for (QString &a : actors) {
        if (local.contains(a))
            a = storage::EntityStore::localName(a, articleId);
    }
    return key.first(bar + 1) + actors.join(u',');
}

} // namespace

AnalysisWriter::AnalysisWriter(storage::Database &db)
    : m_entities(db),
      m_mentions(db),
      m_dates(db),
      m_events(db)
{}

void AnalysisWriter::transactionEnded()
{
    m_ids.clear();
    m_events.forgetCache();
}

void AnalysisWriter::committed()
{
    m_ids.clear();
    m_events.committed();
}

core::Result<qint64> AnalysisWriter::entityId(const QString &name, const QString &type, const QString &origin)
{
    if (const auto it = m_ids.constFind(name); it != m_ids.cend())
        return it.value();
    auto id = m_entities.ensure(name, type, origin);
    if (id)
        m_ids.insert(name, id.value());
    return id;
}

core::Result<qint64> AnalysisWriter::localId(const QString &surface, const QString &type, qint64 articleId)
{
    const QString name = storage::EntityStore::localName(surface, articleId);
    if (const auto it = m_ids.constFind(name); it != m_ids.cend())
        return it.value();
    auto id = m_entities.ensureLocal(surface, type, articleId);
    if (id)
        m_ids.insert(name, id.value());
    return id;
}

core::Result<QList<storage::MentionRecord>> AnalysisWriter::mentionRows(qint64 articleId,
                                                                        const ArticleAnalysis &analysis)
{
    QList<storage::MentionRecord> rows;
    rows.reserve(analysis.mentions.size());
    for (const FoundMention &m : analysis.mentions) {
        auto id = m.local ? localId(m.entity, m.type, articleId) : entityId(m.entity, m.type, m.entityOrigin);
        if (!id)
            return id.error();
        storage::MentionRecord r;
        r.articleId = articleId;
        r.start = m.start;
        r.end = m.end;
        r.entityId = id.value();
        r.confidence = m.confidence;
        r.foundBy = m.foundBy;
        rows.append(r);
    }
    return rows;
}

core::Status AnalysisWriter::storeDatesAndEvents(qint64 articleId, const ArticleAnalysis &analysis, bool fresh)
{
    QList<storage::DateRecord> dates;
    dates.reserve(analysis.dates.size());
    for (const FoundDate &d : analysis.dates)
        dates.append({d.start, d.end, d.text, d.value, d.precision});
    if (auto st = fresh ? m_dates.add(articleId, dates) : m_dates.replace(articleId, dates); !st)
        return st;

    // The types whose entities identify an event (events::EventExtractor's main actors).
    static const QStringList kIdentifying{QStringLiteral("ORG"), QStringLiteral("GOV"), QStringLiteral("PERSON"),
                                          QStringLiteral("CHIP"), QStringLiteral("MODEL")};
    const QSet<QString> &local = analysis.localNames;
    for (const FoundEvent &e : analysis.events) {
        QList<qint64> actors;
        storage::EventRecord record;
        for (qsizetype i = 0; i < e.actors.size(); ++i) {
            const QString &name = e.actors[i];
            const QString type = e.actorTypes.value(i);
            const QString entityType = type.isEmpty() ? QStringLiteral("ORG") : type;
            auto id = local.contains(name) ? localId(name, entityType, articleId)
                                           : entityId(name, entityType, QStringLiteral("builtin"));
            if (!id)
                return id.error();
            actors.append(id.value());
            if (kIdentifying.contains(type))
                record.identifyingActorIds.append(id.value());
        }
        static_cast<core::Event &>(record) = e;
        record.clusterKey = local.isEmpty() ? e.clusterKey : localClusterKey(e.clusterKey, local, articleId);
        record.reported = e.reported;
        record.effective = e.effective;
        record.datedByPublication = e.datedByPublication;
        record.compatibleDates = e.compatibleDates;
        if (auto id = m_events.addCandidate(record, actors, articleId, e.evidenceStart, e.evidenceEnd); !id)
            return id.error();
    }
    return {};
}

core::Status AnalysisWriter::storeNew(qint64 articleId, const ArticleAnalysis &analysis)
{
    auto rows = mentionRows(articleId, analysis);
    if (!rows)
        return rows.error();
    if (auto st = m_mentions.addAll(rows.value()); !st)
        return st;
    m_events.beginNewArticle(articleId);
    return storeDatesAndEvents(articleId, analysis, true);
}

core::Status AnalysisWriter::replace(qint64 articleId, const ArticleAnalysis &analysis)
{
    auto rows = mentionRows(articleId, analysis);
    if (!rows)
        return rows.error();
    if (auto st = m_mentions.replaceAuto(articleId, rows.value()); !st)
        return st;
    if (auto st = m_events.clearCandidates(articleId); !st)
        return st;
    return storeDatesAndEvents(articleId, analysis, false);
}

} // namespace chipline::analysis
