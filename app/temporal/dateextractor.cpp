#include "temporal/dateextractor.h"

#include "temporal/dateresolver.h"
#include "temporal/englishdatescanner.h"
#include "temporal/koreandatescanner.h"

#include <algorithm>

namespace chipline::temporal {

QList<DateMention> DateExtractor::extract(QStringView text, const QDate &reference, QStringView language) const
{
    QList<DateMention> mentions;
    const bool korean = language != u"en";
    const bool english = language != u"ko";
    if (korean)
        mentions = KoreanDateScanner(text).scan();
    if (english) {
        const QList<DateMention> more = EnglishDateScanner(text).scan();
        if (mentions.isEmpty()) {
            mentions = more;
        } else if (!more.isEmpty()) {
            // Both grammars ran: merge in text order, dropping overlaps (first found wins).
            for (const DateMention &m : more) {
                const bool overlaps = std::any_of(mentions.cbegin(), mentions.cend(), [&](const DateMention &k) {
                    return m.start < k.end && k.start < m.end;
                });
                if (!overlaps)
                    mentions.append(m);
            }
            std::stable_sort(mentions.begin(), mentions.end(),
                             [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
        }
    }
    resolve(mentions, reference);
    return mentions;
}

void DateExtractor::resolve(QList<DateMention> &mentions, const QDate &reference) const
{
    DateResolver resolver(reference);
    for (DateMention &m : mentions)
        resolver.resolve(m);
}

} // namespace chipline::temporal
