#include "exchange/eventcsv.h"

#include "events/eventcategory.h"
#include "temporal/resolveddate.h"

namespace chipline::exchange {

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString out = field;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

} // namespace

const QStringList &EventCsv::header()
{
    static const QStringList kHeader = {
        QStringLiteral("date"),   QStringLiteral("precision"), QStringLiteral("category"), QStringLiteral("title"),
        QStringLiteral("actors"), QStringLiteral("source"),    QStringLiteral("notes")};
    return kHeader;
}

QList<QStringList> EventCsv::records(const QString &text, QList<int> *lineOf)
{
    QList<QStringList> out;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool any = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
            any = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                record.append(field);
                out.append(record);
                if (lineOf)
                    lineOf->append(recordLine);
            }
            record.clear();
            field.clear();
            any = false;
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (any || !field.isEmpty()) {
        record.append(field);
        out.append(record);
        if (lineOf)
            lineOf->append(recordLine);
    }
    return out;
}

core::Result<CsvParse> EventCsv::parse(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // spreadsheets write a byte-order mark
    QList<int> lines;
    const QList<QStringList> recs = records(text, &lines);
    if (recs.isEmpty())
        return core::Error{QStringLiteral("the file is empty; expected the header %1").arg(header().join(u','))};
    QList<int> column(header().size(), -1);
    // Written files name each event's status: a rejected one stays rejected, not imported.
    qsizetype statusColumn = -1;
    for (int i = 0; i < recs[0].size(); ++i) {
        const QString name = recs[0][i].trimmed().toLower();
        if (const qsizetype k = header().indexOf(name); k >= 0)
            column[k] = i;
        else if (name == u"status")
            statusColumn = i;
    }
    if (column[0] < 0 || column[3] < 0)
        return core::Error{QStringLiteral("line 1: the header must name at least the columns date and title "
                                          "(expected %1)")
                               .arg(header().join(u','))};
    CsvParse out;
    for (int r = 1; r < recs.size(); ++r) {
        const QStringList &f = recs[r];
        const auto get = [&](int k) { return column[k] < 0 ? QString() : f.value(column[k]).trimmed(); };
        CsvEvent e;
        e.line = lines[r];
        e.date = get(0);
        e.precision = get(1).toLower();
        e.category = get(2).toLower();
        e.title = get(3);
        for (const QString &a : get(4).split(u';', Qt::SkipEmptyParts)) {
            if (!a.trimmed().isEmpty())
                e.actors.append(a.trimmed());
        }
        e.source = get(5);
        e.notes = get(6);
        if (e.date.isEmpty() && e.title.isEmpty())
            continue;
        if (statusColumn >= 0 && f.value(statusColumn).trimmed().toLower() == core::statusCode(core::EventStatus::Rejected)) {
            out.errors.append(QStringLiteral("line %1: the event was rejected; left out").arg(e.line));
            continue;
        }
        const temporal::ResolvedDate date = temporal::ResolvedDate::fromValue(e.date);
        if (!date.isValid()) {
            out.errors.append(
                QStringLiteral("line %1: \"%2\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(e.line).arg(e.date));
            continue;
        }
        if (e.precision.isEmpty())
            e.precision = date.precisionName();
        if (e.precision != date.precisionName()) {
            out.errors.append(QStringLiteral("line %1: precision \"%2\" does not match the date %3 (%4)")
                                  .arg(e.line)
                                  .arg(e.precision, e.date, date.precisionName()));
            continue;
        }
        if (e.title.isEmpty()) {
            out.errors.append(QStringLiteral("line %1: the title is empty").arg(e.line));
            continue;
        }
        if (e.category.isEmpty())
            e.category = QStringLiteral("other");
        if (events::categoryFromCode(e.category) == events::EventCategory::None) {
            out.errors.append(QStringLiteral("line %1: unknown category \"%2\"").arg(e.line).arg(e.category));
            continue;
        }
        out.rows.append(e);
    }
    return out;
}

QByteArray EventCsv::write(const QList<CsvEvent> &rows)
{
    QString out = header().join(u',') + QStringLiteral(",status,modality,dated_by\r\n");
    for (const CsvEvent &e : rows) {
        const QStringList fields = {e.date,   e.precision, e.category, e.title,    e.actors.join(u';'),
                                    e.source, e.notes,     e.status,   e.modality, e.datedBy};
        QStringList q;
        for (const QString &f : fields)
            q.append(quoted(f));
        out += q.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray EventCsv::write(const QList<storage::TimelineEvent> &events)
{
    QList<CsvEvent> rows;
    rows.reserve(events.size());
    for (const storage::TimelineEvent &e : events)
        rows.append({0, e.date.value(), e.date.precisionName(), core::categoryCode(e.category), e.title, e.actors,
                     e.source, e.notes, core::statusCode(e.status), core::modalityCode(e.modality),
                     e.datedByPublication ? QStringLiteral("publication") : QStringLiteral("text")});
    return write(rows);
}

} // namespace chipline::exchange
