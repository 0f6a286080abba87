#pragma once

#include "annotation/annotationservice.h"
#include "annotation/entitydirectory.h"
#include "annotation/occurrencefinder.h"
#include "annotation/typesuggester.h"
#include "annotation/wordsnapper.h"
#include "storage/entityquery.h"

#include <QHash>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace chipline::ui {

class ArticleReader;

// The analyst's annotation actions: each opens its dialog (non-blocking), plans the edit
// with annotation::AnnotationService and pushes it on the undo stack as one
// AnnotationCommand. After annotating or rejecting it offers, in the reader, to do the same
// for every other occurrence in the corpus, reviewed first in a list.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(storage::Database &db, ArticleReader *reader, QUndoStack *stack, QWidget *window);
    ~AnnotationController() override;

    annotation::EntityDirectory &directory() { return m_directory; }
    // The service the commands apply changes with, for other planners (the New names review).
    annotation::AnnotationService &service() { return m_service; }
    // The reader-related actions, for the Annotate menu and the context menu.
    QList<QAction *> actions() const;
    // Fills a context menu for the mention (0: none) under the pointer.
    void populateMenu(QMenu *menu, qint64 mentionId);
    QString entityToolTip(qint64 entityId);

    void annotateSelection();
    void rejectMention(qint64 mentionId);
    void relinkMention(qint64 mentionId);
    void retypeEntity(qint64 entityId);
    void addSelectionAsAlias();
    void renameEntity(qint64 entityId);
    void mergeEntity(qint64 sourceId);
    // Opens the review list for the offer last shown.
    void reviewOccurrences();
    // Pushes a planned change as one undoable command; the views refresh through
    // annotationsChanged after it and after each undo and redo. False (and failed()) when
    // the plan is an error or could not be written; false too when it changes nothing.
    bool push(core::Result<storage::AnnotationChange> plan, const QString &text);

Q_SIGNALS:
    // After an edit was applied, undone or redone.
    void annotationsChanged(const QList<qint64> &articles, bool entitiesChanged);
    void failed(const QString &message);
    // From a highlight's context menu: views, not edits.
    void filterByEntity(qint64 entityId, const QString &name);
    void showMentionsOf(qint64 entityId);

private:
    struct Offer
    {
        enum Kind {
            None,
            Annotate,
            Reject
        } kind = None;
        QString text;
        qint64 entityId = 0;
        QString entityName;
        qint64 articleId = 0;
        qint64 start = 0;
        qint64 mentionId = 0;
    };

    qint64 targetMention() const;
    qint64 entityOfMention(qint64 mentionId) const;
    // The type the Annotate dialog starts at for a selection (UTF-16 span of the body).
    QString suggestedType(qsizetype start, qsizetype end) const;
    void updateActions();

    storage::Database &m_db;
    ArticleReader *m_reader;
    QUndoStack *m_stack;
    QWidget *m_window;
    annotation::EntityDirectory m_directory;
    annotation::AnnotationService m_service;
    annotation::OccurrenceFinder m_finder;
    annotation::WordSnapper m_snapper;
    annotation::TypeSuggester m_suggester;
    QString m_lastType; // the type of the last annotation, when nothing suggests one
    storage::EntityQuery m_entities;
    QHash<qint64, qint64> m_articleCounts;
    Offer m_offer;
    qint64 m_contextMention = 0;
    bool m_lastApplied = true; // the outcome of the command's latest application
    QAction *m_annotate;
    QAction *m_reject;
    QAction *m_relink;
    QAction *m_retype;
    QAction *m_alias;
    QAction *m_rename;
    QAction *m_merge;
};

} // namespace chipline::ui
