#pragma once

// A small database for the annotation tests: articles stored and recognised as an import
// stores them, full-text indexed, and a dump of the rows an annotation edit may touch so
// that an undo can be compared with the state before, row for row.
#include "analysis/analysiswriter.h"
#include "analysis/articleanalyzer.h"
#include "core/article.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/lanestore.h"
#include "storage/statement.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class AnnotationFixture
{
public:
    bool open()
    {
        if (!m_dir.isValid())
            return false;
        auto db = chipline::storage::Database::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_serial)));
        if (!db)
            return false;
        m_db = std::move(db).value();
        auto analyzer = chipline::analysis::ArticleAnalyzer::create(*m_db);
        if (!analyzer)
            return false;
        m_analyzer = std::move(analyzer).value();
        chipline::storage::ArticleStore store(*m_db);
        auto source = store.addSource({QStringLiteral("/fixture.txt"), 1, QByteArray("h"), QStringLiteral("text")});
        if (!source)
            return false;
        m_source = source.value();
        m_index = 0;
        return true;
    }

    void close() { m_db.reset(); }

    // Builds the analyzer again from the database, as a new import would (after decisions).
    bool reloadAnalyzer()
    {
        auto analyzer = chipline::analysis::ArticleAnalyzer::create(*m_db);
        if (!analyzer)
            return false;
        m_analyzer = std::move(analyzer).value();
        return true;
    }

    // Stores, recognises and indexes one article; 0 on failure.
    qint64 add(const QString &body, const QString &title = {})
    {
        chipline::storage::ArticleStore store(*m_db);
        chipline::core::Article a;
        a.layout = QStringLiteral("text");
        a.title = title;
        a.body = body;
        a.language = chipline::core::guessLanguage(body);
        a.published = chipline::core::makeWallTime(2025, 4, 16 + m_index % 10);
        auto id = store.addArticle(m_source, m_index++, a);
        if (!id || id.value() == 0)
            return 0;
        chipline::analysis::AnalysisWriter writer(*m_db);
        if (!writer.storeNew(id.value(), m_analyzer->analyze(a)).ok() || !store.indexPending().ok())
            return 0;
        return id.value();
    }

    qint64 scalar(const QString &sql)
    {
        auto st = m_db->statement(sql.toUtf8().constData());
        return st.next() ? st.int64(0) : -1;
    }

    qint64 entityId(const QString &name)
    {
        auto st = m_db->statement("SELECT id FROM entity WHERE name = ?1");
        st.bind(1, name);
        return st.next() ? st.int64(0) : 0;
    }

    QStringList rows(const char *sql)
    {
        QStringList out;
        auto st = m_db->statement(sql);
        while (st.next())
            out << st.text(0);
        return out;
    }

    // Every row of the saved timeline lanes, entity ids included.
    QStringList laneRows()
    {
        return rows(
            "SELECT 'lane ' || l.position || ' ' || l.title || ' ' || m.position || ' ' || m.member || ' ' || "
            "coalesce(m.entity_id, '-') FROM timeline_lane l JOIN timeline_lane_member m ON m.lane = l.position "
            "ORDER BY l.position, m.position");
    }

    bool saveLanes(const QList<chipline::storage::StoredLane> &lanes)
    {
        return chipline::storage::LaneStore(*m_db).save(lanes).ok();
    }

    // Every row an annotation edit can change. Alias ids are left out: nothing refers to them.
    QStringList snapshot()
    {
        QStringList out;
        out << rows("SELECT 'entity ' || id || ' ' || name || ' ' || type || ' ' || origin FROM entity ORDER BY id");
        out << rows("SELECT 'alias ' || entity_id || ' ' || text || ' ' || coalesce(language, '-') || ' ' || origin "
                    "|| ' ' || removed FROM alias ORDER BY entity_id, text");
        out << rows(
            "SELECT 'mention ' || id || ' ' || article_id || ' ' || start || ' ' || end || ' ' || entity_id "
            "|| ' ' || origin || ' ' || status || ' ' || confidence || ' ' || found_by FROM mention ORDER BY id");
        out << rows("SELECT 'actor ' || event_id || ' ' || entity_id FROM event_actor ORDER BY event_id, entity_id");
        out << rows("SELECT 'rejected ' || name || ' ' || type FROM rejected_name ORDER BY name");
        return out;
    }

    chipline::storage::Database &db() { return *m_db; }

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    std::unique_ptr<chipline::storage::Database> m_db;
    std::unique_ptr<chipline::analysis::ArticleAnalyzer> m_analyzer;
    qint64 m_source = 0;
    int m_index = 0;
};
