// Date extraction and resolution. The first three bytes choose the reference date (or none)
// and the language; the rest is the text. Mentions lie inside the text, in order, and
// resolving them again against another date keeps them.
#include "fuzzsupport.h"
#include "temporal/dateextractor.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace chipline;
    if (size < 3)
        return 0;
    static const temporal::DateExtractor extractor;
    // Reference days from 1990 to about 2080, or invalid (an undated transcript).
    const int days = (data[0] << 8) | data[1];
    const QDate reference = days == 0xFFFF ? QDate() : QDate(1990, 1, 1).addDays(days / 2);
    const QStringView languages[] = {u"ko", u"en", u"zh", u""};
    const QStringView language = languages[data[2] % 4];
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    QList<temporal::DateMention> mentions = extractor.extract(input, reference, language);
    qsizetype lastStart = 0;
    for (const auto &m : mentions) {
        fuzz::require(m.start >= lastStart, "mentions out of text order");
        fuzz::require(m.end > m.start && m.end <= input.size(), "a mention outside the text");
        lastStart = m.start;
    }
    const qsizetype count = mentions.size();
    extractor.resolve(mentions, QDate(2025, 2, 28));
    fuzz::require(mentions.size() == count, "resolve changed the number of mentions");
    return 0;
}
