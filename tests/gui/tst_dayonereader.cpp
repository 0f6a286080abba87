// Issue 18 in the reader: annotation defaults, the highlight's context menu, filtering
// by entity in plain sight, search that knows entities and sorts by relevance, wire
// stories spaced as Korean articles are.
#include "dayonefixture.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QToolButton>

using namespace chipline;

class TestDayOneReader final : public DayOneFixture
{
    Q_OBJECT

private Q_SLOTS:
    void annotateSuggestsType();
    void highlightMenu();
    void entityFieldFilters();
    void searchKnowsEntities();
    void searchSortsByRelevance();
    void wireParagraphsSpacedLikeKorean();

private:
    // Writes the files (name, content) into a folder of their own and imports it.
    void importFiles(const QList<std::pair<QString, QString>> &files);
    // The reader's paragraphs: the blocks with text, and the tallest blank block.
    struct Paragraphs
    {
        QList<QTextBlock> blocks;
        qreal tallestBlank = 0;
    };
    Paragraphs readerParagraphs();
};

void TestDayOneReader::importFiles(const QList<std::pair<QString, QString>> &files)
{
    const QString folder = m_dir.filePath(QStringLiteral("files%1").arg(m_serial));
    QVERIFY(QDir().mkpath(folder));
    for (const auto &[name, content] : files) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    }
    m_window->importPaths({folder});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 60000);
    if (auto *summary = m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog")))
        summary->close();
}

TestDayOneReader::Paragraphs TestDayOneReader::readerParagraphs()
{
    QTextDocument *doc = m_window->reader()->body()->document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    Paragraphs out;
    for (QTextBlock block = doc->firstBlock(); block.isValid(); block = block.next()) {
        // A blank block's room is how far it moves the next one down (a line of fixed
        // height keeps its natural bounding rectangle).
        if (block.text().trimmed().isEmpty() && block.next().isValid())
            out.tallestBlank =
                std::max(out.tallestBlank,
                         layout->blockBoundingRect(block.next()).top() - layout->blockBoundingRect(block).top());
        else
            out.blocks << block;
    }
    return out;
}

// 10: the Annotate dialog starts at the type recognition suggests, else the last one used.
void TestDayOneReader::annotateSuggestsType()
{
    const QString folder = m_dir.filePath(QStringLiteral("person%1").arg(m_serial));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/memo.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Export memo\n\nTrade Secretary Jonah Whitfield said the inventory rules would stay.\n");
    file.close();
    m_window->importPaths({folder});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 60000);
    if (auto *summary = m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog")))
        summary->close();
    const qint64 id = scalar(QStringLiteral("SELECT id FROM article WHERE body LIKE '%Jonah Whitfield%'"));
    QVERIFY(id);
    selectArticle(id);
    ui::ArticleReader *reader = m_window->reader();
    const QString body = reader->article()->article.body;
    const auto annotate = [&](const QString &word) -> QString {
        const qsizetype at = body.indexOf(word);
        QTextCursor cursor = reader->body()->textCursor();
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + word.size()), QTextCursor::KeepAnchor);
        reader->body()->setTextCursor(cursor);
        m_window->findChild<QAction *>(QStringLiteral("actionAnnotate"))->trigger();
        QDialog *dialog = nullptr;
        for (int i = 0; i < 100 && !dialog; ++i) {
            for (QDialog *d : m_window->findChildren<QDialog *>(QStringLiteral("entityChooserDialog")))
                dialog = d->isVisible() ? d : dialog;
            if (!dialog)
                QTest::qWait(50);
        }
        if (!dialog)
            return QStringLiteral("no dialog");
        QString type = dialog->findChild<QComboBox *>(QStringLiteral("entityType"))->currentData().toString();
        dialog->findChild<QRadioButton *>(QStringLiteral("newEntity"))->setChecked(true);
        dialog->accept();
        return type;
    };
    QCOMPARE(annotate(QStringLiteral("Jonah Whitfield")), QStringLiteral("PERSON"));
    QTRY_VERIFY(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = 'Jonah Whitfield' AND type = 'PERSON'"))
                == 1);
    // No cue for "inventory": the type last used.
    QCOMPARE(annotate(QStringLiteral("inventory")), QStringLiteral("PERSON"));
}

// 11 and 3: right-click on a highlight offers the edits and the views of its entity.
void TestDayOneReader::highlightMenu()
{
    importSample();
    const qint64 id = articleWith(QStringLiteral("화웨이, 어센드 910C 대량 출하"));
    QVERIFY(id);
    selectArticle(id);
    ui::ReaderBody *body = m_window->reader()->body();
    QVERIFY(!body->mentions().isEmpty());
    const ui::ReaderSpan span = body->mentions().first();
    const qint64 entity = scalar(QStringLiteral("SELECT entity_id FROM mention WHERE id = %1").arg(span.id));
    QTextCursor cursor(body->document());
    cursor.setPosition(int(span.start + 1));
    const QPoint at = body->cursorRect(cursor).center();
    // What a right button press makes of itself on the viewport, as the window system does.
    const auto rightClick = [](QWidget *viewport, QPoint pos) {
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
        QApplication::sendEvent(viewport, &event);
    };
    QStringList offered;
    whenShown<QMenu>([&offered](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (!a->objectName().isEmpty())
                offered << a->objectName();
        }
        for (QAction *a : menu->actions()) {
            if (a->objectName() == u"actionFilterByEntity")
                a->trigger();
        }
        menu->close();
    });
    rightClick(body->viewport(), at);
    QTRY_VERIFY(!offered.isEmpty());
    for (const char *name : {"actionReject", "actionRetype", "actionRelink", "actionAddHighlightAsAlias",
                             "actionFilterByEntity", "actionShowAllMentions"})
        QVERIFY2(offered.contains(QLatin1String(name)), qPrintable(offered.join(u' ')));
    QTRY_VERIFY(m_window->filterBar()->filter().entities.contains(entity));
    // Show All Mentions selects the entity in the panel, over the whole corpus.
    whenShown<QMenu>([](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == u"actionShowAllMentions")
                a->trigger();
        }
        menu->close();
    });
    rightClick(body->viewport(), at);
    QTRY_COMPARE(m_window->entityPanel()->selectedEntity(), entity);
    // Reject from the menu goes through the undo stack.
    const int undoable = m_window->undoStack()->count();
    whenShown<QMenu>([](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == u"actionReject")
                a->trigger();
        }
        menu->close();
    });
    rightClick(body->viewport(), at);
    QTRY_COMPARE(m_window->undoStack()->count(), undoable + 1);
    QTRY_COMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM mention WHERE id = %1 AND status = 'rejected'").arg(span.id)),
        qint64(1));
    // 4: the entity filter's count follows the reject.
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("articleCount"));
    QTRY_VERIFY2(label->text().contains(QLocale().toString(m_window->articleModel()->totalCount())),
                 qPrintable(label->text()));
}

// 3: the filter bar's entity field finds an entity by an alias in another language.
void TestDayOneReader::entityFieldFilters()
{
    importSample();
    const qint64 nvidia = scalar(QStringLiteral("SELECT id FROM entity WHERE name = 'Nvidia'"));
    QVERIFY(nvidia > 0);
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("entityFilterField"));
    QVERIFY(field && field->isVisible());
    field->setFocus();
    field->setText(QString());
    QTest::keyClicks(field, QStringLiteral("Nvidi"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(m_window->filterBar()->filter().entities.contains(nvidia));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("entityChip_%1").arg(nvidia)));
    QCOMPARE(m_window->articleModel()->totalCount(),
             scalar(QStringLiteral(
                        "SELECT count(DISTINCT article_id) FROM mention WHERE entity_id = %1 AND status = 'accepted'")
                        .arg(nvidia)));
}

// 2: a search naming an entity finds the articles that mention it in another language.
void TestDayOneReader::searchKnowsEntities()
{
    importSample();
    const QString korean = QStringLiteral("SELECT a.id FROM article a WHERE a.id IN (SELECT m.article_id FROM mention "
                                          "m JOIN entity e ON e.id = m.entity_id "
                                          "WHERE e.name = 'Nvidia' AND m.status = 'accepted') AND a.body NOT LIKE "
                                          "'%Nvidia%' AND coalesce(a.title, '') NOT LIKE '%Nvidia%'");
    const qint64 id = scalar(korean);
    QVERIFY2(id > 0, "the sample has a Korean article about 엔비디아");
    m_window->filterBar()->setSearchDelay(0);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Nvidia"));
    QTRY_COMPARE(m_window->articleModel()->filter().search, QStringLiteral("Nvidia"));
    QVERIFY(m_window->articleModel()->rowOfArticle(id, 1000) >= 0);
    const qint64 expected = scalar(QStringLiteral(
        "SELECT count(*) FROM article a WHERE a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH "
        "'\"Nvidia\"') "
        "OR a.id IN (SELECT m.article_id FROM mention m JOIN entity e ON e.id = m.entity_id WHERE e.name = 'Nvidia' "
        "AND m.status = 'accepted')"));
    QCOMPARE(m_window->articleModel()->totalCount(), expected);
    // The reader marks the hits: here 엔비디아, a mention of the entity searched for.
    selectArticle(id);
    QVERIFY(m_window->reader()->searchHitCount() > 0);
}

// 2: a typed search lists the best matches first, by their text or by an entity named in
// another language; a click on the date header sorts by date, the Relevance choice sorts
// by relevance again, and clearing the search gives back the sort from before it.
void TestDayOneReader::searchSortsByRelevance()
{
    importSample();
    const QString filler = QStringLiteral(" Officials said the rules would be reviewed again next year, and traders "
                                          "said the market had expected as much for weeks.");
    QString longOne = QStringLiteral("Nvidia was named once in a long report.");
    for (int i = 0; i < 12; ++i)
        longOne += filler;
    importFiles(
        {{QStringLiteral("many.txt"),
          QStringLiteral("Nvidia, Nvidia and Nvidia\n\nNvidia said Nvidia chips sold out. Nvidia again: Nvidia.\n")},
         {QStringLiteral("once.txt"), QStringLiteral("A long report\n\n") + longOne + u'\n'},
         {QStringLiteral("korean.txt"),
          QStringLiteral(
              "반도체 수출 기사\n\n엔비디아는 새 칩을 공개했다. 엔비디아 관계자는 엔비디아 칩 수요가 늘었다고 "
              "말했다. 엔비디아 주가는 올랐다.\n")}});
    const qint64 many = articleWith(QStringLiteral("Nvidia, Nvidia"));
    const qint64 once = articleWith(QStringLiteral("A long report"));
    const qint64 korean = articleWith(QStringLiteral("반도체 수출 기사"));
    QVERIFY(many && once && korean);
    const qint64 nvidia = scalar(QStringLiteral("SELECT id FROM entity WHERE name = 'Nvidia'"));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM mention WHERE article_id = %1 AND entity_id = %2 AND status = 'accepted'")
                        .arg(korean)
                        .arg(nvidia)),
             qint64(4));

    auto *view = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    QHeaderView *header = view->horizontalHeader();
    ui::ArticleListModel *model = m_window->articleModel();
    // The analyst's own sort before searching: titles A to Z.
    header->setSortIndicator(ui::ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model->sortedColumn(), int(ui::ArticleListModel::TitleColumn));

    auto *relevance = m_window->findChild<QToolButton *>(QStringLiteral("sortByRelevance"));
    QVERIFY(relevance);
    QVERIFY(!relevance->isVisible());
    m_window->filterBar()->setSearchDelay(0);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Nvidia"));
    QTRY_COMPARE(model->filter().search, QStringLiteral("Nvidia"));
    QTRY_VERIFY(model->sortedByRelevance());
    QVERIFY(relevance->isVisible() && relevance->isChecked());
    QCOMPARE(header->sortIndicatorSection(), -1);
    // Six times in a short text first; four mentions of 엔비디아 (no "Nvidia" in the text)
    // above one "Nvidia" in a long one.
    QCOMPARE(model->articleId(0), many);
    const int koreanRow = model->rowOfArticle(korean, 1000);
    const int onceRow = model->rowOfArticle(once, 1000);
    QVERIFY(koreanRow >= 0 && onceRow >= 0);
    QVERIFY2(koreanRow < onceRow, qPrintable(QStringLiteral("%1 %2").arg(koreanRow).arg(onceRow)));

    // One click on the date header: the newest first.
    const int dateX = header->sectionViewportPosition(ui::ArticleListModel::DateColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(dateX, header->height() / 2));
    QTRY_COMPARE(model->sortedColumn(), int(ui::ArticleListModel::DateColumn));
    QCOMPARE(model->sortedOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ui::ArticleListModel::DateColumn));
    QVERIFY(!relevance->isChecked());
    const qint64 newest = scalar(QStringLiteral("SELECT a.id FROM article a WHERE a.published IS NOT NULL AND (a.id IN "
                                                "(SELECT rowid FROM article_fts WHERE "
                                                "article_fts MATCH '\"Nvidia\"') OR a.id IN (SELECT article_id FROM "
                                                "mention WHERE entity_id = %1 AND status = "
                                                "'accepted')) ORDER BY a.published DESC, a.id DESC LIMIT 1")
                                     .arg(nvidia));
    QCOMPARE(model->articleId(0), newest);
    // Typing on keeps the date order the analyst chose.
    QTest::keyClicks(search, QStringLiteral(" "));
    QTRY_COMPARE(model->filter().search, QStringLiteral("Nvidia "));
    QVERIFY(!model->sortedByRelevance());

    // The Relevance choice sorts by relevance again.
    QTest::mouseClick(relevance, Qt::LeftButton);
    QTRY_VERIFY(model->sortedByRelevance());
    QVERIFY(relevance->isChecked());
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(model->articleId(0), many);

    // Clearing the search: titles A to Z again.
    search->clear();
    QTRY_VERIFY(model->filter().search.isEmpty());
    QCOMPARE(model->sortedColumn(), int(ui::ArticleListModel::TitleColumn));
    QCOMPARE(model->sortedOrder(), Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ui::ArticleListModel::TitleColumn));
    QVERIFY(!relevance->isVisible());
}

// 17: an English wire story reads as a Korean article does: paragraphs apart by the
// paragraph spacing alone, whatever the source put between them (a blank line, spaces,
// a no-break space), and a story wrapped by hand at 70 columns in whole paragraphs.
void TestDayOneReader::wireParagraphsSpacedLikeKorean()
{
    const QStringList story = {
        QStringLiteral("The U.S. Commerce Department on Thursday widened its restrictions on exports of advanced "
                       "artificial intelligence chips to China, closing gaps that had let Nvidia ship trimmed-down "
                       "processors to Chinese customers."),
        QStringLiteral("The Bureau of Industry and Security said the rules, which take effect in 30 days, cover chips "
                       "such as Nvidia's H20 and add 13 Chinese companies to the Entity List."),
        QStringLiteral("\"We are laser-focused on keeping our most advanced technology out of the hands of our "
                       "adversaries,\" Commerce Secretary Gina Raimondo told reporters."),
        QStringLiteral("Nvidia shares fell 2.1% in afternoon trading. The company said it complies with all "
                       "applicable regulations."),
        QStringLiteral("Beijing condemned the move and said it would take necessary measures.")};
    // Paragraphs apart by a blank line of spaces, of a no-break space, of a tab, an empty one.
    const QStringList separators = {QStringLiteral("\n  \n"), QStringLiteral("\n\u00a0\n"), QStringLiteral("\n\t\n"),
                                    QStringLiteral("\n\n")};
    QString spaced = QStringLiteral("U.S. widens AI chip curbs\nUpdated October 17, 2024 2:31 PM GMT\n\n"
                                    "WASHINGTON, Oct 17 (Reuters) - ");
    for (qsizetype i = 0; i < story.size(); ++i)
        spaced += (i ? separators.at(i - 1) : QString()) + story.at(i);
    spaced += QStringLiteral("\n\nReporting by Karen Freifeld; Editing by Chizu Nomiyama\n");
    // The same story wrapped at 70 columns, as wire services send it.
    QString wrapped = QStringLiteral("Samsung wins Texas chip grant\nPublished 2024-04-15 09:05\n\n"
                                     "TAYLOR, April 15 (Reuters) - ");
    for (qsizetype i = 0; i < story.size(); ++i) {
        QString line;
        QStringList lines;
        // (Another day: the same words would be a duplicate of the story above.)
        for (const QString &word :
             QString(story.at(i)).replace(QStringLiteral("Thursday"), QStringLiteral("Monday")).split(u' ')) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > 70) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
        wrapped += (i ? QStringLiteral("\n\n") : QString()) + lines.join(u'\n');
    }
    wrapped += QStringLiteral("\n\nReporting by Matt O'Brien\n");
    // A Korean article: a paragraph a line.
    const QString korean = QStringLiteral(
        "엔비디아 H20 수출 허가\n2025.03.27 17:42\n\n미국 상무부는 엔비디아의 H20 칩 수출에 허가를 요구하기로 했다.\n"
        "엔비디아는 이 조치로 약 55억달러의 비용이 발생할 것이라고 밝혔다.\n중국 외교부는 이번 조치에 강하게 "
        "반발했다.\n");
    importFiles({{QStringLiteral("spaced.txt"), spaced},
                 {QStringLiteral("wrapped.txt"), wrapped},
                 {QStringLiteral("korean.txt"), korean}});

    const qint64 koreanId = articleWith(QStringLiteral("엔비디아 H20 수출 허가"));
    QVERIFY(koreanId);
    selectArticle(koreanId);
    const Paragraphs reference = readerParagraphs();
    QCOMPARE(reference.blocks.size(), 3);
    QAbstractTextDocumentLayout *koreanLayout = m_window->reader()->body()->document()->documentLayout();
    const qreal koreanGap = koreanLayout->blockBoundingRect(reference.blocks.at(1)).top()
        - koreanLayout->blockBoundingRect(reference.blocks.at(0)).bottom();
    const QTextBlockFormat koreanFormat = reference.blocks.at(0).blockFormat();

    for (const QString &title :
         {QStringLiteral("U.S. widens AI chip curbs"), QStringLiteral("Samsung wins Texas chip grant")}) {
        const qint64 id = articleWith(title);
        QVERIFY2(id, qPrintable(title));
        QCOMPARE(scalar(QStringLiteral("SELECT layout = 'wire' FROM article WHERE id = %1").arg(id)), qint64(1));
        selectArticle(id);
        const Paragraphs wire = readerParagraphs();
        // A paragraph a block, the hand-wrapped lines in one.
        QCOMPARE(wire.blocks.size(), story.size());
        QVERIFY2(wire.tallestBlank <= 2, qPrintable(QString::number(wire.tallestBlank)));
        QAbstractTextDocumentLayout *layout = m_window->reader()->body()->document()->documentLayout();
        for (qsizetype i = 0; i < wire.blocks.size(); ++i) {
            const QTextBlock block = wire.blocks.at(i);
            QVERIFY2(block.text().endsWith(story.at(i).right(20)), qPrintable(block.text()));
            QCOMPARE(block.blockFormat().bottomMargin(), koreanFormat.bottomMargin());
            QCOMPARE(block.blockFormat().lineHeight(), koreanFormat.lineHeight());
            if (i == 0)
                continue;
            const qreal gap =
                layout->blockBoundingRect(block).top() - layout->blockBoundingRect(wire.blocks.at(i - 1)).bottom();
            QVERIFY2(std::abs(gap - koreanGap) <= 2,
                     qPrintable(QStringLiteral("%1: gap %2, Korean %3").arg(title).arg(gap).arg(koreanGap)));
        }
        // Offsets stay the body's: the reader's text is the body's, breaks and all.
        const QString body = m_window->reader()->article()->article.body;
        QCOMPARE(m_window->reader()->body()->document()->characterCount() - 1, body.size());
    }
}

QTEST_MAIN(TestDayOneReader)
#include "tst_dayonereader.moc"
