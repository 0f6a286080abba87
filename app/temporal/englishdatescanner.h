#pragma once

#include "temporal/datemention.h"

#include <QList>
#include <QStringView>

namespace chipline::temporal {

// Finds English date expressions in one pass over the words of a text: month names
// (April 9, Jan. 15, 9 April 2025, in April 2025), weekdays (on Tuesday, last Friday),
// relative weeks, months and years (last week, earlier this year, late last year), days
// counted from the story's day (a day earlier, the day before), ISO and US numeric dates
// (2025-04-15, 4/15/2025), years after a preposition (since 2023, mid-2025), quarters and
// halves (Q3, the first quarter of 2026, first half); fiscal ones stay Fiscal.
// A bare weekday is the story's day or before it, or on or after it when the clause speaks
// of the future ("will meet on Friday").
// Month names count only with a number or a preposition, so "may" and "March" as
// ordinary words stay out. Mentions come back unresolved, in text order.
class EnglishDateScanner final
{
public:
    explicit EnglishDateScanner(QStringView text);
    Q_DISABLE_COPY_MOVE(EnglishDateScanner)

    QList<DateMention> scan();

private:
    qsizetype scanWord(qsizetype start, qsizetype end);
    qsizetype scanDigits(qsizetype start);
    qsizetype scanMonth(qsizetype start, qsizetype end, int month);
    qsizetype scanPhrase(qsizetype start, qsizetype end, QStringView word);
    qsizetype scanYearPart(qsizetype start, qsizetype end, int ordinal);
    bool isFuture(qsizetype at) const;
    qsizetype wordBeforeStart(qsizetype at) const;
    void addPart(qsizetype start, qsizetype end, int year, int month, DatePeriod period, bool fiscal);
    QStringView wordBefore(qsizetype at, qsizetype *wordStart = nullptr) const;
    QStringView wordAt(qsizetype at, qsizetype *wordEnd) const;
    int number(qsizetype at, qsizetype *end, int maxDigits) const;
    void add(qsizetype start, qsizetype end, DateKind kind, int year, int month, int day, int offset);

    QStringView m_text;
    QList<DateMention> m_mentions;
};

} // namespace chipline::temporal
