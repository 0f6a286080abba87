#pragma once

#include "core/result.h"
#include "events/eventmodality.h"

#include <QHash>
#include <QList>
#include <QString>

namespace chipline::events {

// The words that tell whether a sentence's event happened, read from a TSV (expression,
// language, kind, scope; resources/vocabulary/event-modality.tsv explains them). Markers
// count only where they govern the event's trigger: after it in Korean ("금지하는 방안을
// 검토 중"), before it in English ("is considering adding"), in the same clause unless their
// scope is the sentence ("…했다는 보도를 부인했다"). A value type, like TriggerVocabulary.
class ModalityVocabulary final
{
public:
    ModalityVocabulary() = default; // no words: every event is asserted

    // The vocabulary compiled in from resources/vocabulary/event-modality.tsv.
    static core::Result<ModalityVocabulary> builtIn();
    static core::Result<ModalityVocabulary> fromTsv(QStringView tsv);

    // The modality of the event whose trigger is [triggerStart, triggerEnd) in sentence
    // (UTF-16 offsets into it); korean picks the language's words and the side they stand on.
    EventModality assess(QStringView sentence, qsizetype triggerStart, qsizetype triggerEnd, bool korean) const;
    qsizetype size() const { return m_entries.size(); }

private:
    enum class Kind {
        Marker,
        Canceller,
        Boundary
    };
    struct Entry
    {
        QString expression;
        bool english = false;
        Kind kind = Kind::Marker;
        EventModality modality = EventModality::Asserted;
        bool wholeSentence = false;
    };
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0;
        const Entry *entry = nullptr;
    };
    QList<Match> matches(QStringView sentence, bool english) const;

    QList<Entry> m_entries;
    QHash<char16_t, QList<qsizetype>> m_byFirst; // first character -> entries, in list order
};

} // namespace chipline::events
