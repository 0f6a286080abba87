// Drives the real MainWindow offscreen through the analyst's workbench: imports the sample,
// selects an article, selects text and annotates it through the dialog, undoes and redoes,
// rejects a highlight and applies that to all occurrences with one left out, merges two
// entities, and filters the list by entity. Every step is checked in the database too.
// A 20 KB article (laid out lazily) keeps its highlights, offsets, find, zoom, margin and
// view across reloads.
#include "storage/database.h"
#include "storage/statement.h"
#include "ui/annotationcontroller.h"
#include "ui/articlelistmodel.h"
#include "ui/articlereader.h"
#include "ui/entitycolors.h"
#include "ui/entitypanel.h"
#include "ui/filterbar.h"
#include "ui/findbar.h"
#include "ui/importsummarydialog.h"
#include "ui/mainwindow.h"
#include "ui/occurrencedialog.h"
#include "ui/readerbody.h"
#include "ui/samplecorpus.h"
#include "ui/settings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace chipline;
using ui::ArticleListModel;

class TestWorkbench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void highlightsSitOnNames();
    void annotateUndoRedo();
    void rejectApplyToAllWithExclusion();
    void annotateApplyToAll();
    void mergeEntities();
    void filterByEntity();
    void entityPanelOpensMention();
    void longArticleOffsetsAndView();
    void longArticleFindZoomLegend();

private:
    // Imports one article of 20,000+ characters built from the sample's bodies, opening
    // with a character outside the BMP (so that UTF-16 and code point offsets differ) and
    // ending with a marker sentence; selects it and returns its id.
    qint64 openLongArticle();
    void openWindow();
    void selectArticle(qint64 id);
    void selectText(qsizetype start, qsizetype end);
    template <typename T>
    T *waitForDialog(const QString &name);
    void accept(QDialog *dialog);
    qint64 scalar(const QString &sql);
    qint64 articleWith(const QString &titlePrefix);

    QTemporaryDir m_dir;
    QString m_sampleDir;
    int m_serial = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ArticleReader *m_reader = nullptr;
};

void TestWorkbench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sampleDir = m_dir.filePath(QStringLiteral("sample"));
    QVERIFY(QDir().mkpath(m_sampleDir));
    auto files = ui::SampleCorpus::extractTo(m_sampleDir);
    QVERIFY(files.ok());
}

void TestWorkbench::init()
{
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("w%1.db").arg(++m_serial)));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(m_serial)), QSettings::IniFormat);
    m_settings = std::make_unique<ui::Settings>(*m_store);
    openWindow();
}

void TestWorkbench::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_db.reset();
}

void TestWorkbench::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_db, *m_settings);
    m_window->resize(1400, 900);
    m_window->show();
    m_reader = m_window->reader();
    m_window->importPaths({m_sampleDir});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 60000);
    auto *summary = m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog"));
    QVERIFY(summary);
    summary->close();
    QTRY_VERIFY(!m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog")));
}

qint64 TestWorkbench::scalar(const QString &sql)
{
    auto st = m_db->statement(sql.toUtf8().constData());
    return st.next() ? st.int64(0) : -1;
}

qint64 TestWorkbench::articleWith(const QString &titlePrefix)
{
    auto st = m_db->statement("SELECT id FROM article WHERE title LIKE ?1 || '%'");
    st.bind(1, titlePrefix);
    return st.next() ? st.int64(0) : 0;
}

void TestWorkbench::selectArticle(qint64 id)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    QVERIFY(view);
    const int row = m_window->articleModel()->rowOfArticle(id, 10000);
    QVERIFY(row >= 0);
    view->setFocus();
    view->setCurrentIndex(m_window->articleModel()->index(row, 0));
    QCOMPARE(m_reader->articleId(), id);
}

void TestWorkbench::selectText(qsizetype start, qsizetype end)
{
    QTextCursor cursor = m_reader->body()->textCursor();
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    m_reader->body()->setTextCursor(cursor);
}

template <typename T>
T *TestWorkbench::waitForDialog(const QString &name)
{
    // Dialogs open window-modal without blocking (QDialog::open), so they are there at once.
    for (int i = 0; i < 100; ++i) {
        for (T *dialog : m_window->findChildren<T *>(name)) {
            if (dialog->isVisible())
                return dialog;
        }
        QTest::qWait(50);
    }
    return nullptr;
}

void TestWorkbench::accept(QDialog *dialog)
{
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestWorkbench::highlightsSitOnNames()
{
    const qint64 id = articleWith(QStringLiteral("화웨이, 어센드 910C 대량 출하"));
    QVERIFY(id);
    selectArticle(id);
    const QString body = m_reader->article()->article.body;
    QTextDocument *doc = m_reader->body()->document();
    QCOMPARE(doc->toPlainText(), body);
    const auto &spans = m_reader->body()->mentions();
    QVERIFY(spans.size() >= 10);
    for (const ui::ReaderSpan &span : spans) {
        // Every character of the name has the type's colour, the one after it does not.
        for (qsizetype p = span.start; p < span.end; ++p) {
            QTextCursor c(doc);
            c.setPosition(int(p) + 1);
            QCOMPARE(c.charFormat().background().color(), ui::EntityColors::background(span.type));
        }
        QTextCursor after(doc);
        after.setPosition(int(span.end) + 1);
        if (span.end < body.size() && m_reader->body()->mentionAt(span.end) == 0)
            QVERIFY2(after.charFormat().background().style() == Qt::NoBrush,
                     qPrintable(body.mid(span.start, span.end - span.start + 1)));
    }
    // 화웨이가: the name without its particle.
    QCOMPARE(body.mid(spans.first().start, spans.first().end - spans.first().start), QStringLiteral("화웨이"));

    // Hiding a type in the legend removes its highlights.
    auto *org = m_window->findChild<QAbstractButton *>(QStringLiteral("legend_ORG"));
    QVERIFY(org);
    org->click();
    QTextCursor first(doc);
    first.setPosition(1);
    QCOMPARE(first.charFormat().background().style(), Qt::NoBrush);
    org->click();
    first = QTextCursor(doc);
    first.setPosition(1);
    QCOMPARE(first.charFormat().background().color(), ui::EntityColors::background(QStringLiteral("ORG")));
}

void TestWorkbench::annotateUndoRedo()
{
    const qint64 id = articleWith(QStringLiteral("화웨이, 어센드 910C 대량 출하"));
    selectArticle(id);
    const QString body = m_reader->article()->article.body;
    const qsizetype at = body.indexOf(QStringLiteral("출하를"));
    QVERIFY(at > 0);
    // A rough selection: part of the word and its particle.
    selectText(at + 1, at + 3);
    auto *annotate = m_window->findChild<QAction *>(QStringLiteral("actionAnnotate"));
    QVERIFY(annotate && annotate->isEnabled());
    annotate->trigger();
    auto *dialog = waitForDialog<QDialog>(QStringLiteral("entityChooserDialog"));
    QVERIFY(dialog);
    // Snapped to the word without the particle.
    QCOMPARE(m_reader->body()->textCursor().selectedText(), QStringLiteral("출하"));
    dialog->findChild<QRadioButton *>(QStringLiteral("newEntity"))->setChecked(true);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newEntityName"));
    QCOMPARE(name->text(), QStringLiteral("출하"));
    name->setText(QStringLiteral("Shipment Watch"));
    accept(dialog);

    const QString manual = QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id JOIN article a "
                                          "ON a.id = m.article_id WHERE e.name = 'Shipment Watch' AND m.origin = 'manual' "
                                          "AND m.status = 'accepted' AND substr(a.body, m.start + 1, m.end - m.start) = '출하'");
    QTRY_COMPARE(scalar(manual), qint64(1));
    QVERIFY(m_reader->body()->mentionAt(at) != 0);
    QVERIFY(m_reader->body()->mentionAt(at + 2) == 0); // the particle is not highlighted
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(scalar(manual), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = 'Shipment Watch'")), qint64(0));
    QVERIFY(m_reader->body()->mentionAt(at) == 0);
    redo->trigger();
    QCOMPARE(scalar(manual), qint64(1));
    QVERIFY(m_reader->body()->mentionAt(at) != 0);
}

void TestWorkbench::rejectApplyToAllWithExclusion()
{
    const QString nvidia = QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id JOIN article a "
                                          "ON a.id = m.article_id WHERE e.name = 'Nvidia' AND m.status = '%1' "
                                          "AND substr(a.body, m.start + 1, m.end - m.start) = '엔비디아'");
    const qint64 accepted = scalar(nvidia.arg(QStringLiteral("accepted")));
    QVERIFY2(accepted >= 4, qPrintable(QString::number(accepted)));
    const qint64 id = articleWith(QStringLiteral("화웨이, 어센드 910C 대량 출하"));
    selectArticle(id);
    const QString body = m_reader->article()->article.body;
    const qsizetype at = body.indexOf(QStringLiteral("엔비디아"));
    QTextCursor cursor = m_reader->body()->textCursor();
    cursor.setPosition(int(at) + 1);
    m_reader->body()->setTextCursor(cursor);
    auto *reject = m_window->findChild<QAction *>(QStringLiteral("actionReject"));
    QVERIFY(reject->isEnabled());
    reject->trigger();
    QCOMPARE(scalar(nvidia.arg(QStringLiteral("rejected"))), qint64(1));
    QVERIFY(m_reader->body()->mentionAt(at) == 0);

    auto *offer = m_window->findChild<QPushButton *>(QStringLiteral("offerButton"));
    QVERIFY(offer && offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);
    auto *dialog = waitForDialog<ui::OccurrenceDialog>(QStringLiteral("occurrenceDialog"));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("occurrenceList"));
    QCOMPARE(qint64(list->topLevelItemCount()), accepted - 1);
    list->topLevelItem(0)->setCheckState(0, Qt::Unchecked); // keep this one
    accept(dialog);
    QTRY_COMPARE(scalar(nvidia.arg(QStringLiteral("rejected"))), accepted - 1);
    QCOMPARE(scalar(nvidia.arg(QStringLiteral("accepted"))), qint64(1));

    // One undo step for the whole batch, another for the first rejection.
    m_window->undoStack()->undo();
    QCOMPARE(scalar(nvidia.arg(QStringLiteral("rejected"))), qint64(1));
    m_window->undoStack()->undo();
    QCOMPARE(scalar(nvidia.arg(QStringLiteral("accepted"))), accepted);
}

void TestWorkbench::annotateApplyToAll()
{
    const QString word = QStringLiteral("반도체");
    auto st = m_db->statement("SELECT id, body FROM article WHERE instr(body, ?1) > 0 ORDER BY id");
    st.bind(1, word);
    QVERIFY(st.next());
    const qint64 id = st.int64(0);
    const QString body = st.text(1);
    st.reset();
    selectArticle(id);
    const qsizetype at = body.indexOf(word);
    selectText(at, at + word.size());
    m_window->annotations()->annotateSelection();
    auto *dialog = waitForDialog<QDialog>(QStringLiteral("entityChooserDialog"));
    dialog->findChild<QRadioButton *>(QStringLiteral("newEntity"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("newEntityName"))->setText(QStringLiteral("Semiconductors"));
    accept(dialog);
    const QString manual = QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                          "WHERE e.name = 'Semiconductors' AND m.origin = 'manual'");
    QTRY_COMPARE(scalar(manual), qint64(1));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("offerButton")), Qt::LeftButton);
    auto *review = waitForDialog<ui::OccurrenceDialog>(QStringLiteral("occurrenceDialog"));
    auto *list = review->findChild<QTreeWidget *>(QStringLiteral("occurrenceList"));
    const int found = list->topLevelItemCount();
    QVERIFY2(found >= 3, qPrintable(QString::number(found)));
    list->topLevelItem(found - 1)->setCheckState(0, Qt::Unchecked);
    accept(review);
    QTRY_COMPARE(scalar(manual), qint64(found)); // the first, plus all but the excluded one
    m_window->undoStack()->undo();
    QCOMPARE(scalar(manual), qint64(1));
}

void TestWorkbench::mergeEntities()
{
    const qint64 ascend = scalar(QStringLiteral("SELECT id FROM entity WHERE name = 'Huawei Ascend'"));
    const qint64 c910 = scalar(QStringLiteral("SELECT id FROM entity WHERE name = 'Ascend 910C'"));
    QVERIFY(ascend > 0 && c910 > 0);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(c910));
    const qint64 moving = scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(ascend));
    QVERIFY(moving > 0);
    // An event with the source among its actors: the role moves with the merge.
    QVERIFY(m_db->exec("INSERT INTO event(id, date, precision, category, title) VALUES (990, '2025-04-16', 'day', 'other', 'm')").ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO event_actor VALUES (990, %1)").arg(ascend).toUtf8().constData()).ok());
    const QString actorOf990 = QStringLiteral("SELECT entity_id FROM event_actor WHERE event_id = 990");
    m_window->annotations()->mergeEntity(ascend);
    auto *dialog = waitForDialog<QDialog>(QStringLiteral("entityChooserDialog"));
    dialog->findChild<QLineEdit *>(QStringLiteral("entitySearch"))->setText(QStringLiteral("Ascend 910C"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("entityList"));
    QVERIFY(list->count() > 0);
    QVERIFY(list->currentItem()->text().startsWith(QStringLiteral("Ascend 910C")));
    accept(dialog);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(c910)), before + moving);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(ascend)), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE id = %1").arg(ascend)), qint64(0)); // the source is gone
    QCOMPARE(scalar(actorOf990), c910);
    // The merged entity's names now point at the target, for the next recognition.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM alias WHERE entity_id = %1 AND text = 'Huawei Ascend'").arg(c910)) == 1);
    m_window->undoStack()->undo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE id = %1 AND name = 'Huawei Ascend'").arg(ascend)), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(ascend)), moving);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alias WHERE entity_id = %1").arg(c910)), qint64(0));
    QCOMPARE(scalar(actorOf990), ascend);
    m_window->undoStack()->redo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(ascend)), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE id = %1").arg(ascend)), qint64(0));
    QCOMPARE(scalar(actorOf990), c910);
}

void TestWorkbench::filterByEntity()
{
    const qint64 huawei = scalar(QStringLiteral("SELECT id FROM entity WHERE name = 'Huawei'"));
    const qint64 h20 = scalar(QStringLiteral("SELECT id FROM entity WHERE name = 'H20'"));
    const auto articles = [this](const QString &where) {
        return scalar(QStringLiteral("SELECT count(*) FROM article a WHERE ") + where);
    };
    const QString mentions = QStringLiteral("a.id IN (SELECT article_id FROM mention WHERE entity_id = %1 AND status = 'accepted')");
    m_window->filterBar()->addEntity(huawei, QStringLiteral("Huawei"));
    QCOMPARE(m_window->articleModel()->totalCount(), articles(mentions.arg(huawei)));
    QVERIFY(m_window->articleModel()->totalCount() > 0);
    m_window->filterBar()->addEntity(h20, QStringLiteral("H20"));
    QCOMPARE(m_window->articleModel()->totalCount(),
             articles(mentions.arg(huawei) + QStringLiteral(" AND ") + mentions.arg(h20)));
    // Search as you type narrows further; clearing shows everything.
    m_window->filterBar()->setSearchDelay(0);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setText(QStringLiteral("어센드")); // keyClicks cannot type Hangul
    QTRY_VERIFY(m_window->articleModel()->totalCount() <= articles(mentions.arg(huawei) + QStringLiteral(" AND ") + mentions.arg(h20)));
    m_window->filterBar()->clearAll();
    QCOMPARE(m_window->articleModel()->totalCount(), articles(QStringLiteral("1")));
}

void TestWorkbench::entityPanelOpensMention()
{
    auto *panel = m_window->entityPanel();
    panel->setScope(ui::EntityPanel::CorpusScope);
    const qint64 huawei = scalar(QStringLiteral("SELECT id FROM entity WHERE name = 'Huawei'"));
    QVERIFY(panel->selectEntity(huawei));
    auto *lines = panel->findChild<QTreeWidget *>(QStringLiteral("kwicList"));
    QVERIFY(lines->topLevelItemCount() >= 8);
    QTreeWidgetItem *last = lines->topLevelItem(lines->topLevelItemCount() - 1);
    QVERIFY(last->text(1).contains(QStringLiteral("화웨이")) || last->text(1).contains(QStringLiteral("Huawei")));
    Q_EMIT lines->itemActivated(last, 0);
    QVERIFY(m_reader->articleId() != 0);
    const QString selected = m_reader->body()->textCursor().selectedText();
    QVERIFY2(selected == QStringLiteral("화웨이") || selected == QStringLiteral("Huawei"), qPrintable(selected));
}

qint64 TestWorkbench::openLongArticle()
{
    QString text = QStringLiteral("Long read: the chip export controls so far\n2025-04-20 09:00\n\n"
                                  "𝕏 posts and 🙂 reactions aside, the record follows.\n\n");
    // Not the transcripts: their section markers would make the file a transcript.
    auto st = m_db->statement("SELECT body FROM article WHERE layout <> 'transcript' ORDER BY id");
    QStringList bodies;
    while (st.next())
        bodies << st.text(0).trimmed();
    st.reset();
    if (bodies.isEmpty())
        return 0;
    for (qsizetype k = 0; text.size() < 20000; ++k)
        text += bodies[k % bodies.size()] + QStringLiteral("\n\n");
    text += QStringLiteral("Closing marker: Zephyrine.\n");
    const QString dir = m_dir.filePath(QStringLiteral("long%1").arg(m_serial));
    if (!QDir().mkpath(dir))
        return 0;
    QFile file(dir + QStringLiteral("/long.txt"));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return 0;
    file.close();
    m_window->importPaths({dir});
    if (!QTest::qWaitFor([this] { return !m_window->isImporting(); }, 60000))
        return 0;
    if (auto *summary = m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog")))
        summary->close();
    const qint64 id = scalar(QStringLiteral("SELECT id FROM article WHERE length(body) >= 20000"));
    if (id > 0)
        selectArticle(id);
    return id;
}

void TestWorkbench::longArticleOffsetsAndView()
{
    const qint64 id = openLongArticle();
    QVERIFY(id > 0);
    ui::ReaderBody *body = m_reader->body();
    const QString text = m_reader->article()->article.body;
    QVERIFY(text.size() >= 20000);
    QTextDocument *doc = body->document();
    QCOMPARE(doc->toPlainText(), text); // positions are the body's UTF-16 offsets
    QVERIFY(m_reader->toCodePoint(text.size()) < text.size());

    // The formats reach the end of the text before the layout does.
    const auto &spans = body->mentions();
    QVERIFY(spans.size() > 100);
    const ui::ReaderSpan last = spans.last();
    QTextCursor probe(doc);
    probe.setPosition(int(last.start) + 1);
    QCOMPARE(probe.charFormat().background().color(), ui::EntityColors::background(last.type));

    // A selection near the end, made after the lazy layout: its code points are the stored mention's.
    const auto stored = m_reader->mention(last.id);
    QVERIFY(stored);
    selectText(last.start, last.end);
    const auto selection = m_reader->selection();
    QVERIFY(selection);
    QCOMPARE(selection->start, stored->start);
    QCOMPARE(selection->end, stored->end);

    // Shown at the end, the span is in view and the margin marks the last event there.
    body->showSpan(last.start, last.end);
    QVERIFY(body->verticalScrollBar()->value() > 0);
    QVERIFY(body->viewport()->rect().contains(body->cursorRect().center()));
    QVERIFY(!body->events().isEmpty());
    const ui::ReaderSpan lastEvent = body->events().last();
    body->showSpan(lastEvent.start, lastEvent.end);
    bool marked = false;
    for (const auto &[rect, event] : body->visibleEvents())
        marked = marked || event->id == lastEvent.id;
    QVERIFY(marked);

    // Annotating text near the end writes code point offsets.
    const qsizetype at = text.lastIndexOf(QStringLiteral("Zephyrine"));
    QVERIFY(at > 20000);
    selectText(at, at + 9);
    m_window->annotations()->annotateSelection();
    auto *dialog = waitForDialog<QDialog>(QStringLiteral("entityChooserDialog"));
    QVERIFY(dialog);
    dialog->findChild<QRadioButton *>(QStringLiteral("newEntity"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("newEntityName"))->setText(QStringLiteral("Zephyrine"));
    accept(dialog);
    const QString manual = QStringLiteral("SELECT m.start || ':' || m.end || ':' || substr(a.body, m.start + 1, m.end - m.start) "
                                          "FROM mention m JOIN entity e ON e.id = m.entity_id JOIN article a ON a.id = m.article_id "
                                          "WHERE e.name = 'Zephyrine' AND m.origin = 'manual'");
    QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = 'Zephyrine'")), qint64(1));
    auto row = m_db->statement(manual.toUtf8().constData());
    QVERIFY(row.next());
    const qint64 codePoint = m_reader->toCodePoint(at);
    QCOMPARE(row.text(0), QStringLiteral("%1:%2:Zephyrine").arg(codePoint).arg(codePoint + 9));
    row.reset();
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("Zephyrine"));
    QVERIFY(body->mentionAt(at) != 0);

    // A reload (after any edit) shows the same place, though the new text is laid out
    // lazily, and keeps the selection.
    const qsizetype middle = text.indexOf(u'\n', text.size() / 2);
    body->showSpan(middle - 3, middle);
    QTest::qWait(50); // the layout goes on in steps
    const int scroll = body->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    m_reader->reload();
    QCOMPARE(body->verticalScrollBar()->value(), scroll);
    QCOMPARE(body->textCursor().selectionStart(), int(middle - 3));
    QCOMPARE(body->textCursor().selectionEnd(), int(middle));
    selectText(at, at + 9);
    body->ensureCursorVisible();
    const int end = body->verticalScrollBar()->value();
    m_reader->reload();
    QCOMPARE(body->verticalScrollBar()->value(), end);
}

void TestWorkbench::longArticleFindZoomLegend()
{
    const qint64 id = openLongArticle();
    QVERIFY(id > 0);
    ui::ReaderBody *body = m_reader->body();
    const QString text = m_reader->article()->article.body;

    // Ctrl+F finds the marker at the very end and scrolls to it.
    m_reader->openFind();
    auto *field = m_reader->findChild<QLineEdit *>(QStringLiteral("findField"));
    QVERIFY(field && field->isVisible());
    field->setText(QStringLiteral("Zephyrine"));
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("Zephyrine"));
    QCOMPARE(body->textCursor().selectionStart(), int(text.lastIndexOf(QStringLiteral("Zephyrine"))));
    QVERIFY(body->verticalScrollBar()->value() > 0);
    QVERIFY(body->viewport()->rect().contains(body->cursorRect().center()));

    // Hiding a type there keeps the place and takes the highlight off; showing it puts it back.
    const ui::ReaderSpan last = body->mentions().last();
    body->showSpan(last.start, last.end);
    const int scroll = body->verticalScrollBar()->value();
    auto *legend = m_window->findChild<QAbstractButton *>(QStringLiteral("legend_") + last.type);
    QVERIFY(legend);
    const auto background = [body, &last] {
        QTextCursor c(body->document());
        c.setPosition(int(last.start) + 1);
        return c.charFormat().background();
    };
    legend->click();
    QCOMPARE(background().style(), Qt::NoBrush);
    QCOMPARE(body->verticalScrollBar()->value(), scroll);
    QCOMPARE(body->mentionAt(last.start), qint64(0));
    legend->click();
    QCOMPARE(background().color(), ui::EntityColors::background(last.type));
    QCOMPARE(body->mentionAt(last.start), last.id);

    // The zoom stays on the next article, and on this one again.
    const qreal normal = body->document()->defaultFont().pointSizeF();
    body->setZoomSteps(3);
    const qreal zoomed = body->document()->defaultFont().pointSizeF();
    QVERIFY(zoomed > normal);
    selectArticle(articleWith(QStringLiteral("화웨이, 어센드 910C 대량 출하")));
    QCOMPARE(body->document()->defaultFont().pointSizeF(), zoomed);
    selectArticle(id);
    QCOMPARE(body->document()->defaultFont().pointSizeF(), zoomed);
    QCOMPARE(body->verticalScrollBar()->value(), 0); // a newly shown article starts at its top
    body->setZoomSteps(0);
    QCOMPARE(body->document()->defaultFont().pointSizeF(), normal);
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
