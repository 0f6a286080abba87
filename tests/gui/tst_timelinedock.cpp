// Drives the timeline dock in the real MainWindow offscreen, on the sample corpus (whose
// articles yield candidate events): select an event with the mouse, confirm it, undo it
// through Edit > Undo (one history with annotations), zoom and fit, filter by category,
// follow the article list's filters, open a passage in the reader, and edit the lanes
// through the dialog and back to the built-in ones; edit an event with a new actor name and
// Set date… on an undated article, each undone and redone through Edit, the entities,
// dates and events as before. Each step is checked in the database.
#include "annotation/entitydirectory.h"
#include "storage/database.h"
#include "storage/lanestore.h"
#include "storage/statement.h"
#include "ui/annotationcontroller.h"
#include "ui/articlereader.h"
#include "ui/eventdetailspanel.h"
#include "ui/eventeditdialog.h"
#include "ui/filterbar.h"
#include "ui/importsummarydialog.h"
#include "ui/mainwindow.h"
#include "ui/samplecorpus.h"
#include "ui/settings.h"
#include "ui/timelinedock.h"
#include "ui/timelinelanesdialog.h"
#include "ui/timelineview.h"
#include "whenshown.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <functional>
#include <memory>

using namespace chipline;

class TestTimelineDock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void selectConfirmUndo();
    void zoomAndFit();
    void filterByCategory();
    void followTheArticleList();
    void evidenceOpensTheArticle();
    void lanesDialogRoundTrip();
    void editWithNewActorUndoRedo();
    void setDateUndoRestoresDateAndEvents();

private:
    // The first labelled event's centre in widget coordinates.
    std::pair<qint64, QPoint> firstEvent() const;
    void selectEvent();
    qint64 scalar(const QString &sql, qint64 bind = 0);
    // Each row's columns joined by '|'.
    QStringList rows(const QString &sql, qint64 bind = 0);
    // The ids of the events the view shows, sorted.
    QList<qint64> shownIds() const;
    // Runs action, then while its modal dialog runs, body on the dialog (once it shows,
    // however long that takes).
    template <typename Dialog> void withDialog(QAction *action, const std::function<void(Dialog *)> &body);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TimelineDock *m_dock = nullptr;
    ui::TimelineView *m_view = nullptr;
};

void TestTimelineDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString sample = m_dir.filePath(QStringLiteral("sample"));
    QVERIFY(QDir().mkpath(sample));
    QVERIFY(ui::SampleCorpus::extractTo(sample).ok());
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("t.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<ui::Settings>(*m_store);
    m_window = std::make_unique<ui::MainWindow>(*m_db, *m_settings);
    m_window->resize(1500, 950);
    m_window->show();
    m_window->importPaths({sample});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 60000);
    auto *summary = m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog"));
    if (summary)
        summary->close();
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM event")) >= 3);

    m_dock = m_window->findChild<ui::TimelineDock *>(QStringLiteral("timelineDock"));
    QVERIFY(m_dock);
    m_dock->show();
    m_dock->raise();
    m_dock->refresh();
    m_window->resizeDocks({m_dock}, {480}, Qt::Vertical); // room for the lanes
    m_view = m_dock->view();
    QTRY_VERIFY(m_view->height() > 300);
    m_view->fitAll();
    QTRY_VERIFY(!m_view->items().isEmpty());
}

void TestTimelineDock::cleanupTestCase()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_db.reset();
}

qint64 TestTimelineDock::scalar(const QString &sql, qint64 bind)
{
    auto st = m_db->statement(sql.toUtf8().constData());
    if (bind)
        st.bind(1, bind);
    return st.next() ? st.int64(0) : -1;
}

QStringList TestTimelineDock::rows(const QString &sql, qint64 bind)
{
    auto st = m_db->statement(sql.toUtf8().constData());
    if (bind)
        st.bind(1, bind);
    QStringList out;
    while (st.next()) {
        QStringList columns;
        for (int i = 0; i < st.columnCount(); ++i)
            columns << st.text(i);
        out << columns.join(u'|');
    }
    return out;
}

QList<qint64> TestTimelineDock::shownIds() const
{
    QList<qint64> ids;
    for (const auto &item : m_view->items())
        ids << item.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::pair<qint64, QPoint> TestTimelineDock::firstEvent() const
{
    for (const auto &p : m_view->geometry().items) {
        if (p.row < 0)
            continue;
        // fitAll scrolls to the start; the plot begins after the 150 px lane titles.
        const QPoint at(int(150 + p.marker.x()), int(p.marker.y()));
        if (const qint64 id = m_view->eventAt(at); id == m_view->items().at(p.item).id)
            return {id, at};
    }
    return {0, {}};
}

void TestTimelineDock::selectEvent()
{
    m_view->fitAll();
    const auto [id, at] = firstEvent();
    QVERIFY(id);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, at);
    QCOMPARE(m_view->selectedIds(), QList<qint64>{id});
    // The details show the event: its title as stored.
    auto *title = m_dock->findChild<QLabel *>(QStringLiteral("eventTitle"));
    QVERIFY(title);
    auto st = m_db->statement("SELECT title FROM event WHERE id = ?1");
    st.bind(1, id);
    QVERIFY(st.next());
    QCOMPARE(title->text(), st.text(0));
}

void TestTimelineDock::selectConfirmUndo()
{
    selectEvent();
    const qint64 id = m_view->selectedIds().first();
    QCOMPARE(scalar(QStringLiteral("SELECT status = 'candidate' FROM event WHERE id = ?1"), id), 1);
    auto *confirm = m_dock->findChild<QAction *>(QStringLiteral("actionConfirmEvent"));
    QVERIFY(confirm);
    confirm->trigger();
    QCOMPARE(scalar(QStringLiteral("SELECT status = 'confirmed' FROM event WHERE id = ?1"), id), 1);

    // Edit > Undo is the window's one undo: it takes the confirmation back.
    QCOMPARE(m_window->undoStack()->count(), 1);
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo && undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Confirm")));
    undo->trigger();
    QCOMPARE(scalar(QStringLiteral("SELECT status = 'candidate' FROM event WHERE id = ?1"), id), 1);
    m_window->undoStack()->redo();
    QCOMPARE(scalar(QStringLiteral("SELECT status = 'confirmed' FROM event WHERE id = ?1"), id), 1);
    undo->trigger();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event WHERE status = 'confirmed'")), 0);
}

void TestTimelineDock::zoomAndFit()
{
    m_view->fitAll();
    const double fitted = m_view->pixelsPerDay();
    m_view->zoomIn();
    QVERIFY(m_view->pixelsPerDay() > fitted * 1.4);
    QVERIFY(!m_view->layoutPending()); // a button zooms at once

    // Wheel steps repaint at once and lay out once, when they pause.
    const double before = m_view->pixelsPerDay();
    const QPointF at(m_view->width() / 2.0, m_view->height() / 2.0);
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(at, m_view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view, &wheel);
    }
    QVERIFY(m_view->pixelsPerDay() > before * 1.5);
    QVERIFY(m_view->layoutPending());
    QTRY_VERIFY(!m_view->layoutPending());
    QCOMPARE(m_view->geometry().scale.pixelsPerDay(), m_view->pixelsPerDay());

    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_view->pixelsPerDay(), fitted);
}

void TestTimelineDock::filterByCategory()
{
    const int all = int(m_view->items().size());
    const core::EventCategory category = m_view->items().first().category;
    auto *combo = m_dock->findChild<QComboBox *>(QStringLiteral("timelineCategory"));
    QVERIFY(combo);
    const int index = combo->findData(core::categoryCode(category));
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    QVERIFY(!m_view->items().isEmpty());
    for (const auto &it : m_view->items())
        QCOMPARE(it.category, category);
    QCOMPARE(qint64(m_view->items().size()),
             scalar(QStringLiteral("SELECT count(*) FROM event WHERE status <> 'rejected' AND category = '%1'")
                        .arg(core::categoryCode(category))));
    combo->setCurrentIndex(0);
    QCOMPARE(int(m_view->items().size()), all);
}

void TestTimelineDock::followTheArticleList()
{
    const int all = int(m_view->items().size());
    // One article's outlet in the list's filter: the timeline keeps that outlet's events.
    auto st = m_db->statement("SELECT a.outlet, count(DISTINCT v.event_id) FROM event_evidence v JOIN article a "
                              "ON a.id = v.article_id WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY 2 LIMIT 1");
    QVERIFY(st.next());
    const QString outlet = st.text(0);
    const qint64 expected = st.int64(1);
    QVERIFY(expected < all);
    auto *follow = m_dock->findChild<QComboBox *>(QStringLiteral("timelineFollow"));
    QVERIFY(follow);
    m_dock->setFollow(ui::TimelineDock::Follow::ArticleList);
    QCOMPARE(int(m_view->items().size()), all); // the list is unfiltered yet

    auto *outletBox = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("filterOutlet"));
    QVERIFY(outletBox);
    QTRY_VERIFY(outletBox->findText(outlet) >= 0); // the choices load on a worker
    outletBox->setCurrentIndex(outletBox->findText(outlet));
    QTRY_COMPARE(qint64(m_view->items().size()), expected);

    m_window->filterBar()->clearAll();
    QTRY_COMPARE(int(m_view->items().size()), all);
    m_dock->setFollow(ui::TimelineDock::Follow::Nothing);
}

void TestTimelineDock::evidenceOpensTheArticle()
{
    selectEvent();
    const qint64 id = m_view->selectedIds().first();
    auto *list = m_dock->findChild<QListWidget *>(QStringLiteral("evidenceList"));
    QVERIFY(list);
    QTRY_VERIFY(list->count() > 0);
    list->setCurrentRow(list->count() - 1);
    QTest::keyClick(list, Qt::Key_Return); // activates the passage
    auto *reader = m_window->reader();
    QTRY_VERIFY(reader->articleId() > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_evidence WHERE event_id = ?1 AND article_id = %1")
                        .arg(reader->articleId()),
                    id),
             1);
    // The passage is selected in the reader.
    QVERIFY(reader->selection().has_value());
}

template <typename Dialog> void TestTimelineDock::withDialog(QAction *action, const std::function<void(Dialog *)> &body)
{
    bool ran = false;
    QObject polling; // stops looking for the dialog once the action returns
    whenShown<Dialog>(&polling, [&](Dialog *dialog) {
        QPointer<Dialog> guard(dialog);
        body(dialog);
        ran = true;
        // A check in body that failed left the dialog open: close it, or exec() never returns.
        if (guard && guard->isVisible())
            guard->reject();
    });
    action->trigger();
    QVERIFY(ran);
}

void TestTimelineDock::lanesDialogRoundTrip()
{
    auto *lanesAction = m_dock->findChild<QAction *>(QStringLiteral("actionTimelineLanes"));
    QVERIFY(lanesAction);
    storage::LaneStore store(*m_db);
    QVERIFY(store.load().value().isEmpty());

    // A lane "Chip rivals" at the top, holding Huawei found by its Korean alias.
    withDialog<ui::TimelineLanesDialog>(lanesAction, [](ui::TimelineLanesDialog *d) {
        auto *lanes = d->findChild<QListWidget *>(QStringLiteral("laneList"));
        lanes->setCurrentRow(0);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addLane")), Qt::LeftButton);
        // The new lane follows the current one and opens for renaming.
        QApplication::processEvents();
        lanes->item(1)->setText(QStringLiteral("Chip rivals"));
        lanes->setCurrentRow(1);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("laneUp")), Qt::LeftButton);
        // QTest types ASCII only; the alias goes in as an input method would commit it.
        d->findChild<QLineEdit *>(QStringLiteral("laneEntitySearch"))->setText(QStringLiteral("화웨이"));
        auto *hits = d->findChild<QListWidget *>(QStringLiteral("laneEntityHits"));
        QVERIFY(hits->count() > 0);
        QVERIFY(hits->item(0)->text().startsWith(QStringLiteral("Huawei")));
        hits->setCurrentRow(0);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addEntity")), Qt::LeftButton);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    auto saved = store.load().value();
    QVERIFY(saved.size() >= 2);
    QCOMPARE(saved[0].title, QStringLiteral("Chip rivals"));
    QCOMPARE(saved[0].members, QStringList{QStringLiteral("Huawei")});
    // The view shows the saved lanes; Huawei's events sit in the top lane.
    QCOMPARE(m_view->geometry().lanes.first().title, QStringLiteral("Chip rivals"));

    withDialog<ui::TimelineLanesDialog>(lanesAction, [](ui::TimelineLanesDialog *d) {
        QCOMPARE(d->lanes().first().title, QStringLiteral("Chip rivals"));
        QVERIFY(!d->isDefault());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("restoreDefaultLanes")), Qt::LeftButton);
        QVERIFY(d->isDefault());
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QVERIFY(store.load().value().isEmpty());
    QCOMPARE(m_view->geometry().lanes.first().title, QStringLiteral("United States government"));
}

// An actor name that names no entity becomes one inside the edit's command: undone, the
// event and the entity table are as before; redone, the entity is back under its id.
void TestTimelineDock::editWithNewActorUndoRedo()
{
    selectEvent();
    const qint64 id = m_view->selectedIds().first();
    const QString eventSql = QStringLiteral(
        "SELECT date, precision, category, title, status, edited, source, notes, "
        "(SELECT group_concat(entity_id) FROM (SELECT entity_id FROM event_actor WHERE event_id = e.id ORDER BY 1)), "
        "(SELECT count(*) FROM event_evidence WHERE event_id = e.id) FROM event e WHERE id = ?1");
    const QString entitySql = QStringLiteral("SELECT id, name, type, origin FROM entity ORDER BY id");
    const QStringList eventBefore = rows(eventSql, id);
    const QStringList entitiesBefore = rows(entitySql);
    QCOMPARE(eventBefore.size(), 1);
    const QString actor = QStringLiteral("Chipline Test Foundry");
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = '%1'").arg(actor)), 0);

    auto *edit = m_dock->findChild<QAction *>(QStringLiteral("actionEditEvent"));
    QVERIFY(edit);
    withDialog<ui::EventEditDialog>(edit, [&actor](ui::EventEditDialog *d) {
        auto *actors = d->findChild<QLineEdit *>(QStringLiteral("eventActors"));
        QVERIFY(actors);
        actors->setText(actors->text().isEmpty() ? actor : actors->text() + QStringLiteral("; ") + actor);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    const qint64 created = scalar(QStringLiteral("SELECT id FROM entity WHERE name = '%1'").arg(actor));
    QVERIFY(created > 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM event_actor WHERE event_id = ?1 AND entity_id = %1").arg(created),
               id),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT edited FROM event WHERE id = ?1"), id), 1);

    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && undo->isEnabled() && undo->text().contains(QStringLiteral("Edit")));
    undo->trigger();
    QCOMPARE(rows(eventSql, id), eventBefore);
    QCOMPARE(rows(entitySql), entitiesBefore);

    QVERIFY(redo && redo->isEnabled());
    redo->trigger();
    QCOMPARE(scalar(QStringLiteral("SELECT id FROM entity WHERE name = '%1'").arg(actor)), created);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM event_actor WHERE event_id = ?1 AND entity_id = %1").arg(created),
               id),
        1);
    // The entity panel and the reader's directory know the new entity.
    QVERIFY(m_window->annotations()->directory().byName(actor).has_value());
    undo->trigger();
    QCOMPARE(rows(entitySql), entitiesBefore);
    QVERIFY(!m_window->annotations()->directory().byName(actor).has_value());
}

// Set date… is a command that recognizes the article again: its dates and events follow
// the date, the timeline shows them; undone, the article is undated with its dates and
// events as before.
void TestTimelineDock::setDateUndoRestoresDateAndEvents()
{
    // The undated analysis note: its event needs a date, the publication day at least.
    const qint64 id = scalar(QStringLiteral("SELECT id FROM article WHERE published IS NULL AND layout = 'text' "
                                            "ORDER BY id LIMIT 1"));
    QVERIFY2(id > 0, "the sample corpus has an undated note");
    const QString datesSql = QStringLiteral("SELECT start, end, text, value, precision FROM date_mention "
                                            "WHERE article_id = ?1 ORDER BY start");
    const QString eventsSql = QStringLiteral(
        "SELECT e.date, e.precision, e.category, e.title, e.status, v.start, v.end, v.date, v.dated_by FROM event e "
        "JOIN event_evidence v ON v.event_id = e.id WHERE v.article_id = ?1 ORDER BY v.start, e.title");
    const QString shownSql = QStringLiteral(
        "SELECT DISTINCT e.id FROM event e JOIN event_evidence v ON v.event_id = e.id WHERE v.article_id = %1 "
        "AND e.status <> 'rejected' ORDER BY e.id");
    const auto stored = [&] {
        QList<qint64> ids;
        for (const QString &row : rows(shownSql.arg(id)))
            ids << row.toLongLong();
        return ids;
    };
    const QStringList datesBefore = rows(datesSql, id);
    const QStringList eventsBefore = rows(eventsSql, id);

    m_dock->setFollow(ui::TimelineDock::Follow::Reader);
    m_window->openArticle(id);
    QTRY_COMPARE(m_window->reader()->articleId(), id);
    QTRY_COMPARE(shownIds(), stored());

    m_window->findChild<QAbstractButton *>(QStringLiteral("setDateButton"))->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("setDateDialog"))) && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("setDateEdit"));
    QTest::keyClicks(edit, QStringLiteral("2025-03-14"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(rows(QStringLiteral("SELECT published FROM article WHERE id = ?1"), id),
                 QStringList{QStringLiteral("2025-03-14T00:00:00")});
    const QStringList datesAfter = rows(datesSql, id);
    const QStringList eventsAfter = rows(eventsSql, id);
    QVERIFY(eventsAfter != eventsBefore); // events dated by the publication day, at least
    QCOMPARE(shownIds(), stored()); // the timeline shows what recognition found
    QVERIFY(
        !m_window->findChild<QLabel *>(QStringLiteral("readerMetadata"))->text().contains(QStringLiteral("Undated")));

    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(scalar(QStringLiteral("SELECT published IS NULL FROM article WHERE id = ?1"), id), 1);
    QCOMPARE(rows(datesSql, id), datesBefore);
    QCOMPARE(rows(eventsSql, id), eventsBefore);
    QCOMPARE(shownIds(), stored());
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("readerMetadata"))->text().contains(QStringLiteral("Undated")));

    m_window->undoStack()->redo();
    QCOMPARE(rows(datesSql, id), datesAfter);
    QCOMPARE(rows(eventsSql, id), eventsAfter);
    undo->trigger();
    QCOMPARE(rows(eventsSql, id), eventsBefore);
    m_dock->setFollow(ui::TimelineDock::Follow::Nothing);
}

QTEST_MAIN(TestTimelineDock)
#include "tst_timelinedock.moc"
