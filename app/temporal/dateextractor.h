#pragma once

#include "temporal/datemention.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace chipline::temporal {

// Finds date expressions in an article and resolves them against its publication date.
//
// Resolution follows the reader's rules that gen_corpus.py encodes: news prefers the past
// ("N일" is this month when N is not after the reference day, else last month), 이날/전날
// count from the last explicit day the article gave, and a value keeps its precision.
// An undated article (invalid reference) still yields every mention; those that need the
// reference stay unresolved with a reason. Storage keeps each mention's kind and numbers,
// and resolve() finishes them once the user sets the date: no text needs re-scanning.
class DateExtractor final
{
public:
    DateExtractor() = default;
    Q_DISABLE_COPY_MOVE(DateExtractor)

    // language is a BCP 47 primary tag; "ko" and "en" pick one grammar, anything else
    // runs both (mixed or unknown text).
    QList<DateMention> extract(QStringView text, const QDate &reference, QStringView language) const;

    // Resolves (again) mentions in text order against reference; numbers and kinds are
    // kept, values and reasons replaced.
    void resolve(QList<DateMention> &mentions, const QDate &reference) const;
};

} // namespace chipline::temporal
