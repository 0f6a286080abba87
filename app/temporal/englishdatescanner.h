#pragma once

#include "temporal/datemention.h"

#include <QList>
#include <QStringView>

namespace chipline::temporal {

// Finds English date expressions in one pass over the words of a text: month names
// (April 9, Jan. 15, 9 April 2025, in April 2025), weekdays (on Tuesday, last Friday),
// relative months and years (last month, earlier this year) and ISO dates.
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
    QStringView wordBefore(qsizetype at, qsizetype *wordStart = nullptr) const;
    QStringView wordAt(qsizetype at, qsizetype *wordEnd) const;
    int number(qsizetype at, qsizetype *end, int maxDigits) const;
    void add(qsizetype start, qsizetype end, DateKind kind, int year, int month, int day,
             int offset);

    QStringView m_text;
    QList<DateMention> m_mentions;
};

} // namespace chipline::temporal
