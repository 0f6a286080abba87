#include "events/eventextractor.h"

#include "events/dateroles.h"

#include "core/hangul.h"

#include <algorithm>
#include <utility>

namespace chipline::events {

namespace {

// Sources report events; they do not take part in them.
bool isSource(const EntitySpan &entity)
{
    return entity.type == u"MEDIA";
}

bool identifiesEvent(const EntitySpan &entity)
{
    static const QStringList types{QStringLiteral("ORG"), QStringLiteral("GOV"), QStringLiteral("PERSON"),
                                   QStringLiteral("CHIP"), QStringLiteral("MODEL")};
    return types.contains(entity.type);
}

QStringList sortedUnique(QStringList names)
{
    names.sort();
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

// The spans in text order (stable: ties keep their given order), to visit only those of
// one sentence: scanning every date and entity for every sentence was quadratic, and a
// 5 MB article took minutes.
template <typename Span> QList<const Span *> byStart(const QList<Span> &spans)
{
    QList<const Span *> out;
    out.reserve(spans.size());
    for (const Span &span : spans)
        out.append(&span);
    std::stable_sort(out.begin(), out.end(), [](const Span *a, const Span *b) { return a->start < b->start; });
    return out;
}

// Those of sorted that start inside [start, end), in order.
template <typename Span>
std::pair<typename QList<const Span *>::const_iterator, typename QList<const Span *>::const_iterator> startingIn(
    const QList<const Span *> &sorted, qsizetype start, qsizetype end)
{
    const auto from = std::lower_bound(sorted.cbegin(), sorted.cend(), start,
                                       [](const Span *span, qsizetype at) { return span->start < at; });
    const auto to =
        std::lower_bound(from, sorted.cend(), end, [](const Span *span, qsizetype at) { return span->start < at; });
    return {from, to};
}

} // namespace

EventExtractor::EventExtractor(TriggerVocabulary vocabulary, TitleMaker titleMaker, ModalityVocabulary modality)
    : m_classifier(std::move(vocabulary)),
      m_titleMaker(std::move(titleMaker)),
      m_modality(std::move(modality))
{}

QList<CandidateEvent> EventExtractor::extract(QStringView text, const QList<temporal::DateMention> &dates,
                                              const QList<EntitySpan> &entities, QStringView language,
                                              const temporal::ResolvedDate &published) const
{
    QList<CandidateEvent> events;
    if ((dates.isEmpty() && !published.isValid()) || entities.isEmpty())
        return events;
    const QList<const temporal::DateMention *> datesByStart = byStart(dates);
    const QList<const EntitySpan *> entitiesByStart = byStart(entities);
    int sentence = -1;
    for (const SentenceSpan &s : m_splitter.split(text)) {
        ++sentence;
        if (s.truncated)
            continue;
        const auto inside = [&](qsizetype start, qsizetype end) { return s.start <= start && end <= s.end; };
        QList<const temporal::DateMention *> resolved;
        QList<std::pair<qsizetype, qsizetype>> cuts;
        const auto [firstDate, endDates] = startingIn(datesByStart, s.start, s.end);
        for (auto it = firstDate; it != endDates; ++it) {
            const temporal::DateMention &d = **it;
            if (!inside(d.start, d.end))
                continue;
            cuts.append({d.start - s.start, d.end - s.start});
            if (d.isResolved())
                resolved.append(&d);
        }
        // The lead reports what happened on the publication day even without a date of
        // its own ("엔비디아가 H20의 중국 수출을 중단했다"): its first sentence is dated so.
        const bool lead = resolved.isEmpty() && sentence == 0 && published.isValid();
        if (resolved.isEmpty() && !lead)
            continue;
        QStringList actors;
        QStringList mainActors;
        QStringList types;
        const auto [firstEntity, endEntities] = startingIn(entitiesByStart, s.start, s.end);
        for (auto it = firstEntity; it != endEntities; ++it) {
            const EntitySpan &e = **it;
            if (!inside(e.start, e.end) || isSource(e))
                continue;
            actors.append(e.canonical);
            types.append(e.type);
            if (identifiesEvent(e))
                mainActors.append(e.canonical);
        }
        if (actors.isEmpty())
            continue;
        const QStringView sentenceText = text.sliced(s.start, s.end - s.start);
        const EventClassifier::Classification c = m_classifier.classify(sentenceText, types, language);
        if (c.category == EventCategory::None)
            continue;
        const bool korean = language == u"ko" || (language != u"en" && core::containsHangulSyllable(sentenceText));
        EventModality modality = m_modality.assess(sentenceText, c.trigger.start, c.trigger.end, korean);
        if (modality == EventModality::Negated)
            continue;
        // A disclosure is the saying itself: one that forecasts a charge is still news of its day.
        if (modality == EventModality::Expected && c.category == EventCategory::CorporateDisclosure)
            modality = EventModality::Asserted;
        // An undated lead that plans, weighs or expects something has not happened that day.
        if (lead && modality != EventModality::Asserted)
            continue;
        std::sort(cuts.begin(), cuts.end());
        CandidateEvent event;
        event.modality = modality;
        if (lead) {
            event.date = published;
            event.fromPublication = true;
        } else {
            const DateRoles roles =
                assignDateRoles(sentenceText, s.start, resolved, c.trigger.start, c.trigger.end, korean);
            const temporal::DateMention *date = roles.occurred;
            event.date = date->value;
            if (roles.reported && roles.reported != date)
                event.reported = roles.reported->value;
            if (roles.effective && roles.effective != date)
                event.effective = roles.effective->value;
        }
        event.category = c.category;
        event.title = m_titleMaker.make(sentenceText, cuts);
        event.actors = sortedUnique(actors);
        event.mainActors = mainActors.isEmpty() ? event.actors : sortedUnique(mainActors);
        event.trigger = c.trigger.expression;
        event.evidenceStart = s.start;
        event.evidenceEnd = s.end;
        event.clusterKey = clusterKey(event);
        events.append(event);
    }
    return events;
}

} // namespace chipline::events
