#pragma once

#include <QList>
#include <QStringView>

namespace chipline::events {

// A sentence as UTF-16 offsets into the split text, without surrounding white space.
struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    // The text was cut off inside this sentence (it ends the text with "..." or "…"):
    // its words are kept for search, but it is no evidence for an event.
    bool truncated = false;
};

// Splits Korean and English news text into sentences. A sentence ends at . ? ! 。 or an
// ellipsis followed by white space (closing quotes and brackets stay with it), and at every
// line break. It does not end after an abbreviation (U.S., Jan., No., Mr.) or an initial,
// inside a decimal (3.2), or inside a quotation that closes later on the same line
// ("…했다. …했다"고 말했다 is one sentence).
class SentenceSplitter final
{
public:
    SentenceSplitter() = default;
    Q_DISABLE_COPY_MOVE(SentenceSplitter)

    QList<SentenceSpan> split(QStringView text) const;
};

} // namespace chipline::events
