#pragma once

#include "core/event.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace chipline::analysis {

// What recognition found in one article. Offsets are Unicode code points into the body,
// the form storage and export use.
struct FoundMention
{
    qint64 start = 0;
    qint64 end = 0;
    QString entity; // canonical name
    QString type; // ORG, GOV, ...
    QString entityOrigin; // builtin (gazetteer or user), pattern
    double confidence = 1.0;
    QString foundBy = QStringLiteral("gazetteer"); // gazetteer, pattern, propagated
    bool local = false; // "김 의원", "A씨": someone in this article only, no corpus-wide entity
};

struct FoundDate
{
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    QString value; // ResolvedDate::value(); empty while unresolved
    QString precision; // day, month, quarter, half, year; empty while unresolved
};

// An event one sentence proposes (its id 0, a candidate of extraction's), with its passage.
struct FoundEvent : core::Event
{
    QStringList actors; // canonical names
    QStringList actorTypes; // each actor's type as the article's mentions give it; empty when none does
    // The dates at which another article's candidate is the same event (events::compatibleDates).
    QStringList compatibleDates;
    qint64 evidenceStart = 0;
    qint64 evidenceEnd = 0;
    QString reported; // the passage's reported date value, empty when none
    QString effective; // the passage's effective date value, empty when none
    bool datedByPublication = false; // a lead without a date of its own, dated by the publication day
};

struct ArticleAnalysis
{
    QList<FoundMention> mentions;
    QList<FoundDate> dates;
    QList<FoundEvent> events;
    QSet<QString> localNames; // of the mentions, those that stand for someone in this article alone
};

} // namespace chipline::analysis
