#include "ui/timelineintegration.h"

#include "annotation/entitydirectory.h"
#include "exchange/eventcsv.h"
#include "exchange/eventcsvimporter.h"
#include "exchange/printsheet.h"
#include "exchange/timelinejswriter.h"
#include "render/timelinedocument.h"
#include "render/timelineimage.h"
#include "storage/databasefiles.h"
#include "storage/timelinequery.h"
#include "ui/annotationcontroller.h"
#include "ui/articlelistmodel.h"
#include "ui/articlereader.h"
#include "ui/entitypanel.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/prompts.h"
#include "ui/savedfilenotice.h"
#include "ui/timelinecontroller.h"
#include "ui/timelinedock.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStatusBar>

namespace chipline::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chipline::ui::TimelineIntegration", text);
}

void printOptionsFor(QPrinter &printer)
{
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
}

// The name the user typed, with the format's extension when it has none (or another).
QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0 ? path : path + u'.' + suffix;
}

} // namespace

bool TimelineIntegration::saveBytes(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    if (const QString refused = storage::DatabaseFiles::refusedOutput(path); !refused.isEmpty()) {
        QMessageBox::warning(parent, tr("Export"), refused);
        return false;
    }
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    QMessageBox::warning(parent, tr("Export"), tr("Cannot write %1.\n\n%2").arg(path, f.errorString()));
    return false;
}

void TimelineIntegration::exportAs(QMainWindow *window, TimelineDock *dock)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        window, tr("Export Timeline"), QString(),
        tr("PDF (*.pdf);;CSV (*.csv);;TimelineJS JSON (*.json);;SVG image (*.svg);;PNG image (*.png)"), &filter);
    if (path.isEmpty())
        return;
    // The format is the one chosen in the dialog when the name has no known extension.
    static const QStringList kSuffixes = {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json"),
                                          QStringLiteral("svg"), QStringLiteral("png")};
    if (!kSuffixes.contains(QFileInfo(path).suffix().toLower())) {
        for (const QString &suffix : kSuffixes) {
            if (filter.contains(QStringLiteral("*.") + suffix))
                path = withSuffix(path, suffix);
        }
    }
    const annotation::TimelineSelection &s = dock->selection();
    const QString lower = path.toLower();
    bool saved = false;
    if (lower.endsWith(u".pdf")) {
        auto pages = render::TimelineDocument::writePdf(path, exchange::PrintSheet::of(s, dock->evidence()),
                                                        render::PrintOptions());
        if (!pages)
            QMessageBox::warning(window, tr("Export"), pages.error().message);
        saved = pages.ok();
    } else if (lower.endsWith(u".csv")) {
        saved = saveBytes(window, path, exchange::EventCsv::write(s.events));
    } else if (lower.endsWith(u".json")) {
        saved = saveBytes(window, path, exchange::TimelineJsWriter::write(s, dock->evidence(), QString()));
    } else if (lower.endsWith(u".svg")) {
        saved = saveBytes(window, path, render::TimelineImage::svg(exchange::PrintSheet::of(s), 2400));
    } else if (auto st = render::TimelineImage::writePng(path, exchange::PrintSheet::of(s), 2400); !st) {
        QMessageBox::warning(window, tr("Export"), st.error().message);
    } else {
        saved = true;
    }
    if (saved)
        SavedFileNotice::showFor(window, path);
}

void TimelineIntegration::importCsv(MainWindow *window, TimelineController *controller, storage::Database &db)
{
    Prompts &prompts = window->prompts();
    const QString path = prompts.openFileName(window, tr("Import Events"), tr("CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        prompts.warning(window, tr("Import Events"), tr("Cannot read %1.\n\n%2").arg(path, f.errorString()));
        return;
    }
    auto parsed = exchange::EventCsv::parse(f.readAll());
    if (!parsed) {
        prompts.warning(window, tr("Import Events"), parsed.error().message);
        return;
    }
    if (!parsed->rows.isEmpty()) {
        if (auto st = exchange::EventCsvImporter::backUp(db); !st) {
            prompts.warning(window, tr("Import Events"), st.error().message);
            return;
        }
    }
    // One command on the window's undo stack: Edit › Undo takes the events and the
    // entities made for their actors away again.
    const auto imported = controller->importEvents(exchange::EventCsvImporter::inputs(parsed->rows));
    if (!imported)
        return; // the controller's failed() was shown
    const exchange::CsvImportOutcome outcome = exchange::EventCsvImporter::outcome(*imported);
    QString text = tr("Imported %1 events as confirmed; %2 were already on the timeline.")
                       .arg(outcome.created)
                       .arg(outcome.duplicates);
    if (!outcome.newEntities.isEmpty())
        text += u"\n\n" + tr("New entities: %1").arg(outcome.newEntities.join(QStringLiteral(", ")));
    if (!parsed->errors.isEmpty())
        text += u"\n\n" + tr("Rows left out:\n%1").arg(parsed->errors.join(u'\n'));
    prompts.information(window, tr("Import Events"), text);
}

TimelineDock *TimelineIntegration::install(MainWindow *window, storage::Database &db)
{
    // One undo history for the window: timeline edits and annotations alike.
    TimelineController *controller = window->timeline();
    auto *dock = new TimelineDock(db, controller, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Room for a few lanes at first; the window's saved state, if any, overrides it.
    window->resizeDocks({dock}, {420}, Qt::Vertical);
    ArticleReader *reader = window->reader();
    dock->setListFilter(window->filterBar()->filter());
    QObject::connect(window->filterBar(), &FilterBar::filterChanged, dock, &TimelineDock::setListFilter);
    QObject::connect(window, &MainWindow::contentReplaced, dock, &TimelineDock::refreshIfLoaded);
    // An import brings new events: the dock would show the old ones until a filter changed.
    QObject::connect(window, &MainWindow::importFinished, dock, &TimelineDock::refreshIfLoaded);
    // The reader's article, after the reader shows it.
    QObject::connect(window, &MainWindow::currentArticleChanged, dock, &TimelineDock::setReaderArticle);

    // Set date… is an undoable edit that recognizes the article again: list and reader follow.
    QObject::connect(reader, &ArticleReader::publicationDateChosen, controller, &TimelineController::setPublished);
    QObject::connect(controller, &TimelineController::articleDated, window,
                     [window](qint64 id, const QString &summary) {
                         window->articleModel()->refresh();
                         if (id == window->reader()->articleId())
                             window->reader()->reload();
                         window->statusBar()->showMessage(summary, 8000);
                     });
    // A timeline edit that failed is told through the window's prompts, as the CSV import's
    // outcome is: a test answers at once, with no modal loop of its own.
    QObject::connect(controller, &TimelineController::failed, dock, [window, dock](const QString &error) {
        window->prompts().warning(dock, tr("Timeline"), tr("The change could not be saved.\n\n%1").arg(error));
    });
    // New actor names became entities, or their undo removed them.
    QObject::connect(controller, &TimelineController::entitiesChanged, window, [window] {
        window->annotations()->directory().reload();
        window->entityPanel()->refresh();
    });

    // File menu: printing the timeline as filtered.
    QMenu *file = window->fileMenu();
    QAction *before = window->quitAction();
    auto *print = new QAction(tr("&Print Timeline…"), window);
    print->setObjectName(QStringLiteral("actionPrintTimeline"));
    print->setShortcut(QKeySequence::Print);
    auto *preview = new QAction(tr("Print Pre&view…"), window);
    preview->setObjectName(QStringLiteral("actionPrintPreview"));
    auto *pdf = new QAction(tr("Export Timeline as P&DF…"), window);
    pdf->setObjectName(QStringLiteral("actionExportPdf"));
    file->insertActions(before, {print, preview, pdf});
    file->insertSeparator(before);
    QObject::connect(print, &QAction::triggered, window, [window, dock] {
        QPrinter printer(QPrinter::HighResolution);
        printOptionsFor(printer);
        QPrintDialog dialog(&printer, window);
        if (dialog.exec() == QDialog::Accepted) {
            const render::TimelineSheet sheet = exchange::PrintSheet::of(dock->selection(), dock->evidence());
            render::TimelineDocument(sheet, render::PrintOptions()).paint(&printer);
        }
    });
    QObject::connect(preview, &QAction::triggered, window, [window, dock] {
        QPrinter printer(QPrinter::HighResolution);
        printOptionsFor(printer);
        QPrintPreviewDialog dialog(&printer, window);
        dialog.setObjectName(QStringLiteral("timelinePrintPreview"));
        const render::TimelineSheet sheet = exchange::PrintSheet::of(dock->selection(), dock->evidence());
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, window,
                         [&](QPrinter *p) { render::TimelineDocument(sheet, render::PrintOptions()).paint(p); });
        dialog.resize(1100, 800);
        dialog.exec();
    });
    QObject::connect(pdf, &QAction::triggered, window, [window, dock] {
        QString path = QFileDialog::getSaveFileName(window, tr("Export PDF"), QString(), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        path = withSuffix(path, QStringLiteral("pdf"));
        auto pages = render::TimelineDocument::writePdf(
            path, exchange::PrintSheet::of(dock->selection(), dock->evidence()), render::PrintOptions());
        if (!pages)
            QMessageBox::warning(window, tr("Export PDF"), pages.error().message);
        else
            SavedFileNotice::showFor(window, path);
    });

    // Help stays the last menu.
    auto *menu = new QMenu(tr("&Timeline"), window);
    window->menuBar()->insertMenu(window->helpMenu()->menuAction(), menu);
    menu->setObjectName(QStringLiteral("menuTimeline"));
    QAction *show = dock->toggleViewAction();
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    menu->addAction(show);
    menu->addAction(tr("&Lanes…"), dock, &TimelineDock::editLanes);
    menu->addSeparator();
    QAction *add = menu->addAction(tr("&Add Selection to Timeline…"));
    add->setObjectName(QStringLiteral("actionAddToTimeline"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    menu->addSeparator();
    menu->addAction(tr("&Import Events from CSV…"), window,
                    [window, controller, &db] { importCsv(window, controller, db); })
        ->setObjectName(QStringLiteral("actionImportEventsCsv"));
    menu->addAction(tr("&Export Timeline…"), window, [window, dock] { exportAs(window, dock); });

    QObject::connect(dock, &TimelineDock::passageActivated, window, [window](qint64 article, qint64 start, qint64 end) {
        window->openArticle(article, start, end); // selects it in the list too, when listed
    });
    QObject::connect(add, &QAction::triggered, dock, [reader, dock, &db] {
        const auto sel = reader->selection();
        if (!reader->articleId() || !sel) {
            QMessageBox::information(dock, tr("Add to Timeline"), tr("Select the passage in the reader first."));
            return;
        }
        storage::TimelineQuery query(db);
        annotation::EventInput prefill;
        prefill.date = query.nearestDate(reader->articleId(), sel->start);
        prefill.category = core::EventCategory::Other;
        prefill.title = reader->textOf(sel->start, sel->end).simplified().left(120);
        dock->show();
        dock->addEvent(prefill, reader->articleId(), sel->start, sel->end);
    });
    return dock;
}

} // namespace chipline::ui
