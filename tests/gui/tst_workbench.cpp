// Drives the real MainWindow offscreen through the analyst's workbench: imports the sample,
// selects an article, selects text and annotates it through the dialog, undoes and redoes,
// rejects a highlight and applies that to all occurrences with one left out, merges two
// entities, and filters the list by entity. Every step is checked in the database too.
// The reader on a long article is tst_longarticle.
#include "workbenchfixture.h"

#include "ui/annotationcontroller.h"
#include "ui/entitycolors.h"
#include "ui/entitypanel.h"
#include "ui/filterbar.h"
#include "ui/occurrencedialog.h"
#include "ui/readerbody.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTableView>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>

class TestWorkbench final : public WorkbenchFixture
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsSitOnNames();
    void annotateUndoRedo();
    void rejectApplyToAllWithExclusion();
    void annotateApplyToAll();
    void mergeEntities();
    void filterByEntity();
    void entityPanelOpensMention();
};

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

    const QString manual =
        QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id JOIN article a "
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
    const QString nvidia =
        QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id JOIN article a "
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
    QVERIFY(m_db->exec("INSERT INTO event(id, date, precision, category, title) VALUES (990, '2025-04-16', 'day', "
                       "'other', 'm')")
                .ok());
    QVERIFY(
        m_db->exec(QStringLiteral("INSERT INTO event_actor VALUES (990, %1)").arg(ascend).toUtf8().constData()).ok());
    const QString actorOf990 = QStringLiteral("SELECT entity_id FROM event_actor WHERE event_id = 990");
    m_window->annotations()->mergeEntity(ascend);
    auto *dialog = waitForDialog<QDialog>(QStringLiteral("entityChooserDialog"));
    dialog->findChild<QLineEdit *>(QStringLiteral("entitySearch"))->setText(QStringLiteral("Ascend 910C"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("entityList"));
    QVERIFY(list->count() > 0);
    QVERIFY(list->currentItem()->text().startsWith(QStringLiteral("Ascend 910C")));
    accept(dialog);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(c910)),
                 before + moving);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention WHERE entity_id = %1").arg(ascend)), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE id = %1").arg(ascend)),
             qint64(0)); // the source is gone
    QCOMPARE(scalar(actorOf990), c910);
    // The merged entity's names now point at the target, for the next recognition.
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM alias WHERE entity_id = %1 AND text = 'Huawei Ascend'").arg(c910))
        == 1);
    m_window->undoStack()->undo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE id = %1 AND name = 'Huawei Ascend'").arg(ascend)),
             qint64(1));
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
    const QString mentions =
        QStringLiteral("a.id IN (SELECT article_id FROM mention WHERE entity_id = %1 AND status = 'accepted')");
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
    QTRY_VERIFY(m_window->articleModel()->totalCount()
                <= articles(mentions.arg(huawei) + QStringLiteral(" AND ") + mentions.arg(h20)));
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

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
