#include "ui/entitynavigation.h"

#include "ui/annotationcontroller.h"
#include "ui/articlereader.h"
#include "ui/entitypanel.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/readerbody.h"

#include <QDockWidget>
#include <QMenu>

namespace chipline::ui {

void EntityNavigation::install(MainWindow *window)
{
    ArticleReader *reader = window->reader();
    AnnotationController *annotations = window->annotations();
    EntityPanel *entities = window->entityPanel();
    FilterBar *filters = window->filterBar();

    QObject::connect(reader, &ArticleReader::contextMenuWanted, window,
                     [window, reader, annotations](const QPoint &pos, qint64 mentionId) {
                         QMenu menu(window);
                         menu.setObjectName(QStringLiteral("readerContextMenu"));
                         menu.addAction(MainWindow::tr("&Copy"), QKeySequence::Copy, reader->body(), &QTextEdit::copy);
                         menu.addSeparator();
                         annotations->populateMenu(&menu, mentionId);
                         menu.exec(pos);
                     });
    QObject::connect(annotations, &AnnotationController::filterByEntity, filters, &FilterBar::addEntity);
    QObject::connect(annotations, &AnnotationController::showMentionsOf, entities, [window, entities](qint64 id) {
        entities->setScope(EntityPanel::CorpusScope);
        entities->selectEntity(id);
        if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("entitiesDock"))) {
            dock->show();
            dock->raise();
        }
    });
    QObject::connect(entities, &EntityPanel::mentionActivated, window, &MainWindow::openArticle);
    QObject::connect(entities, &EntityPanel::filterByEntity, filters, &FilterBar::addEntity);
    QObject::connect(entities, &EntityPanel::renameRequested, annotations, &AnnotationController::renameEntity);
    QObject::connect(entities, &EntityPanel::mergeRequested, annotations, &AnnotationController::mergeEntity);
    QObject::connect(entities, &EntityPanel::retypeRequested, annotations, &AnnotationController::retypeEntity);
    // The filter bar's entity field finds entities by any name or alias.
    filters->setEntitySearch([annotations](const QString &text) {
        QList<std::pair<qint64, QString>> out;
        for (const annotation::DirectoryEntry &entry : annotations->directory().search(text, 20)) {
            if (entry.id != 0) // only entities with mentions can narrow the list
                out.append({entry.id, entry.name});
        }
        return out;
    });
    filters->setSearchEntities([annotations](const QString &text) {
        QList<qint64> ids;
        for (const annotation::DirectoryEntry &entry : annotations->directory().search(text, 8)) {
            bool named = entry.name.compare(text, Qt::CaseInsensitive) == 0;
            for (const QString &alias : entry.aliases)
                named = named || alias.compare(text, Qt::CaseInsensitive) == 0;
            if (named && entry.id != 0)
                ids.append(entry.id);
        }
        return ids;
    });
}

} // namespace chipline::ui
