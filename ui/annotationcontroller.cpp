#include "ui/annotationcontroller.h"

#include "ui/annotationcommand.h"
#include "ui/articlereader.h"
#include "ui/entitychooserdialog.h"
#include "ui/entitycolors.h"
#include "ui/occurrencedialog.h"
#include "ui/plannedcommand.h"
#include "ui/readerbody.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QUndoStack>

namespace chipline::ui {

AnnotationController::AnnotationController(storage::Database &db, ArticleReader *reader, QUndoStack *stack,
                                           QWidget *window)
    : QObject(window),
      m_db(db),
      m_reader(reader),
      m_stack(stack),
      m_window(window),
      m_directory(db),
      m_service(db, m_directory),
      m_finder(db),
      m_snapper([this](QStringView text) { return m_directory.isKnown(text); }),
      m_suggester(m_directory, text::MatcherLexicon::builtIn()),
      m_entities(db),
      m_annotate(new QAction(tr("&Annotate Selection…"), this)),
      m_reject(new QAction(tr("&Reject Highlight"), this)),
      m_relink(new QAction(tr("Change &Entity…"), this)),
      m_retype(new QAction(tr("Change &Type…"), this)),
      m_alias(new QAction(tr("Add Selection as A&lias…"), this)),
      m_rename(new QAction(tr("Re&name Entity…"), this)),
      m_merge(new QAction(tr("&Merge Entity Into…"), this))
{
    m_annotate->setObjectName(QStringLiteral("actionAnnotate"));
    m_annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_reject->setObjectName(QStringLiteral("actionReject"));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_relink->setObjectName(QStringLiteral("actionRelink"));
    m_retype->setObjectName(QStringLiteral("actionRetype"));
    m_alias->setObjectName(QStringLiteral("actionAddAlias"));
    m_rename->setObjectName(QStringLiteral("actionRenameEntity"));
    m_merge->setObjectName(QStringLiteral("actionMergeEntity"));
    for (QAction *action : actions())
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_annotate, &QAction::triggered, this, &AnnotationController::annotateSelection);
    connect(m_reject, &QAction::triggered, this, [this] { rejectMention(targetMention()); });
    connect(m_relink, &QAction::triggered, this, [this] { relinkMention(targetMention()); });
    connect(m_retype, &QAction::triggered, this, [this] { retypeEntity(entityOfMention(targetMention())); });
    connect(m_alias, &QAction::triggered, this, &AnnotationController::addSelectionAsAlias);
    connect(m_rename, &QAction::triggered, this, [this] { renameEntity(entityOfMention(targetMention())); });
    connect(m_merge, &QAction::triggered, this, [this] { mergeEntity(entityOfMention(targetMention())); });
    connect(m_reader, &ArticleReader::offerAccepted, this, &AnnotationController::reviewOccurrences);
    connect(m_reader->body(), &QTextEdit::cursorPositionChanged, this, &AnnotationController::updateActions);
    connect(m_reader->body(), &QTextEdit::selectionChanged, this, &AnnotationController::updateActions);
    m_reader->setEntityToolTipProvider([this](qint64 id) { return entityToolTip(id); });
    updateActions();
}

AnnotationController::~AnnotationController() = default;

QList<QAction *> AnnotationController::actions() const
{
    return {m_annotate, m_reject, m_relink, m_retype, m_alias, m_rename, m_merge};
}

void AnnotationController::updateActions()
{
    const bool hasSelection = m_reader->body()->textCursor().hasSelection();
    const bool onMention = m_reader->mentionAtCursor() != 0;
    m_annotate->setEnabled(m_reader->articleId() != 0);
    m_alias->setEnabled(hasSelection);
    for (QAction *action : {m_reject, m_relink, m_retype, m_rename, m_merge})
        action->setEnabled(onMention);
}

qint64 AnnotationController::targetMention() const
{
    return m_contextMention ? m_contextMention : m_reader->mentionAtCursor();
}

qint64 AnnotationController::entityOfMention(qint64 mentionId) const
{
    const auto m = m_reader->mention(mentionId);
    return m ? m->entityId : 0;
}

QString AnnotationController::suggestedType(qsizetype start, qsizetype end) const
{
    // A recognized name the selection overlaps ("Jensen" of "Jensen Huang") has its type.
    for (qsizetype p = start; p < end; ++p) {
        if (const qint64 id = m_reader->body()->mentionAt(p)) {
            if (const auto m = m_reader->mention(id))
                return m->entityType;
        }
    }
    const QString suggested = m_suggester.suggest(m_reader->article()->article.body, start, end);
    return suggested.isEmpty() ? m_lastType : suggested;
}

void AnnotationController::populateMenu(QMenu *menu, qint64 mentionId)
{
    m_contextMention = mentionId;
    const bool hasSelection = m_reader->body()->textCursor().hasSelection();
    menu->addAction(m_annotate);
    if (hasSelection)
        menu->addAction(m_alias);
    if (mentionId) {
        const auto m = m_reader->mention(mentionId);
        menu->addSeparator();
        if (m)
            menu->addSection(QStringLiteral("%1 (%2)").arg(m->entityName, EntityColors::displayName(m->entityType)));
        for (QAction *action : {m_reject, m_retype, m_relink}) {
            action->setEnabled(true);
            menu->addAction(action);
        }
        // The highlighted name as an alias of another entity, when nothing else is selected.
        if (!hasSelection && m) {
            QAction *alias = menu->addAction(tr("Add as A&lias…"), this, [this, m] {
                m_reader->body()->showSpan(m_reader->toUtf16(m->start), m_reader->toUtf16(m->end));
                addSelectionAsAlias();
            });
            alias->setObjectName(QStringLiteral("actionAddHighlightAsAlias"));
        }
        for (QAction *action : {m_rename, m_merge}) {
            action->setEnabled(true);
            menu->addAction(action);
        }
        if (m) {
            menu->addSeparator();
            const qint64 entity = m->entityId;
            const QString name = m->entityName;
            menu->addAction(tr("&Filter by This Entity"), this,
                            [this, entity, name] { Q_EMIT filterByEntity(entity, name); })
                ->setObjectName(QStringLiteral("actionFilterByEntity"));
            menu->addAction(tr("Show All &Mentions"), this, [this, entity] { Q_EMIT showMentionsOf(entity); })
                ->setObjectName(QStringLiteral("actionShowAllMentions"));
        }
    }
    connect(menu, &QMenu::aboutToHide, this, [this] {
        // Triggered actions run before the menu is gone from the event loop's view.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_contextMention = 0;
                updateActions();
            },
            Qt::QueuedConnection);
    });
}

QString AnnotationController::entityToolTip(qint64 entityId)
{
    const auto entry = m_directory.byId(entityId);
    if (!entry)
        return {};
    auto count = m_articleCounts.constFind(entityId);
    if (count == m_articleCounts.cend())
        count = m_articleCounts.insert(entityId, m_entities.articleCount(entityId));
    QStringList aliases = entry->aliases;
    aliases.removeAll(entry->name);
    QString tip =
        QStringLiteral("<b>%1</b> — %2").arg(entry->name.toHtmlEscaped(), EntityColors::displayName(entry->type));
    if (!aliases.isEmpty())
        tip += QStringLiteral("<br>") + tr("Aliases: %1").arg(aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    tip += QStringLiteral("<br>") + tr("Mentioned in %n article(s)", nullptr, int(count.value()));
    return tip;
}

bool AnnotationController::push(core::Result<storage::AnnotationChange> plan, const QString &text)
{
    return pushPlanned<AnnotationCommand>(
        m_stack, m_service, std::move(plan), text, m_lastApplied,
        [this](const QString &message) { Q_EMIT failed(message); },
        [this](const storage::AnnotationChange &change) {
            m_articleCounts.clear();
            const bool entities = !change.entities.isEmpty() || !change.aliases.isEmpty();
            Q_EMIT annotationsChanged(change.articles(), entities);
        });
}

void AnnotationController::annotateSelection()
{
    const qint64 articleId = m_reader->articleId();
    if (!articleId || !m_reader->article())
        return;
    const QString &body = m_reader->article()->article.body;
    QTextCursor cursor = m_reader->body()->textCursor();
    qsizetype from = cursor.selectionStart(), to = cursor.selectionEnd();
    if (from == to) {
        // No selection: the word under the cursor.
        to = from + 1;
    }
    const auto span = m_snapper.snap(body, from, to);
    if (span.isEmpty())
        return;
    m_reader->body()->showSpan(span.start, span.end);
    const qint64 start = m_reader->toCodePoint(span.start);
    const qint64 end = m_reader->toCodePoint(span.end);
    const QString text = body.mid(span.start, span.end - span.start);

    auto *dialog = new EntityChooserDialog(m_directory, tr("Annotate “%1” as:").arg(text), text, true, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Annotate"));
    dialog->setType(suggestedType(span.start, span.end));
    connect(dialog, &QDialog::accepted, this, [this, dialog, articleId, start, end, text] {
        const annotation::EntityChoice choice = dialog->choice();
        if (!choice.type.isEmpty())
            m_lastType = choice.type;
        if (!push(m_service.annotate(articleId, start, end, choice), tr("Annotate “%1”").arg(text)))
            return;
        const auto entity = choice.id ? m_directory.byId(choice.id) : m_directory.byName(choice.name);
        m_offer = {Offer::Annotate, text, entity ? entity->id : 0, entity ? entity->name : choice.name, articleId,
                   start,           0};
        m_reader->showOffer(
            tr("Annotate the other occurrences of “%1” in the corpus as %2 too?").arg(text, m_offer.entityName),
            tr("Review Occurrences…"));
    });
    dialog->open();
}

void AnnotationController::rejectMention(qint64 mentionId)
{
    const auto m = m_reader->mention(mentionId);
    if (!m)
        return;
    const QString text = m_reader->textOf(m->start, m->end);
    if (!push(m_service.reject({mentionId}), tr("Reject “%1”").arg(text)))
        return;
    m_offer = {Offer::Reject, text, m->entityId, m->entityName, m->articleId, m->start, mentionId};
    m_reader->showOffer(tr("Reject the other highlights of “%1” as %2 in the corpus too?").arg(text, m->entityName),
                        tr("Review Occurrences…"));
}

void AnnotationController::reviewOccurrences()
{
    const Offer offer = m_offer;
    if (offer.kind == Offer::None)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<annotation::Occurrence> found = offer.kind == Offer::Annotate
        ? m_finder.toAnnotate(offer.text, offer.entityId, offer.articleId, offer.start)
        : m_finder.toReject(offer.text, offer.entityId, offer.mentionId);
    QApplication::restoreOverrideCursor();
    if (found.isEmpty()) {
        Q_EMIT failed(tr("No other occurrences of “%1” were found.").arg(offer.text));
        return;
    }
    const QString prompt = offer.kind == Offer::Annotate
        ? tr("Annotate these occurrences of “%1” as %2. Uncheck those to leave alone.")
              .arg(offer.text, offer.entityName)
        : tr("Reject these highlights of “%1” as %2. Uncheck those to keep.").arg(offer.text, offer.entityName);
    auto *dialog = new OccurrenceDialog(prompt, found, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, offer] {
        const QList<annotation::Occurrence> chosen = dialog->checked();
        if (offer.kind == Offer::Annotate) {
            push(m_service.annotateAll(chosen, {offer.entityId, offer.entityName, {}}),
                 tr("Annotate %n occurrence(s) of “%1”", nullptr, int(chosen.size())).arg(offer.text));
        } else {
            QList<qint64> ids;
            for (const annotation::Occurrence &o : chosen)
                ids << o.mentionId;
            push(m_service.reject(ids), tr("Reject %n highlight(s) of “%1”", nullptr, int(ids.size())).arg(offer.text));
        }
        m_offer = {};
    });
    dialog->open();
}

void AnnotationController::relinkMention(qint64 mentionId)
{
    const auto m = m_reader->mention(mentionId);
    if (!m)
        return;
    const QString text = m_reader->textOf(m->start, m->end);
    auto *dialog = new EntityChooserDialog(m_directory, tr("Link “%1” to:").arg(text), text, true, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change Entity"));
    dialog->setType(m->entityType);
    dialog->excludeEntity(m->entityId);
    connect(dialog, &QDialog::accepted, this, [this, dialog, mentionId, text] {
        push(m_service.relink(mentionId, dialog->choice()), tr("Change the entity of “%1”").arg(text));
    });
    dialog->open();
}

void AnnotationController::retypeEntity(qint64 entityId)
{
    const auto entry = m_directory.byId(entityId);
    if (!entry)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("retypeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change Type"));
    dialog->setLabelText(tr("Type of %1 (in every article):").arg(entry->name));
    QStringList names;
    for (const QString &type : EntityColors::types())
        names << EntityColors::displayName(type);
    dialog->setComboBoxItems(names);
    dialog->setTextValue(EntityColors::displayName(entry->type));
    const QString name = entry->name;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, entityId, name](const QString &chosen) {
        const QStringList types = EntityColors::types();
        for (const QString &type : types) {
            if (EntityColors::displayName(type) == chosen)
                push(m_service.retype(entityId, type), tr("Change the type of %1").arg(name));
        }
    });
    dialog->open();
}

void AnnotationController::addSelectionAsAlias()
{
    const auto selection = m_reader->selection();
    if (!selection || !m_reader->article())
        return;
    const QString &body = m_reader->article()->article.body;
    const QTextCursor cursor = m_reader->body()->textCursor();
    const auto span = m_snapper.snap(body, cursor.selectionStart(), cursor.selectionEnd());
    if (span.isEmpty())
        return;
    const QString text = body.mid(span.start, span.end - span.start);
    auto *dialog =
        new EntityChooserDialog(m_directory, tr("Add “%1” as an alias of:").arg(text), QString(), false, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Alias"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, text] {
        const annotation::EntityChoice choice = dialog->choice();
        push(m_service.addAlias(choice, text), tr("Add alias “%1” to %2").arg(text, choice.name));
    });
    dialog->open();
}

void AnnotationController::renameEntity(qint64 entityId)
{
    const auto entry = m_directory.byId(entityId);
    if (!entry)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Entity"));
    dialog->setLabelText(tr("New name for %1:").arg(entry->name));
    dialog->setTextValue(entry->name);
    const QString old = entry->name;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, entityId, old](const QString &name) {
        push(m_service.rename(entityId, name), tr("Rename %1 to %2").arg(old, name.simplified()));
    });
    dialog->open();
}

void AnnotationController::mergeEntity(qint64 sourceId)
{
    const auto source = m_directory.byId(sourceId);
    if (!source)
        return;
    auto *dialog = new EntityChooserDialog(
        m_directory,
        tr("Merge %1 into (its aliases, mentions and event roles move there, and %1 is removed):").arg(source->name),
        QString(), false, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Entities"));
    dialog->excludeEntity(sourceId);
    const QString name = source->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, sourceId, name] {
        const annotation::EntityChoice target = dialog->choice();
        push(m_service.merge(sourceId, target), tr("Merge %1 into %2").arg(name, target.name));
    });
    dialog->open();
}

} // namespace chipline::ui
