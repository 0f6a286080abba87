// The reader on a 20 KB article (laid out lazily) in the real MainWindow: its highlights,
// code point offsets and the margin reach the end; annotating near the end; find, zoom and
// the legend; the place and selection kept across reloads. The article opens with a
// character outside the BMP, so UTF-16 and code point offsets differ.
#include "workbenchfixture.h"

#include "ui/annotationcontroller.h"
#include "ui/entitycolors.h"
#include "ui/readerbody.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTableView>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>

#include <QDir>
#include <QFile>
#include <QScrollBar>

class TestLongArticle final : public WorkbenchFixture
{
    Q_OBJECT

private Q_SLOTS:
    void longArticleOffsetsAndView();
    void longArticleFindZoomLegend();

private:
    // Imports one article of 20,000+ characters built from the sample's bodies, opening
    // with a character outside the BMP (so that UTF-16 and code point offsets differ) and
    // ending with a marker sentence; selects it and returns its id.
    qint64 openLongArticle();
};

qint64 TestLongArticle::openLongArticle()
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

void TestLongArticle::longArticleOffsetsAndView()
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
    const QString manual =
        QStringLiteral("SELECT m.start || ':' || m.end || ':' || substr(a.body, m.start + 1, m.end - m.start) "
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

void TestLongArticle::longArticleFindZoomLegend()
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

QTEST_MAIN(TestLongArticle)
#include "tst_longarticle.moc"
