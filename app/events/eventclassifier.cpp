#include "events/eventclassifier.h"

#include "core/hangul.h"

#include <utility>

namespace chipline::events {

namespace {

// Spans of text between double quotation marks, where triggers are reported speech.
QList<std::pair<qsizetype, qsizetype>> quotedSpans(QStringView sentence)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype open = -1;
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence[i];
        if (open < 0 && (c == u'"' || c == u'“')) {
            open = i;
        } else if (open >= 0 && (c == u'"' || c == u'”')) {
            spans.append({open, i + 1});
            open = -1;
        }
    }
    return spans;
}

bool actorPossible(EventCategory category, const QStringList &types)
{
    const auto any = [&](std::initializer_list<const char16_t *> wanted) {
        for (const char16_t *t : wanted) {
            if (types.contains(QStringView(t)))
                return true;
        }
        return false;
    };
    switch (category) {
    case EventCategory::ProductLaunch:
        return any({u"ORG", u"MODEL", u"CHIP"});
    case EventCategory::CorporateDisclosure:
        return any({u"ORG"});
    case EventCategory::EntityList:
        return any({u"ORG", u"GOV", u"RULE"});
    default:
        return true;
    }
}

} // namespace

EventClassifier::EventClassifier(TriggerVocabulary vocabulary)
    : m_vocabulary(std::move(vocabulary))
{}

EventClassifier::Classification EventClassifier::classify(QStringView sentence, const QStringList &entityTypes,
                                                          QStringView language) const
{
    QStringView lang = language;
    if (lang.isEmpty())
        lang = core::containsHangulSyllable(sentence) ? QStringView(u"ko") : QStringView(u"en");
    const auto quotes = quotedSpans(sentence);
    Classification best;
    for (const TriggerMatch &m : m_vocabulary.find(sentence, lang)) {
        bool quoted = false;
        for (const auto &[from, to] : quotes)
            quoted = quoted || (from <= m.start && m.end <= to);
        if (quoted || !actorPossible(m.category, entityTypes))
            continue;
        if (m.category < best.category)
            best = {m.category, m};
    }
    return best;
}

} // namespace chipline::events
