// Issue 18: what an analyst's first day found broken or confusing in the window, its
// list, filters, timeline and exports, driven through the real MainWindow offscreen.
#include "dayonefixture.h"
#include "ui/timelineview.h"

using namespace chipline;

class TestDayOne final : public DayOneFixture
{
    Q_OBJECT

private Q_SLOTS:
    void timelineRefreshesAfterImport();
    void timelineSaysItIsReading();
    void countFollowsTheList();
    void entityNamesReadable();
    void exportPdfAddsExtensionAndSaysWhere();
    void fromPickerOpensInTheData();
    void setDateTypesTheYear();
    void helpMenuIsLast();
    void zoomKeepsTheSelection();
    void evidenceWithoutOutlet();
    void qtDialogsTranslated();
    void paletteSafeForColourBlindness();
    void dropImports();
};

// 1: the dock, shown and read before the import, shows the imported events after it.
void TestDayOne::timelineRefreshesAfterImport()
{
    auto *dock = m_window->findChild<ui::TimelineDock *>(QStringLiteral("timelineDock"));
    QVERIFY(dock);
    dock->show();
    QTRY_COMPARE(dock->selection().events.size(), qsizetype(0));
    importSample();
    const qint64 events =
        scalar(QStringLiteral("SELECT count(*) FROM event WHERE status IN ('confirmed', 'candidate')"));
    QVERIFY(events >= 3);
    QTRY_COMPARE(qint64(dock->selection().events.size()), events);
    QVERIFY(dock->windowTitle().contains(QString::number(events)));
}

// At a million articles the events take seconds to read: until they come the empty dock
// says so, not that no event matches.
void TestDayOne::timelineSaysItIsReading()
{
    importSample();
    ui::MainWindow other(*m_db, *m_settings);
    other.resize(1400, 900);
    other.show(); // the dock, shown, starts reading; its result comes through the event loop
    auto *dock = other.findChild<ui::TimelineDock *>(QStringLiteral("timelineDock"));
    QVERIFY(dock && dock->isVisible());
    ui::TimelineView *view = dock->view();
    QVERIFY(view->items().isEmpty());
    QCOMPARE(view->placeholderText(), QStringLiteral("Reading the events…"));
    QTRY_VERIFY(!view->items().isEmpty());
    // Filtered to nothing, it says that nothing matches.
    view->setLoading(false);
    QCOMPARE(view->placeholderText(), QStringLiteral("No events match the filters"));
}

// 4: the count in the status bar follows every re-read of the list: under an entity
// filter, rejecting the entity's last highlight in an article takes it off the list.
void TestDayOne::countFollowsTheList()
{
    importSample();
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("articleCount"));
    QVERIFY(label);
    // An entity with accepted mentions in exactly one article.
    const qint64 entity =
        scalar(QStringLiteral("SELECT entity_id FROM mention WHERE status = 'accepted' GROUP BY entity_id "
                              "HAVING count(DISTINCT article_id) = 1 LIMIT 1"));
    QVERIFY(entity > 0);
    m_window->filterBar()->addEntity(entity, QStringLiteral("X"));
    QTRY_COMPARE(m_window->articleModel()->totalCount(), qint64(1));
    QVERIFY(label->text().contains(u'1'));
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    view->setCurrentIndex(m_window->articleModel()->index(0, 0));
    QList<qint64> mentions;
    for (const ui::ReaderSpan &span : m_window->reader()->body()->mentions()) {
        if (m_window->reader()->mention(span.id)->entityId == entity)
            mentions << span.id;
    }
    QVERIFY(!mentions.isEmpty());
    for (qint64 id : std::as_const(mentions))
        m_window->annotations()->rejectMention(id);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), qint64(0));
    QVERIFY2(label->text().startsWith(u'0'), qPrintable(label->text()));
}

// 5: in the English UI the entity names, not the counts, get the panel's width.
void TestDayOne::entityNamesReadable()
{
    importSample();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("entitiesDock"));
    QVERIFY(dock);
    m_window->resizeDocks({dock}, {300}, Qt::Horizontal);
    m_window->entityPanel()->setScope(ui::EntityPanel::CorpusScope);
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("entityView"));
    QVERIFY(view);
    QTRY_VERIFY(view->viewport()->width() > 150);
    const int name = view->header()->sectionSize(0);
    QVERIFY2(name >= view->viewport()->width() * 2 / 5,
             qPrintable(QStringLiteral("%1 of %2 (%3 %4 %5)")
                            .arg(name)
                            .arg(view->viewport()->width())
                            .arg(view->header()->sectionSize(1))
                            .arg(view->header()->sectionSize(2))
                            .arg(view->header()->sectionSize(3))));
    QVERIFY(name >= view->fontMetrics().horizontalAdvance(QStringLiteral("Cybersecurity")));
}

// 6: a name typed without ".pdf" gets it, and the status bar says where the file went.
void TestDayOne::exportPdfAddsExtensionAndSaysWhere()
{
    importSample();
    auto *dock = m_window->findChild<ui::TimelineDock *>(QStringLiteral("timelineDock"));
    dock->show();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"));
    QVERIFY(action);
    const QString typed = m_dir.filePath(QStringLiteral("timeline%1").arg(m_serial));
    whenShown<QFileDialog>([typed](QFileDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(typed);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection); // QFileDialog's own is protected
    });
    action->trigger();
    QTRY_VERIFY(QFile::exists(typed + QStringLiteral(".pdf")));
    QVERIFY(!QFile::exists(typed));
    auto *notice = m_window->findChild<ui::SavedFileNotice *>(QStringLiteral("savedFileNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->path(), typed + QStringLiteral(".pdf"));
    auto *label = notice->findChild<QLabel *>(QStringLiteral("savedFileLabel"));
    QVERIFY(label->text().contains(QStringLiteral("timeline%1.pdf").arg(m_serial)));
    QVERIFY(notice->findChild<QAbstractButton *>(QStringLiteral("savedFileOpen")));
    QVERIFY(notice->findChild<QAbstractButton *>(QStringLiteral("savedFileShowFolder")));
}

// 8: the From picker, unset, opens at the data's first month, not at January 1990.
void TestDayOne::fromPickerOpensInTheData()
{
    importSample();
    auto *from = m_window->findChild<QDateEdit *>(QStringLiteral("filterFrom"));
    QVERIFY(from);
    const QDate first =
        QDate::fromString(QString::number(scalar(QStringLiteral(
                              "SELECT CAST(replace(substr(min(published), 1, 10), '-', '') AS INTEGER) FROM article"))),
                          QStringLiteral("yyyyMMdd"));
    QVERIFY(first.isValid());
    // The arrow at the right end opens the calendar.
    QTRY_VERIFY(from->isVisible());
    QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(from->width() - 6, from->height() / 2));
    QCalendarWidget *calendar = from->calendarWidget();
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->yearShown(), first.year());
    QCOMPARE(calendar->monthShown(), first.month());
    calendar->window()->close();
    // The To picker shows the data's last month.
    auto *to = m_window->findChild<QDateEdit *>(QStringLiteral("filterTo"));
    QVERIFY(to);
    const QDate last =
        QDate::fromString(QString::number(scalar(QStringLiteral(
                              "SELECT CAST(replace(substr(max(published), 1, 10), '-', '') AS INTEGER) FROM article"))),
                          QStringLiteral("yyyyMMdd"));
    QTest::mouseClick(to, Qt::LeftButton, {}, QPoint(to->width() - 6, to->height() / 2));
    QTRY_VERIFY(to->calendarWidget()->isVisible());
    QCOMPARE(to->calendarWidget()->yearShown(), last.year());
    QCOMPARE(to->calendarWidget()->monthShown(), last.month());
    to->calendarWidget()->window()->close();
}

// 9: typing a year in Set date… gives that year.
void TestDayOne::setDateTypesTheYear()
{
    importSample();
    auto *undated = m_window->findChild<QAbstractButton *>(QStringLiteral("filterUndated"));
    undated->click();
    QTRY_VERIFY(m_window->articleModel()->rowCount() > 0);
    const qint64 id = m_window->articleModel()->articleId(0);
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    view->setCurrentIndex(m_window->articleModel()->index(0, 0));
    m_window->findChild<QAbstractButton *>(QStringLiteral("setDateButton"))->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("setDateDialog"))) && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("setDateEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->selectedText(), edit->text()); // typing replaces the whole date
    QTest::keyClicks(edit, QStringLiteral("2025"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("setDateUnderstood"))
                ->text()
                .contains(QStringLiteral("2025-01-01")));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible() || dialog->result() == QDialog::Accepted);
    QTRY_COMPARE(
        scalar(QStringLiteral("SELECT CAST(substr(published, 1, 4) AS INTEGER) FROM article WHERE id = %1").arg(id)),
        qint64(2025));
}

// 13: Help is the last menu, after Timeline.
void TestDayOne::helpMenuIsLast()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.last()->menu()->objectName(), QStringLiteral("menuHelp"));
    bool timeline = false;
    for (QAction *a : menus)
        timeline = timeline || (a->menu() && a->menu()->objectName() == u"menuTimeline");
    QVERIFY(timeline);
}

// 15: Zoom + keeps the selected event where it was; labels keep more than 15 characters.
void TestDayOne::zoomKeepsTheSelection()
{
    importSample();
    auto *dock = m_window->findChild<ui::TimelineDock *>(QStringLiteral("timelineDock"));
    dock->show();
    dock->raise();
    m_window->resizeDocks({dock}, {480}, Qt::Vertical);
    ui::TimelineView *view = dock->view();
    QTRY_VERIFY(view->height() > 300 && !dock->selection().events.isEmpty());
    view->fitAll();
    QTRY_VERIFY(!view->geometry().items.isEmpty());
    // The earliest event: far from the middle of the axis.
    qint64 id = 0;
    double least = 1e9;
    for (const auto &p : view->geometry().items) {
        if (p.marker.x() < least) {
            least = p.marker.x();
            id = view->items().at(p.item).id;
        }
    }
    view->setSelectedIds({id});
    const double before = view->markerX(id);
    QVERIFY(!std::isnan(before));
    view->zoomIn();
    view->zoomIn();
    QVERIFY2(std::abs(view->markerX(id) - before) < 3,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(view->markerX(id))));
    for (const auto &p : view->geometry().items) {
        const QString full = view->items().at(p.item).label;
        if (p.row >= 0 && !p.text.isEmpty())
            QVERIFY2(p.text == full || p.text.size() > 20, qPrintable(p.text));
    }
}

// 14: an article without an outlet leaves no stray "·" in the evidence line.
void TestDayOne::evidenceWithoutOutlet()
{
    ui::EventDetailsPanel panel;
    storage::TimelineEvent event;
    event.id = 1;
    event.title = QStringLiteral("Licence rule");
    event.date = core::ResolvedDate::fromValue(u"2025-04-16");
    storage::EvidencePassage p;
    p.eventId = 1;
    p.published = QStringLiteral("2025-04-16 21:05");
    p.articleTitle = QStringLiteral("Nvidia flags charge");
    p.passage = QStringLiteral("a licence");
    panel.showEvent(event, {p});
    auto *list = panel.findChild<QListWidget *>();
    QVERIFY(list && list->count() == 1);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("2025-04-16 · Nvidia")),
             qPrintable(list->item(0)->text()));
    p.published.clear();
    panel.showEvent(event, {p});
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Nvidia flags charge\n")),
             qPrintable(list->item(0)->text()));
}

// 12: in the Korean UI Qt's own buttons speak Korean too.
void TestDayOne::qtDialogsTranslated()
{
    const auto before = QCoreApplication::instance()->findChildren<QTranslator *>();
    QCOMPARE(core::Translations::install(*QCoreApplication::instance(), QStringLiteral("ko")), QStringLiteral("ko"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(cancel, QStringLiteral("취소"));
}

// 16: the eight highlight colours stay apart for readers with a colour-vision deficiency:
// CIELAB distance of every pair under Machado et al.'s (2009) full-severity simulations.
void TestDayOne::paletteSafeForColourBlindness()
{
    using Matrix = std::array<std::array<double, 3>, 3>;
    const std::pair<const char *, Matrix> vision[] = {
        {"normal", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
        {"protanopia",
         {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}}},
        {"deuteranopia",
         {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}}},
        {"tritanopia",
         {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}},
    };
    const auto lab = [](const QColor &c, const Matrix &m) {
        const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        const double in[3] = {linear(c.redF()), linear(c.greenF()), linear(c.blueF())};
        double rgb[3];
        for (int r = 0; r < 3; ++r)
            rgb[r] = std::clamp(m[r][0] * in[0] + m[r][1] * in[1] + m[r][2] * in[2], 0.0, 1.0);
        const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const QStringList types = ui::EntityColors::types();
    QCOMPARE(types.size(), 8);
    for (const auto &[name, m] : vision) {
        for (int i = 0; i < types.size(); ++i) {
            for (int j = i + 1; j < types.size(); ++j) {
                const auto a = lab(ui::EntityColors::background(types[i]), m);
                const auto b = lab(ui::EntityColors::background(types[j]), m);
                const double distance = std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
                QVERIFY2(distance >= 10,
                         qPrintable(QStringLiteral("%1: %2 and %3 only %4 apart")
                                        .arg(QLatin1String(name), types[i], types[j])
                                        .arg(distance)));
            }
        }
        // Black text stays readable on each.
        for (const QString &type : types)
            QVERIFY(lab(ui::EntityColors::background(type), vision[0].second)[0] >= 65);
    }
}

// 19: files and folders dropped on the window (here on the reader) are imported.
void TestDayOne::dropImports()
{
    QVERIFY(m_window->acceptDrops());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_sampleDir)});
    QWidget *target = m_window->reader()->body()->viewport();
    const QPoint at(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM article")) > 0 && !m_window->isImporting(),
                             60000);
    QTRY_VERIFY(m_window->articleModel()->totalCount() > 0);
    // Text is not a file: refused.
    QMimeData text;
    text.setText(QStringLiteral("Nvidia"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestDayOne)
#include "tst_dayone.moc"
