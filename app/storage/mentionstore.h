#pragma once

#include "core/result.h"
#include "storage/statement.h"

#include <QList>
#include <QString>

namespace chipline::storage {

class Database;

struct MentionRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 start = 0; // code points into article.body
    qint64 end = 0;
    qint64 entityId = 0;
    QString origin = QStringLiteral("auto"); // auto, manual
    QString status = QStringLiteral("accepted"); // accepted, rejected
    double confidence = 1.0;
    QString foundBy = QStringLiteral("gazetteer"); // gazetteer, pattern, propagated (recognition's rows)
    // Filled when read back, for display and export.
    QString entityName;
    QString entityType;
    QString entityOrigin; // builtin, user, pattern: a pattern entity is a guess until accepted

    // The origin export and the reader show: manual, or how recognition found it.
    QString shownOrigin() const { return origin == u"manual" ? origin : foundBy; }
    // A name recognition guessed and the analyst has not accepted yet.
    bool isGuess() const { return origin != u"manual" && entityOrigin == u"pattern"; }
};

// Entity mentions. Recognition writes 'auto' rows; the analyst's hand corrections are
// 'manual' rows or 'rejected' statuses, which re-recognition never removes or undoes.
class MentionStore final
{
    Q_DISABLE_COPY_MOVE(MentionStore)

public:
    explicit MentionStore(Database &db);

    core::Status add(const MentionRecord &mention);
    // Many rows at once (an import stores a million of them).
    core::Status addAll(const QList<MentionRecord> &mentions);
    // Replaces the article's accepted automatic mentions with found, leaving manual mentions
    // and rejections alone: a found span that overlaps a manual mention or repeats a rejected
    // one (same span) is dropped.
    core::Status replaceAuto(qint64 articleId, const QList<MentionRecord> &found);
    QList<MentionRecord> forArticle(qint64 articleId);

    // The one way mention rows are read, here and in AnnotationStore: the columns of a
    // MentionRecord with its entity's name, type and origin, then tail (joins, WHERE,
    // ORDER BY); read() decodes the current row, readAll() the remaining ones.
    static QByteArray selectSql(const char *tail);
    static MentionRecord read(const Statement &st);
    static QList<MentionRecord> readAll(Statement &st);

private:
    Statement m_insert;
    Statement m_insertAuto;
    Statement m_forArticle;
    Statement m_deleteAuto;
    Statement m_kept;
};

} // namespace chipline::storage
