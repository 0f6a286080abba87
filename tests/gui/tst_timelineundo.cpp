// The timeline edits that came last to the undo stack, driven in the real MainWindow
// offscreen: Timeline › Import Events from CSV… (events and the entities made for their
// actors) and the Lanes… dialog, each undone and redone through Edit, the database as
// before the edit after undo and as after it after redo; and an edit the database refuses,
// told through the window's prompts.
#include "storage/database.h"
#include "storage/lanestore.h"
#include "storage/statement.h"
#include "ui/mainwindow.h"
#include "ui/prompts.h"
#include "ui/settings.h"
#include "ui/timelinecontroller.h"
#include "ui/timelinedock.h"
#include "ui/timelinelanesdialog.h"
#include "whenshown.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chipline;

namespace {

// Answers the window's prompts at once, in place of dialogs in modal loops: the file chosen
// is file; what the window tells (information or warning) is kept in told.
class Answers final : public ui::Prompts
{
public:
    QString file;
    QStringList told;

    QString openFileName(QWidget *, const QString &, const QString &) override { return file; }
    void information(QWidget *, const QString &, const QString &text) override { told << text; }
    void warning(QWidget *, const QString &, const QString &text) override
    {
        told << QStringLiteral("warning: ") + text;
    }
};

} // namespace

class TestTimelineUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importCsvUndoRedo();
    void lanesUndoRedo();
    void failedEditIsToldThroughPrompts();

private:
    // Each row's columns joined by '|'.
    QStringList rows(const QString &sql);
    QAction *windowAction(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    Answers *m_answers = nullptr; // the window's prompts
};

void TestTimelineUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = storage::Database::open(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_store = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<ui::Settings>(*m_store);
    m_window = std::make_unique<ui::MainWindow>(*m_db, *m_settings);
    auto answers = std::make_unique<Answers>();
    m_answers = answers.get();
    m_window->setPrompts(std::move(answers));
    m_window->resize(1200, 800);
    m_window->show();
}

void TestTimelineUndo::cleanup()
{
    m_answers = nullptr;
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestTimelineUndo::rows(const QString &sql)
{
    auto st = m_db->statement(sql.toUtf8().constData());
    QStringList out;
    while (st.next()) {
        QStringList columns;
        for (int i = 0; i < st.columnCount(); ++i)
            columns << st.text(i);
        out << columns.join(u'|');
    }
    return out;
}

QAction *TestTimelineUndo::windowAction(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

// Two rows, one naming Huawei (the gazetteer's, made an entity under its canonical name)
// and a name no one knows (a new user entity): one command, undone to nothing, redone to
// the same rows under the same ids.
void TestTimelineUndo::importCsvUndoRedo()
{
    const QString csv = m_dir->filePath(QStringLiteral("chronology.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("date,precision,category,title,actors,source,notes\n"
            "2025-04-09,day,entity-list,Chipline test listing,Huawei;Chipline Test Foundry,https://example.com/a,n\n"
            "2025-05,,other,Chipline test month,,,\n");
    f.close();
    const QString eventSql = QStringLiteral(
        "SELECT e.id, e.date, e.precision, e.category, e.title, e.status, e.edited, e.source, e.notes, "
        "(SELECT group_concat(n.name, ';') FROM (SELECT n.name FROM event_actor a JOIN entity n ON n.id = a.entity_id "
        "WHERE a.event_id = e.id ORDER BY n.name) n) FROM event e ORDER BY e.id");
    const QString entitySql = QStringLiteral("SELECT id, name, type, origin FROM entity ORDER BY id");
    const QStringList eventsBefore = rows(eventSql);
    const QStringList entitiesBefore = rows(entitySql);

    QAction *import = windowAction(QStringLiteral("actionImportEventsCsv"));
    QVERIFY(import);
    m_answers->file = csv;
    import->trigger();
    QCOMPARE(m_answers->told.size(), 1);
    QVERIFY2(m_answers->told.first().contains(QStringLiteral("Chipline Test Foundry")),
             qPrintable(m_answers->told.first()));
    const QStringList eventsAfter = rows(eventSql);
    const QStringList entitiesAfter = rows(entitySql);
    QCOMPARE(eventsAfter.size(), eventsBefore.size() + 2);
    QVERIFY(eventsAfter.join(u'\n').contains(
        QStringLiteral("|2025-04-09|day|entity-list|Chipline test listing|confirmed|1|https://example.com/a|n|"
                       "Chipline Test Foundry;Huawei")));
    const QString entities = entitiesAfter.join(u'\n');
    QVERIFY2(entities.contains(QStringLiteral("|Chipline Test Foundry|ORG|user")), qPrintable(entities));
    QVERIFY2(entities.contains(QStringLiteral("|Huawei|")), qPrintable(entities));

    QAction *undo = windowAction(QStringLiteral("actionUndo"));
    QAction *redo = windowAction(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Import")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(rows(eventSql), eventsBefore);
    QCOMPARE(rows(entitySql), entitiesBefore);

    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(rows(eventSql), eventsAfter);
    QCOMPARE(rows(entitySql), entitiesAfter);
    undo->trigger();
    QCOMPARE(rows(eventSql), eventsBefore);
}

// A lane added in the dialog is saved as one command: undone, the built-in lanes are back
// (nothing saved); redone, the lane is saved again.
void TestTimelineUndo::lanesUndoRedo()
{
    auto *dock = m_window->findChild<ui::TimelineDock *>(QStringLiteral("timelineDock"));
    QVERIFY(dock);
    auto *lanesAction = dock->findChild<QAction *>(QStringLiteral("actionTimelineLanes"));
    QVERIFY(lanesAction);
    storage::LaneStore store(*m_db);
    QVERIFY(store.load().value().isEmpty());

    bool ran = false;
    QObject polling; // stops looking for the dialog once the action returns
    whenShown<ui::TimelineLanesDialog>(&polling, [&ran](ui::TimelineLanesDialog *d) {
        auto *lanes = d->findChild<QListWidget *>(QStringLiteral("laneList"));
        lanes->setCurrentRow(0);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addLane")), Qt::LeftButton);
        QApplication::processEvents();
        lanes->item(1)->setText(QStringLiteral("Chip rivals"));
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ran = true;
    });
    lanesAction->trigger();
    QVERIFY(ran);
    const QList<storage::StoredLane> saved = store.load().value();
    QVERIFY(saved.size() >= 2);
    QCOMPARE(saved[1].title, QStringLiteral("Chip rivals"));

    QAction *undo = windowAction(QStringLiteral("actionUndo"));
    QAction *redo = windowAction(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("lanes")), qPrintable(undo->text()));
    undo->trigger();
    QVERIFY(store.load().value().isEmpty());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(store.load().value(), saved);
    undo->trigger();
    QVERIFY(store.load().value().isEmpty());
}

// An edit the database refuses is told through the window's prompts, not in a message box
// of its own; the event stays as it was.
void TestTimelineUndo::failedEditIsToldThroughPrompts()
{
    const QString csv = m_dir->filePath(QStringLiteral("one.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("date,category,title\n2025-04-09,entity-list,Chipline test refusal\n");
    f.close();
    m_answers->file = csv;
    windowAction(QStringLiteral("actionImportEventsCsv"))->trigger();
    const QStringList events = rows(QStringLiteral("SELECT id, status FROM event"));
    QCOMPARE(events.size(), 1);
    const qint64 id = events.first().section(u'|', 0, 0).toLongLong();
    m_answers->told.clear();
    // Rejecting rewrites the event: this connection's own trigger refuses it, as a full
    // disk or a damaged page would.
    QVERIFY(m_db->exec("CREATE TEMP TRIGGER refuse_event_delete BEFORE DELETE ON main.event "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));

    QString boxed; // what a QMessageBox of the dock's own would have said
    QObject polling;
    whenShown<QMessageBox>(&polling, [&boxed](QMessageBox *box) {
        boxed = box->text();
        box->reject();
    });
    QVERIFY(!m_window->timeline()->reject({id}));
    QVERIFY2(boxed.isEmpty(), qPrintable(boxed));
    QCOMPARE(m_answers->told.size(), 1);
    QVERIFY2(m_answers->told.first().startsWith(QStringLiteral("warning: The change could not be saved.")),
             qPrintable(m_answers->told.first()));
    QVERIFY(m_answers->told.first().contains(QStringLiteral("refused by the test")));
    QCOMPARE(rows(QStringLiteral("SELECT id, status FROM event")), events);
    QVERIFY(m_db->exec("DROP TRIGGER temp.refuse_event_delete"));
}

QTEST_MAIN(TestTimelineUndo)
#include "tst_timelineundo.moc"
