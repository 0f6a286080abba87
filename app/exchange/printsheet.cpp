#include "exchange/printsheet.h"

namespace chipline::exchange {

render::TimelineSheet PrintSheet::of(const annotation::TimelineSelection &selection,
                                     const QHash<qint64, QList<storage::EvidencePassage>> &evidence)
{
    render::TimelineSheet sheet;
    sheet.items = selection.items(false);
    sheet.laneTitles = selection.laneTitles();
    sheet.from = selection.from;
    sheet.to = selection.to;
    sheet.filter = selection.describeFilter();
    sheet.events.reserve(selection.events.size());
    for (const storage::TimelineEvent &e : selection.events) {
        render::SheetEvent out;
        out.datedByPublication = e.datedByPublication;
        out.actors = e.actors;
        for (const storage::EvidencePassage &p : evidence.value(e.id))
            out.citations.append({p.outlet, p.reporter, p.published, p.articleTitle, p.date, p.url, p.sourcePath});
        sheet.events.append(std::move(out));
    }
    return sheet;
}

} // namespace chipline::exchange
