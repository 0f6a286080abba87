#pragma once

#include "events/candidateevent.h"
#include "events/entityspan.h"
#include "events/eventclassifier.h"
#include "events/modalityvocabulary.h"
#include "events/sentencesplitter.h"
#include "events/titlemaker.h"
#include "temporal/datemention.h"

#include <QList>

namespace chipline::events {

// Proposes events sentence by sentence. A sentence becomes a candidate only when it has a
// resolved date, a trigger outside quotation marks and at least one entity that is not a
// news source: quotes and background sentences (a date and names but no trigger) are not
// events, and neither is a sentence the text was cut off in. One candidate per sentence,
// dated by the date that governs its verb (DateRoles), with the reported and effective
// dates beside it. A sentence that denies its event is none; one that only plans, weighs
// or expects it is a candidate with that modality (ModalityVocabulary).
class EventExtractor final
{
public:
    EventExtractor(TriggerVocabulary vocabulary, TitleMaker titleMaker, ModalityVocabulary modality);
    Q_DISABLE_COPY_MOVE(EventExtractor)

    // dates: DateExtractor's mentions of text; entities: the matcher's spans of text
    // (both UTF-16 offsets, any order). language "ko"/"en", or empty to guess per sentence.
    // published, when valid, dates an article's first sentence that has no date of its own,
    // when that sentence reports its event as done.
    QList<CandidateEvent> extract(QStringView text, const QList<temporal::DateMention> &dates,
                                  const QList<EntitySpan> &entities, QStringView language = {},
                                  const temporal::ResolvedDate &published = {}) const;

    const EventClassifier &classifier() const { return m_classifier; }

private:
    EventClassifier m_classifier;
    TitleMaker m_titleMaker;
    ModalityVocabulary m_modality;
    SentenceSplitter m_splitter;
};

} // namespace chipline::events
