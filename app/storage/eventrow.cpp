#include "storage/eventrow.h"

#include "storage/statement.h"

namespace chipline::storage {

core::Event eventFromRow(const Statement &st)
{
    core::Event e;
    e.id = st.int64(0);
    e.date = core::ResolvedDate::fromValue(st.text(1));
    e.category = core::categoryFromCode(st.text(3));
    e.title = st.text(4);
    e.status = core::statusFromCode(st.text(5)).value_or(core::EventStatus::Candidate);
    e.origin = st.int64(6) != 0 ? core::EventOrigin::Analyst : core::EventOrigin::Extraction;
    e.clusterKey = st.text(7);
    e.source = st.text(8);
    e.notes = st.text(9);
    return e;
}

void bindEvent(Statement &st, const core::Event &event)
{
    if (event.id > 0)
        st.bind(1, event.id);
    else
        st.bindNull(1);
    st.bind(2, event.date.value()).bind(3, event.date.precisionName()).bind(4, core::categoryCode(event.category));
    st.bind(5, event.title).bind(6, core::statusCode(event.status));
    st.bind(7, qint64(event.origin == core::EventOrigin::Analyst ? 1 : 0)).bindOptional(8, event.clusterKey);
    st.bindOptional(9, event.source).bindOptional(10, event.notes);
}

core::EventModality modalityFromColumn(const Statement &st, int column)
{
    // The column holds only the undecided modalities (a CHECK in the schema): NULL, the
    // common row, says the event happened.
    return core::modalityFromCode(st.text(column)).value_or(core::EventModality::Asserted);
}

EvidenceRecord evidenceFromRow(const Statement &st, int first, qint64 eventId)
{
    EvidenceRecord v;
    v.eventId = eventId;
    v.articleId = st.int64(first);
    v.start = st.int64(first + 1);
    v.end = st.int64(first + 2);
    v.clusterKey = st.text(first + 3);
    v.reported = st.text(first + 4);
    v.effective = st.text(first + 5);
    v.date = st.text(first + 6);
    v.datedByPublication = st.text(first + 7) == u"publication";
    v.modality = modalityFromColumn(st, first + 8);
    return v;
}

void bindEvidence(Statement &st, qint64 eventId, const EvidenceRecord &passage, const QString &storedKey)
{
    st.bind(1, eventId).bind(2, passage.articleId).bind(3, passage.start).bind(4, passage.end);
    st.bindOptional(5, storedKey);
    st.bindOptional(6, passage.reported).bindOptional(7, passage.effective).bindOptional(8, passage.date);
    st.bind(9, passage.datedByPublication ? QStringLiteral("publication") : QStringLiteral("text"));
    if (passage.modality == core::EventModality::Asserted)
        st.bindNull(10);
    else
        st.bind(10, core::modalityCode(passage.modality));
}

} // namespace chipline::storage
