#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace chipline::storage {

class Database;

// One mention in its context: the words before, the mention, the words after.
struct KwicLine
{
    qint64 mentionId = 0;
    qint64 articleId = 0;
    qint64 start = 0; // code points into article.body
    qint64 end = 0;
    QString left;
    QString hit;
    QString right;
    QString title; // the title, or empty
    QString lead; // the body's first words when the article has no title
    QString outlet;
    QDateTime published;
};

// An article's text, for scanning it for more occurrences of a name.
struct ArticleText
{
    qint64 id = 0;
    QString title;
    QString body;
};

// Keyword-in-context lines and the full-text pre-selection for "apply to all occurrences".
// Context is cut in SQL (substr counts code points) so that bodies never leave SQLite.
class KwicQuery final
{
    Q_DISABLE_COPY_MOVE(KwicQuery)

public:
    explicit KwicQuery(Database &db);

    // Accepted mentions of the entity, newest articles first.
    static constexpr int kWalkAbove = 2000; // mentions: walk the articles rather than sort
    QList<KwicLine> forEntity(qint64 entityId, int limit, int contextChars = 40);
    // Articles whose title or body may contain text (the full-text indexes decide), at
    // most limit of them, newest first.
    QList<ArticleText> articlesContaining(const QString &text, int limit);
    // The context of one span, as a line of forEntity() has it (mention fields left 0).
    KwicLine context(qint64 articleId, qint64 start, qint64 end, int contextChars = 40);

private:
    Database &m_db;
};

} // namespace chipline::storage
