// Drives the New names review in the real MainWindow offscreen: articles naming people by
// their titles and a firm by its head word are imported through the window; the dock
// lists them with counts and contexts; accept, accept as another type, alias (through the
// entity chooser), reject, and several at once are each one step of Edit › Undo and
// Redo; the reader shows an accepted name solid; a recognition run by another process
// (as `chipline recognize` in a terminal) does not bring a decided name back.
#include "newnamesfixture.h"

class TestNewNames final : public NewNamesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void listsNamesWithCountsAndContexts();
    void acceptUndoRedoAndRecognition();
    void acceptAsAnotherType();
    void addAsAliasOfExistingEntity();
    void rejectSeveralAtOnceIsOneStep();
    void staleDecisionShowsErrorAndChangesNothing();
    void dockPlacedBesideTheTimelineThenRemembered();
    void koreanInterface();
};

void TestNewNames::listsNamesWithCountsAndContexts()
{
    openReview();
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("New names (4)"));
    QCOMPARE(m_model->totalCount(), 4);
    QVERIFY(!listed().contains(QStringLiteral("엔비디아")) && !listed().contains(QStringLiteral("Nvidia")));
    // Most articles first; counts and the guessed type, coloured like the entity panel.
    QCOMPARE(listed().mid(0, 2), (QStringList{QStringLiteral("쉬리펑"), QStringLiteral("한결증권")}));
    const int wang = rowOf(QStringLiteral("쉬리펑"));
    QCOMPARE(m_model->index(wang, ui::NewNamesModel::ArticlesColumn).data().toLongLong(), qint64(2));
    QCOMPARE(m_model->index(wang, ui::NewNamesModel::MentionsColumn).data().toLongLong(), qint64(3));
    QCOMPARE(m_model->index(wang, ui::NewNamesModel::TypeColumn).data().toString(), QStringLiteral("Person"));
    QCOMPARE(m_model->index(wang, ui::NewNamesModel::TypeColumn).data(Qt::BackgroundRole).value<QColor>(),
             ui::EntityColors::background(QStringLiteral("PERSON")));

    // Sorting by name, then back by articles.
    m_table->sortByColumn(ui::NewNamesModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(listed().first(), QStringLiteral("박서윤"));
    m_table->sortByColumn(ui::NewNamesModel::ArticlesColumn, Qt::DescendingOrder);
    QCOMPARE(listed().first(), QStringLiteral("쉬리펑"));

    // The contexts of the current name, the name apart, with the article's title.
    select({QStringLiteral("한결증권")});
    auto *lines = m_dock->findChild<QListWidget *>(QStringLiteral("newNamesContexts"));
    QVERIFY(lines);
    QCOMPARE(lines->count(), 2);
    for (int i = 0; i < lines->count(); ++i) {
        QCOMPARE(lines->item(i)->data(ui::KwicDelegate::HitRole).toString(), QStringLiteral("한결증권"));
        QVERIFY(lines->item(i)->data(ui::KwicDelegate::SourceRole).toString().contains(QStringLiteral("2025-03-1")));
    }
    QVERIFY(
        lines->item(0)->data(ui::KwicDelegate::SourceRole).toString().contains(QStringLiteral("증권가 보고서 잇따라")));
    // Double-clicking a line opens its article in the reader at the mention.
    const QRect first = lines->visualItemRect(lines->item(1));
    QVERIFY(lines->viewport()->rect().contains(first.center()));
    // A widget's double-click arrives after a press and a release (QTest sends only the second).
    QTest::mouseClick(lines->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(lines->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseRelease(lines->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_COMPARE(m_window->reader()->articleId(), articleWith(QStringLiteral("외교부 정례 브리핑")));
    QCOMPARE(m_window->reader()->body()->textCursor().selectedText(), QStringLiteral("한결증권"));

    // Filters: the guessed type, the article count, a part of the name; then the empty state.
    auto *type = m_dock->findChild<QComboBox *>(QStringLiteral("newNamesTypeFilter"));
    type->setCurrentIndex(type->findData(QStringLiteral("ORG")));
    QCOMPARE(listed(), QStringList{QStringLiteral("한결증권")});
    type->setCurrentIndex(0);
    auto *minArticles = m_dock->findChild<QSpinBox *>(QStringLiteral("newNamesMinArticles"));
    minArticles->setValue(2);
    QCOMPARE(listed().size(), 2);
    auto *filter = m_dock->findChild<QLineEdit *>(QStringLiteral("newNamesFilter"));
    filter->insert(QStringLiteral("증권")); // as an input method commits it (keyClicks is ASCII only)
    QCOMPARE(listed(), QStringList{QStringLiteral("한결증권")});
    QTest::keyClicks(filter, QStringLiteral("xyz"));
    auto *empty = m_dock->findChild<QLabel *>(QStringLiteral("newNamesEmpty"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("match the filters")));
    filter->clear();
    minArticles->setValue(1);
    QCOMPARE(listed().size(), 4);
    QVERIFY(!empty->isVisible());
    auto *summary = m_dock->findChild<QLabel *>(QStringLiteral("newNamesSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("4 name"))); // "4 names" with the English plurals loaded
}

void TestNewNames::acceptUndoRedoAndRecognition()
{
    openReview();
    const qint64 followup = articleWith(QStringLiteral("같은 입장 되풀이한 중국"));
    m_window->openArticle(articleWith(QStringLiteral("외교부 정례 브리핑")));
    const ui::ReaderSpan *guess = spanOver(QStringLiteral("쉬리펑"));
    QVERIFY(guess && guess->guess); // drawn dashed and paler until decided
    QUndoStack *stack = m_window->undoStack();
    const int steps = stack->count();

    select({QStringLiteral("쉬리펑")});
    QVERIFY(action(QStringLiteral("actionAcceptName"))->toolTip().contains(QStringLiteral("(A)")));
    QTest::keyClick(m_table, Qt::Key_A);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = '쉬리펑' AND origin = 'user'")),
             qint64(1));
    QTRY_VERIFY(!listed().contains(QStringLiteral("쉬리펑")));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("New names (3)"));
    // The next name is current, so that the analyst can go on with the keyboard.
    QVERIFY(m_table->selectionModel()->hasSelection());
    // Solid in the reader now, and found where no title announced him.
    const ui::ReaderSpan *solid = spanOver(QStringLiteral("쉬리펑"));
    QVERIFY(solid && !solid->guess);
    m_window->openArticle(followup);
    QVERIFY(spanOver(QStringLiteral("쉬리펑")) && !spanOver(QStringLiteral("쉬리펑"))->guess);

    QAction *undo = action(QStringLiteral("actionUndo"));
    QAction *redo = action(QStringLiteral("actionRedo"));
    QVERIFY(undo->text().contains(QStringLiteral("쉬리펑")));
    undo->trigger();
    QTRY_VERIFY(listed().contains(QStringLiteral("쉬리펑")));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("New names (4)"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = '쉬리펑' AND origin = 'pattern'")),
             qint64(1));
    QVERIFY(!spanOver(QStringLiteral("쉬리펑"))); // the untitled mention was the acceptance's
    redo->trigger();
    QTRY_VERIFY(!listed().contains(QStringLiteral("쉬리펑")));
    QVERIFY(spanOver(QStringLiteral("쉬리펑")) && !spanOver(QStringLiteral("쉬리펑"))->guess);

    runRecognitionElsewhere();
    QVERIFY(!listed().contains(QStringLiteral("쉬리펑")));
    QCOMPARE(listed().size(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = '쉬리펑' AND origin = 'user'")),
             qint64(1));
    m_window->openArticle(followup);
    QVERIFY(spanOver(QStringLiteral("쉬리펑")) && !spanOver(QStringLiteral("쉬리펑"))->guess);
}

void TestNewNames::acceptAsAnotherType()
{
    openReview();
    select({QStringLiteral("한결증권")});
    auto *button = m_dock->findChild<QToolButton *>(QStringLiteral("acceptAsButton"));
    QVERIFY(button && button->isEnabled());
    bool chosen = false;
    whenShown<QMenu>([&chosen](QMenu *menu) {
        QAction *media = menu->findChild<QAction *>(QStringLiteral("acceptAsMEDIA"));
        chosen = media != nullptr;
        if (media)
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(media).center());
        else
            menu->close();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(chosen);
    QTRY_COMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM entity WHERE name = '한결증권' AND type = 'MEDIA' AND origin = 'user'")),
                 qint64(1));
    QTRY_VERIFY(!listed().contains(QStringLiteral("한결증권")));
    QVERIFY(action(QStringLiteral("actionUndo"))->text().contains(QStringLiteral("Media")));

    // T opens the same menu from the keyboard.
    select({QStringLiteral("박서윤")});
    bool opened = false;
    whenShown<QMenu>([&opened](QMenu *menu) {
        opened = menu->objectName() == u"acceptAsMenu";
        menu->close();
    });
    QTest::keyClick(m_table, Qt::Key_T);
    QTRY_VERIFY(opened);

    action(QStringLiteral("actionUndo"))->trigger();
    QTRY_VERIFY(listed().contains(QStringLiteral("한결증권")));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM entity WHERE name = '한결증권' AND type = 'ORG' AND origin = 'pattern'")),
             qint64(1));
}

void TestNewNames::addAsAliasOfExistingEntity()
{
    openReview();
    const qint64 huaweiMentions =
        scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id WHERE e.name = "
                              "'Huawei' AND m.status = 'accepted'"));
    QVERIFY(huaweiMentions >= 1);
    select({QStringLiteral("한결증권")});
    bool accepted = false;
    whenShown<ui::EntityChooserDialog>([&accepted](ui::EntityChooserDialog *dialog) {
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("entitySearch"));
        QTest::keyClicks(search, QStringLiteral("Huawei"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("entityList"));
        if (!list->currentItem() || !list->currentItem()->text().startsWith(QStringLiteral("Huawei"))) {
            dialog->reject();
            return;
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        accepted = true;
    });
    QTest::mouseClick(m_dock->findChild<QToolButton *>(QStringLiteral("aliasNameButton")), Qt::LeftButton);
    QTRY_VERIFY(accepted);
    QTRY_VERIFY(!listed().contains(QStringLiteral("한결증권")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = '한결증권'")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                   "WHERE e.name = 'Huawei' AND m.status = 'accepted'")),
             huaweiMentions + 2);
    QVERIFY(action(QStringLiteral("actionUndo"))->text().contains(QStringLiteral("Huawei")));

    action(QStringLiteral("actionUndo"))->trigger();
    QTRY_VERIFY(listed().contains(QStringLiteral("한결증권")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = '한결증권' AND origin = 'pattern'")),
             qint64(1));
    action(QStringLiteral("actionRedo"))->trigger();
    QTRY_VERIFY(!listed().contains(QStringLiteral("한결증권")));
}

void TestNewNames::rejectSeveralAtOnceIsOneStep()
{
    openReview();
    QUndoStack *stack = m_window->undoStack();
    const int steps = stack->count();
    select({QStringLiteral("박서윤"), QStringLiteral("최다온")});
    QTest::keyClick(m_table, Qt::Key_Delete);
    QCOMPARE(stack->count(), steps + 1);
    QTRY_COMPARE(listed().size(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rejected_name")), qint64(2));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                   "WHERE e.name IN ('박서윤', '최다온') AND m.status = 'accepted'")),
             qint64(0));
    m_window->openArticle(articleWith(QStringLiteral("외교부 정례 브리핑")));
    QVERIFY(!spanOver(QStringLiteral("박서윤")));

    // One undo brings both back; one redo takes both away.
    action(QStringLiteral("actionUndo"))->trigger();
    QTRY_COMPARE(listed().size(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rejected_name")), qint64(0));
    QVERIFY(spanOver(QStringLiteral("박서윤")) && spanOver(QStringLiteral("박서윤"))->guess);
    action(QStringLiteral("actionRedo"))->trigger();
    QTRY_COMPARE(listed().size(), 2);

    // R rejects too; recognition run again proposes none of them.
    select({QStringLiteral("한결증권")});
    QTest::keyClick(m_table, Qt::Key_R);
    QTRY_COMPARE(listed(), QStringList{QStringLiteral("쉬리펑")});
    runRecognitionElsewhere();
    QCOMPARE(listed(), QStringList{QStringLiteral("쉬리펑")});
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                   "WHERE e.name IN ('박서윤', '최다온', '한결증권') AND m.status = 'accepted'")),
             qint64(0));

    // The last name decided, the list explains what would appear there.
    select({QStringLiteral("쉬리펑")});
    QTest::keyClick(m_table, Qt::Key_A);
    auto *empty = m_dock->findChild<QLabel *>(QStringLiteral("newNamesEmpty"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("not in your entities yet appear here")));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("New names"));
}

void TestNewNames::staleDecisionShowsErrorAndChangesNothing()
{
    openReview();
    select({QStringLiteral("박서윤")});
    // Another process rejects the name; before the window has noticed, the analyst accepts it.
    {
        auto other = storage::Database::open(m_path);
        QVERIFY(other.ok());
        annotation::EntityDirectory directory(*other.value());
        annotation::AnnotationService service(*other.value(), directory);
        annotation::NameReview review(*other.value(), service);
        auto change = review.reject({review.newName(QStringLiteral("박서윤"))->entityId});
        QVERIFY(change.ok());
        QVERIFY(service.apply(change.value(), true).ok());
    }
    const int steps = m_window->undoStack()->count();
    action(QStringLiteral("actionAcceptName"))->trigger();
    QCOMPARE(m_window->undoStack()->count(), steps);
    auto *message = m_dock->findChild<QLabel *>(QStringLiteral("newNamesMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("박서윤")), qPrintable(message->text()));
    QVERIFY(message->text().startsWith(QStringLiteral("Nothing was changed")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM entity WHERE name = '박서윤' AND origin = 'user'")),
             qint64(0));
    QTRY_VERIFY(!listed().contains(QStringLiteral("박서윤")));
    // The next decision clears the message.
    select({QStringLiteral("최다온")});
    QTest::keyClick(m_table, Qt::Key_A);
    QTRY_VERIFY(!message->isVisible());
}

void TestNewNames::dockPlacedBesideTheTimelineThenRemembered()
{
    auto *timeline = m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    QVERIFY(timeline);
    // At first a tab behind the timeline, found by its title's count.
    QVERIFY(m_window->tabifiedDockWidgets(m_dock).contains(timeline));
    QVERIFY(!m_dock->isHidden());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("entitiesDock"))->isVisible());
    QTRY_VERIFY(
        m_dock->toggleViewAction()->text().startsWith(QStringLiteral("New names ("))); // set by a queued refresh

    // Moved, it is where the analyst left it when the window opens again.
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->dockWidgetArea(m_dock), Qt::RightDockWidgetArea);
    QVERIFY(m_window->tabifiedDockWidgets(m_dock).isEmpty());

    // A window state saved before the dock existed puts it behind the timeline again.
    m_dock->setObjectName(QStringLiteral("someOtherDock")); // the state knows no newNamesDock
    m_settings->setMainWindowState(m_window->saveState());
    m_window.reset();
    openWindow();
    QVERIFY(m_window->tabifiedDockWidgets(m_dock).contains(
        m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"))));
}

void TestNewNames::koreanInterface()
{
    const auto before = QCoreApplication::instance()->findChildren<QTranslator *>();
    QCOMPARE(core::Translations::install(*QCoreApplication::instance(), QStringLiteral("ko")), QStringLiteral("ko"));
    m_window.reset();
    openWindow();
    openReview();
    const QString title = m_dock->windowTitle();
    const QString accept = m_dock->findChild<QToolButton *>(QStringLiteral("acceptNameButton"))->text();
    const QString reject = action(QStringLiteral("actionRejectName"))->toolTip();
    const QString type = m_model->index(0, ui::NewNamesModel::TypeColumn).data().toString();
    const QString header = m_model->headerData(ui::NewNamesModel::ArticlesColumn, Qt::Horizontal).toString();
    const QString menu = action(QStringLiteral("actionNewNames"))->text();
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(title, QStringLiteral("새 이름 (4)"));
    QCOMPARE(accept, QStringLiteral("수락"));
    QVERIFY2(reject.startsWith(QStringLiteral("이름이 아님")), qPrintable(reject));
    QCOMPARE(type, QStringLiteral("인물"));
    QCOMPARE(header, QStringLiteral("기사"));
    QVERIFY2(menu.startsWith(QStringLiteral("새 이름 검토")), qPrintable(menu));
}

QTEST_MAIN(TestNewNames)
#include "tst_newnames.moc"
