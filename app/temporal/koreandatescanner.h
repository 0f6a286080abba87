#pragma once

#include "temporal/datemention.h"
#include "temporal/koreandatekeywords.h"

#include <QList>
#include <QStringView>

namespace chipline::temporal {

// Finds Korean date expressions in one pass: it stops only at ASCII digits and at the
// first syllable of a short keyword list (지난, 올해, 이날, 상반기, 월요일, ...), so the
// cost stays close to a plain scan of the text. Mentions come back unresolved, in order.
class KoreanDateScanner final
{
public:
    explicit KoreanDateScanner(QStringView text);
    Q_DISABLE_COPY_MOVE(KoreanDateScanner)

    QList<DateMention> scan();

private:
    struct Numeric;

    bool parseNumeric(qsizetype at, Numeric *out) const;
    qsizetype parseDaySuffix(qsizetype at, Numeric *out) const;
    qsizetype parsePeriod(qsizetype at, Numeric *out) const;
    qsizetype periodEnd(qsizetype at, Numeric *out) const;
    bool isDuration(qsizetype numberStart, qsizetype afterDay) const;
    qsizetype scanKeyword(qsizetype at);
    qsizetype afterPrefix(qsizetype keywordStart, qsizetype keywordEnd, int kind, int offset);
    void addBare(qsizetype start, const Numeric &num);
    void add(qsizetype start, qsizetype end, DateKind kind, int year, int month, int day, int offset,
             DatePeriod period = DatePeriod::None);

    bool startsAt(qsizetype at, QStringView what) const;
    qsizetype skipSpace(qsizetype at) const;
    int number(qsizetype at, qsizetype *end) const;

    QStringView m_text;
    const korean::KeywordIndex &m_keywords;
    QList<DateMention> m_mentions;
};

} // namespace chipline::temporal
