#pragma once

#include "annotation/annotationservice.h"
#include "annotation/occurrencefinder.h"
#include "core/result.h"
#include "storage/annotationchange.h"
#include "storage/kwicquery.h"
#include "storage/namestore.h"

#include <QList>
#include <QString>

namespace chipline::storage {
class Database;
}

namespace chipline::annotation {

// The New names review: names recognition guessed from patterns (titles, head words,
// model numbers) that are not entities of the analyst's yet, and the decisions on them.
// Each decision on one or several names is one AnnotationChange, applied and undone by
// AnnotationService::apply like every other edit:
//  - accept: the name becomes a user entity (optionally of another type), recognized
//    everywhere from now on; its other occurrences in the corpus are marked at once,
//    wherever no other mention covers them;
//  - alias: the name becomes another entity's alias and its mentions move there;
//  - reject: its mentions are rejected and the name is never proposed again.
class NameReview final
{
    Q_DISABLE_COPY_MOVE(NameReview)

public:
    NameReview(storage::Database &db, AnnotationService &service);

    QList<storage::NewNameRecord> newNames(const QString &type = {}, int minArticles = 1);
    std::optional<storage::NewNameRecord> newName(const QString &name);
    // Where the name stands: keyword-in-context lines, newest articles first.
    QList<storage::KwicLine> contexts(qint64 entityId, int limit);

    // type empty keeps each name's guessed type.
    core::Result<storage::AnnotationChange> accept(const QList<qint64> &entityIds, const QString &type = {});
    core::Result<storage::AnnotationChange> addAsAlias(const QList<qint64> &entityIds, const EntityChoice &target);
    core::Result<storage::AnnotationChange> reject(const QList<qint64> &entityIds);

private:
    // The pattern entities behind ids, or an error naming the first that is no new name.
    core::Result<QList<storage::EntityRecord>> pending(const QList<qint64> &entityIds);
    // pending(), then the automatic backup a bulk edit waits for.
    core::Result<QList<storage::EntityRecord>> pendingWithBackup(const QList<qint64> &entityIds);
    void markOccurrences(const storage::EntityRecord &entity, storage::AnnotationChange &change);

    storage::Database &m_db;
    AnnotationService &m_service;
    storage::AnnotationStore m_store;
    storage::NameStore m_names;
    OccurrenceFinder m_finder; // built once: it reads the matcher's word lists
};

} // namespace chipline::annotation
