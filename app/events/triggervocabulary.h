#pragma once

#include "core/result.h"
#include "events/eventcategory.h"

#include <QHash>
#include <QList>
#include <QString>

namespace chipline::events {

// One trigger found in a sentence; UTF-16 offsets into that sentence.
struct TriggerMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    EventCategory category = EventCategory::None;
    QString expression;
};

// Event trigger words by language and category, read from a TSV (expression, language,
// category; '#' starts a comment). Korean expressions match as substrings (particles and
// endings glue to the stem); English ones match whole words, case-insensitively, and a
// trailing '*' makes a prefix ("retaliat*"). Category "none" marks a blocking phrase
// ("허용하지 않"): triggers overlapping it are dropped, so a negation is not an event.
// A value type: the vocabulary is data, copied into whoever classifies.
class TriggerVocabulary final
{
public:
    TriggerVocabulary() = default;

    // The vocabulary compiled in from resources/vocabulary/event-triggers.tsv.
    static core::Result<TriggerVocabulary> builtIn();
    static core::Result<TriggerVocabulary> fromTsv(QStringView tsv);

    // Matches in sentence, with contained and blocked matches removed, in text order.
    // language "ko" or "en" restricts the expressions tried; anything else tries both.
    QList<TriggerMatch> find(QStringView sentence, QStringView language) const;
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        QString expression; // lower-case for English
        bool english = false;
        bool prefix = false;
        bool blocking = false;
        EventCategory category = EventCategory::None;
    };

    QList<Entry> m_entries;
    // First character -> entries, per language: the sentence as written is searched for the
    // Korean ones, its lower-case copy for the English ones.
    QHash<char16_t, QList<qsizetype>> m_koreanByFirst;
    QHash<char16_t, QList<qsizetype>> m_englishByFirst;
};

} // namespace chipline::events
