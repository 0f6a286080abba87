#include "annotation/occurrencefinder.h"

#include "core/textoffsets.h"
#include "storage/annotationstore.h"
#include "storage/kwicquery.h"
#include "storage/mentionstore.h"
#include "text/matcherlexicon.h"

#include <algorithm>

namespace chipline::annotation {

namespace {

constexpr int kContext = 40;

QString flat(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

OccurrenceFinder::OccurrenceFinder(storage::Database &db)
    : m_db(db),
      m_boundary(m_particles)
{
    const text::MatcherLexicon lexicon = text::MatcherLexicon::builtIn();
    m_particles = text::KoreanParticles(lexicon.particles, lexicon.particleTails);
}

QList<Occurrence> OccurrenceFinder::toAnnotate(const QString &text, qint64 entityId, qint64 skipArticle,
                                               qint64 skipStart)
{
    QList<Occurrence> out;
    if (text.trimmed().isEmpty())
        return out;
    storage::KwicQuery kwic(m_db);
    storage::MentionStore mentions(m_db);
    const QList<storage::ArticleText> articles = kwic.articlesContaining(text, kMaxArticles);
    for (const storage::ArticleText &article : articles) {
        const QString &body = article.body;
        QList<storage::MentionRecord> existing;
        bool loaded = false;
        const core::TextOffsets offsets(body);
        for (qsizetype at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
            const qsizetype stop = at + text.size();
            if (!m_boundary.startsAt(body, at) || !m_boundary.endsAt(body, stop))
                continue;
            const qint64 start = offsets.toCodePoint(at);
            const qint64 end = offsets.toCodePoint(stop);
            if (article.id == skipArticle && start == skipStart)
                continue;
            if (!loaded) {
                existing = mentions.forArticle(article.id);
                loaded = true;
            }
            const bool done = std::any_of(existing.cbegin(), existing.cend(), [&](const storage::MentionRecord &m) {
                return m.status == u"accepted" && m.start == start && m.end == end
                    && (entityId == 0 || m.entityId == entityId);
            });
            if (done)
                continue;
            const qsizetype from = std::max<qsizetype>(0, at - kContext);
            out.append({article.id, 0, start, end, article.title, flat(body.mid(from, at - from)), text,
                        flat(body.mid(stop, kContext))});
        }
    }
    return out;
}

QList<Occurrence> OccurrenceFinder::toReject(const QString &text, qint64 entityId, qint64 skipMention)
{
    QList<Occurrence> out;
    storage::AnnotationStore store(m_db);
    storage::KwicQuery kwic(m_db);
    for (const storage::MentionRecord &m : store.acceptedWithText(entityId, text)) {
        if (m.id == skipMention)
            continue;
        const storage::KwicLine line = kwic.context(m.articleId, m.start, m.end, kContext);
        out.append({m.articleId, m.id, m.start, m.end, line.title, line.left, line.hit, line.right});
    }
    return out;
}

} // namespace chipline::annotation
