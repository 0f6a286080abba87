#pragma once

#include "events/eventcategory.h"
#include "events/triggervocabulary.h"

#include <QStringList>

namespace chipline::events {

// Decides a sentence's event category from its trigger words and the entity types in it.
//
// Rules, in order: triggers inside double quotation marks are speech, not events, and are
// ignored; a trigger contained in a longer one yields to it ("수출통제 명단" over
// "수출통제"); a negation ("허용하지 않") blocks what it overlaps; a category whose actor
// cannot be present is skipped (a product launch or disclosure needs a company, a model or
// a chip); among what is left the category earliest in EventCategory's order wins.
class EventClassifier final
{
public:
    explicit EventClassifier(TriggerVocabulary vocabulary);
    Q_DISABLE_COPY_MOVE(EventClassifier)

    struct Classification
    {
        EventCategory category = EventCategory::None;
        TriggerMatch trigger; // the deciding trigger; offsets into the sentence
    };

    // entityTypes: gazetteer types of the entities in the sentence (ORG, GOV, CHIP, ...).
    // language "ko"/"en" narrows the trigger list; empty guesses from the letters.
    Classification classify(QStringView sentence, const QStringList &entityTypes, QStringView language = {}) const;

private:
    TriggerVocabulary m_vocabulary;
};

} // namespace chipline::events
