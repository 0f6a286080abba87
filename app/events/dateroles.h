#pragma once

#include "temporal/datemention.h"

#include <QList>
#include <QStringView>

namespace chipline::events {

// Which of a sentence's dates governs what. In "AMD는 이날 공시를 통해 미 상무부가 지난 3일 …
// 통보했다고 밝혔다" the event (the notification) happened 지난 3일 and was reported 이날; in
// "Nvidia said on Tuesday that the government had informed it on April 9" likewise. A date
// bound to the reporting frame (…고 밝혔다, …가 17일 보도했다, said on Tuesday, the FT
// reported on Wednesday) is the reported date; one that a rule starts from (…부터 시행, takes
// effect on) is the effective date; the event happened on the first other one, else on the
// reported date, else on the effective one. Among several others the day nearest the
// trigger wins ("will hold a call on Wednesday … after it granted licenses on Nov. 26").
struct DateRoles
{
    const temporal::DateMention *occurred = nullptr;
    const temporal::DateMention *reported = nullptr;
    const temporal::DateMention *effective = nullptr;
};

// sentence starts at sentenceStart in the text the mentions' offsets refer to; dates are the
// sentence's resolved mentions in text order; [triggerStart, triggerEnd) is the event's
// trigger in sentence. korean picks the grammar of the frames.
DateRoles assignDateRoles(QStringView sentence, qsizetype sentenceStart,
                          const QList<const temporal::DateMention *> &dates, qsizetype triggerStart,
                          qsizetype triggerEnd, bool korean);

} // namespace chipline::events
