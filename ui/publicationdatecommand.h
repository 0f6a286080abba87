#pragma once

#include "analysis/recognizer.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

// Set date… as an undoable edit: redo() gives the article its publication date and
// recognizes it again (analysis::Recognizer::redate), undo() puts the date it had back
// (none, for an undated transcript) and recognizes it again, so its dates and candidate
// events are as they were. done is told the outcome of every application.
class PublicationDateCommand final : public QUndoCommand
{
public:
    using Done = std::function<void(qint64 articleId, const core::Result<analysis::Redated> &outcome)>;

    PublicationDateCommand(storage::Database &db, qint64 articleId, const QDateTime &published, const QString &text,
                           Done done);
    Q_DISABLE_COPY_MOVE(PublicationDateCommand)

    void redo() override;
    void undo() override;

private:
    storage::Database &m_db;
    qint64 m_articleId;
    QDateTime m_published;
    QDateTime m_previous;
    Done m_done;
};

} // namespace chipline::ui
