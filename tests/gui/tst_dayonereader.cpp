// Issue 18 in the reader: annotation defaults, the highlight's context menu, filtering
// by entity in plain sight, search that knows entities.
#include "dayonefixture.h"


using namespace chipline;

class TestDayOneReader final : public DayOneFixture
{
    Q_OBJECT

private Q_SLOTS:
    void annotateSuggestsType();
    void highlightMenu();
    void entityFieldFilters();
    void searchKnowsEntities();
};

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
        const QString type = dialog->findChild<QComboBox *>(QStringLiteral("entityType"))->currentData().toString();
        dialog->findChild<QRadioButton *>(QStringLiteral("newEntity"))->setChecked(true);
        dialog->accept();
        return type;
    };
    QCOMPARE(annotate(QStringLiteral("Jonah Whitfield")), QStringLiteral("PERSON"));
    QTRY_VERIFY(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = 'Jonah Whitfield' AND type = 'PERSON'")) == 1);
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
    QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention WHERE id = %1 AND status = 'rejected'").arg(span.id)), qint64(1));
    // 4: the entity filter's count follows the reject.
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("articleCount"));
    QTRY_VERIFY2(label->text().contains(QLocale().toString(m_window->articleModel()->totalCount())), qPrintable(label->text()));
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
             scalar(QStringLiteral("SELECT count(DISTINCT article_id) FROM mention WHERE entity_id = %1 AND status = 'accepted'").arg(nvidia)));
}

// 2: a search naming an entity finds the articles that mention it in another language.
void TestDayOneReader::searchKnowsEntities()
{
    importSample();
    const QString korean = QStringLiteral(
        "SELECT a.id FROM article a WHERE a.id IN (SELECT m.article_id FROM mention m JOIN entity e ON e.id = m.entity_id "
        "WHERE e.name = 'Nvidia' AND m.status = 'accepted') AND a.body NOT LIKE '%Nvidia%' AND coalesce(a.title, '') NOT LIKE '%Nvidia%'");
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
        "SELECT count(*) FROM article a WHERE a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH '\"Nvidia\"') "
        "OR a.id IN (SELECT m.article_id FROM mention m JOIN entity e ON e.id = m.entity_id WHERE e.name = 'Nvidia' "
        "AND m.status = 'accepted')"));
    QCOMPARE(m_window->articleModel()->totalCount(), expected);
    // The reader marks the hits: here 엔비디아, a mention of the entity searched for.
    selectArticle(id);
    QVERIFY(m_window->reader()->searchHitCount() > 0);
}

QTEST_MAIN(TestDayOneReader)
#include "tst_dayonereader.moc"
