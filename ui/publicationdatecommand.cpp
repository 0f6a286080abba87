#include "ui/publicationdatecommand.h"

namespace chipline::ui {

PublicationDateCommand::PublicationDateCommand(storage::Database &db, qint64 articleId, const QDateTime &published,
                                               const QString &text, Done done)
    : QUndoCommand(text),
      m_db(db),
      m_articleId(articleId),
      m_published(published),
      m_done(std::move(done))
{}

void PublicationDateCommand::redo()
{
    const auto outcome = analysis::Recognizer::redate(m_db, m_articleId, m_published);
    if (outcome)
        m_previous = outcome->previous;
    else
        setObsolete(true);
    if (m_done)
        m_done(m_articleId, outcome);
}

void PublicationDateCommand::undo()
{
    const auto outcome = analysis::Recognizer::redate(m_db, m_articleId, m_previous);
    if (m_done)
        m_done(m_articleId, outcome);
}

} // namespace chipline::ui
