#pragma once

#include "core/result.h"
#include "render/printoptions.h"
#include "render/timelinesheet.h"
#include "timeline/timelinepaginator.h"

#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace chipline::render {

// The printed timeline: the time range split across pages at one scale with the axis
// continued, each page headed (title, filters, range, page n of m) and carrying a legend,
// events numbered, then the list of events by number with their citations. Paints on any
// QPagedPaintDevice (QPdfWriter headless, QPrinter from the print dialogs), in points, in
// the installed language (core::Translations).
class TimelineDocument final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::render::TimelineDocument)

public:
    TimelineDocument(const TimelineSheet &sheet, PrintOptions options);

    // Paints every page; returns the page count.
    int paint(QPagedPaintDevice *device);
    static core::Result<int> writePdf(const QString &path, const TimelineSheet &sheet, const PrintOptions &options);
    // The title on every page: the given one, else the default in the installed language.
    static QString title(const QString &given);
    // "2023-01-01 – 2023-12-31 · Status: … · 12 events", under the title.
    static QString summary(const TimelineSheet &sheet);
    // The status as the printed list and the TimelineJS export name it.
    static QString statusText(core::EventStatus status);

private:
    struct ListBlock
    {
        int number = 0;
        QString heading;
        QStringList lines;
        double height = 0;
    };
    struct Fonts;

    void paintHeader(QPainter &p, const Fonts &f, const QRectF &page, int number, int total) const;
    double paintLegend(QPainter &p, const Fonts &f, const QRectF &page, bool measureOnly) const;
    QList<ListBlock> listBlocks(const Fonts &f, double width, QPaintDevice *device) const;

    const TimelineSheet &m_sheet;
    PrintOptions m_options;
    QList<core::EventCategory> m_categories; // the categories in the selection, for every page's legend
    bool m_tentative = false; // some are planned, considered or expected: the legend says how they look
    bool m_rejected = false; // a filter let rejected events in: the legend says how they look
};

} // namespace chipline::render
