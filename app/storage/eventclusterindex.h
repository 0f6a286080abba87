#pragma once

#include "core/result.h"
#include "storage/dataversion.h"
#include "storage/statement.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::storage {

class Database;

// What EventStore asks of the stored events to place a new article's candidate: events by
// cluster key, the survivor of a merged key, and the events of a category at a date with
// their actors. A large import asked SQLite for each of 250,000 candidates (a fifth of its
// writer's time); this holds the answers in memory. It is read once, kept current by the
// store's own writes, kept across its connection's commits while no other connection
// writes (PRAGMA data_version), and dropped after a rollback.
class EventClusterIndex final
{
    Q_DISABLE_COPY_MOVE(EventClusterIndex)

public:
    explicit EventClusterIndex(Database &db);

    // For use inside a write transaction: reads the events again the first time in a
    // transaction after another connection wrote. False when they cannot be read.
    bool ready();
    // The transaction committed: what is held stays true until another connection writes.
    void committed() { m_checked = false; }
    // Rolled back, or events changed in ways the index does not follow.
    void clear();

    qint64 eventWithKey(const QString &key) const { return m_byKey.value(key); }
    // The event that the first passage stored under a key other than its event's went to.
    qint64 eventOfMergedKey(const QString &key) const { return m_byPassageKey.value(key); }
    // EventStore's related-event rule; articleEvents: events that already have a passage
    // of the candidate's article.
    qint64 related(const QString &category, const QString &date, const QStringList &compatibleDates,
                   const QList<qint64> &identifyingActors, const QList<qint64> &articleEvents) const;
    // The precision of an untouched candidate's date; empty for the analyst's events.
    QString untouchedPrecision(qint64 eventId) const;

    // The store's writes, followed while loaded.
    core::Status eventAdded(qint64 id, const QString &category, const QString &date, const QString &precision,
                            const QString &key, const QList<qint64> &actors);
    void passageAdded(qint64 eventId, const QString &passageKey);
    void dateSet(qint64 eventId, const QString &date, const QString &precision);

private:
    struct Event
    {
        QString category;
        QString date;
        QString precision;
        bool rejected = false;
        bool untouched = false; // a candidate the analyst has not edited
        QList<qint64> actors;
        QList<qint64> identifying; // actors whose entity identifies an event
    };
    core::Status load();
    QList<qint64> &atDate(const Event &e) { return m_byDate[e.category][e.date]; }

    Database &m_db;
    DataVersion m_version;
    Statement m_entityType;
    qint64 m_loadedVersion = -1;
    bool m_loaded = false;
    bool m_checked = false; // in this transaction
    QHash<qint64, Event> m_events;
    QHash<QString, QHash<QString, QList<qint64>>> m_byDate; // category -> date -> ids
    QHash<QString, qint64> m_byKey;
    QHash<QString, qint64> m_byPassageKey;
    QHash<qint64, bool> m_identifyingEntity;
};

} // namespace chipline::storage
