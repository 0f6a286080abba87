#pragma once

#include "timeline/timelineitem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::render {

// One article cited under an event in the printed list.
struct SheetCitation
{
    QString outlet;
    QString reporter;
    QString published; // ISO; its day is printed
    QString articleTitle;
    QString date; // the date the article gives, when it is not the event's
    QString url; // cited when it is a web address
    QString sourcePath; // else the file's name
};

// What the printed list says of an event beyond its TimelineItem (which carries its date,
// category, status, modality, source and notes).
struct SheetEvent
{
    bool datedByPublication = false;
    QStringList actors;
    QList<SheetCitation> citations;
};

// Everything the printout and the images show, as plain values, so that render never reads
// the database: the caller loads the selection and fills this (exchange::PrintSheet).
struct TimelineSheet
{
    QList<timeline::TimelineItem> items; // labelled with the titles; the printout numbers them
    QStringList laneTitles; // in the installed language
    QDate from; // the plotted days [from, to)
    QDate to;
    QString filter; // "Status: … · Lanes: …", for headers and the SVG's description
    QList<SheetEvent> events; // the printed list: one per item, in the same order
};

} // namespace chipline::render
