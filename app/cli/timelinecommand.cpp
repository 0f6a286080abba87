#include "cli/timelinecommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "core/translations.h"
#include "exchange/eventcsv.h"
#include "exchange/printsheet.h"
#include "exchange/timelinejswriter.h"
#include "render/categorystyle.h"
#include "render/timelinedocument.h"
#include "render/timelineimage.h"
#include "storage/database.h"
#include "storage/databasefiles.h"

#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstring>
#include <optional>

namespace chipline::cli {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (const QString refused = storage::DatabaseFiles::refusedOutput(path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QHash<qint64, QList<storage::EvidencePassage>> evidenceOf(storage::Database &db, const annotation::TimelineSelection &s)
{
    QList<qint64> ids;
    for (const auto &e : s.events)
        ids.append(e.id);
    QHash<qint64, QList<storage::EvidencePassage>> out;
    storage::TimelineQuery query(db);
    if (auto passages = query.evidence(ids)) {
        for (const auto &p : passages.value())
            out[p.eventId].append(p);
    }
    return out;
}

} // namespace

std::unique_ptr<QCoreApplication> TimelineCommand::application(int &argc, char *argv[])
{
    if (argc > 1 && !std::strcmp(argv[1], "timeline")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int TimelineCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("timeline"),
                     QStringLiteral("Prints the events (by default confirmed and candidate ones) on a timeline split "
                                    "across pages, with a numbered list of events and their sources, or exports the "
                                    "same selection. Dates are YYYY-MM-DD."),
                     QString());
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write a PDF to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption svg(QStringLiteral("svg"), QStringLiteral("Write an SVG image to OUT."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption png(QStringLiteral("png"), QStringLiteral("Write a PNG image to OUT."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write the events as CSV to OUT."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption tjs(QStringLiteral("timelinejs"), QStringLiteral("Write TimelineJS JSON to OUT."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day shown."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day shown."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lanes(QStringLiteral("lanes"), QStringLiteral("Lanes by actor (default) or category."),
                                   QStringLiteral("actor|category"), QStringLiteral("actor"));
    const QCommandLineOption lanesFile(
        QStringLiteral("lanes-file"),
        QStringLiteral("Actor lanes from FILE, one a line: Title | name, name, type:ORG, * "
                       "(default: the lanes saved in the database, else the built-in ones)"),
        QStringLiteral("FILE"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QStringLiteral("Which events: one status, or all of them, rejected too (default confirmed and candidate)."),
        QStringLiteral("confirmed|candidate|rejected|all"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("Only this category (repeatable)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption actor(QStringLiteral("actor"), QStringLiteral("Only events with this actor (repeatable)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Paper size."), QStringLiteral("A4|A3|Letter"),
                                  QStringLiteral("A4"));
    const QCommandLineOption portrait(QStringLiteral("portrait"),
                                      QStringLiteral("Portrait pages (default landscape)."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Axis and headings language."),
                                  QStringLiteral("en|ko"), QStringLiteral("en"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Title on every page."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("SVG/PNG width in pixels (default 2400)."),
                                   QStringLiteral("PX"), QStringLiteral("2400"));
    for (const auto &o : {pdf, svg, png, csv, tjs, from, to, lanes, lanesFile, status, category, actor, page, portrait,
                          lang, title, width})
        cp.addOption(o);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    QCommandLineParser &p = cp.parser();
    if (!p.positionalArguments().isEmpty())
        return cp.usageError(console,
                             QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().first()));
    if (!p.isSet(pdf) && !p.isSet(svg) && !p.isSet(png) && !p.isSet(csv) && !p.isSet(tjs))
        return cp.usageError(console, QStringLiteral("say what to write: --pdf, --svg, --png, --csv or --timelinejs"));

    storage::TimelineFilter filter;
    for (const auto *o : {&from, &to}) {
        if (!p.isSet(*o))
            continue;
        if (!QDate::fromString(p.value(*o), Qt::ISODate).isValid() || p.value(*o).size() != 10)
            return cp.usageError(console, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(p.value(*o)));
        (o == &from ? filter.from : filter.to) = p.value(*o);
    }
    // No status filter is every status; rejected events are printed struck through.
    const QString st = p.value(status);
    if (!p.isSet(status))
        filter.statuses = {core::EventStatus::Confirmed, core::EventStatus::Candidate};
    else if (const auto one = core::statusFromCode(st))
        filter.statuses = {*one};
    else if (st != u"all")
        return cp.usageError(console,
                             QStringLiteral("--status is confirmed, candidate, rejected or all, not \"%1\"").arg(st));
    for (const QString &code : p.values(category))
        filter.categories.append(core::categoryFromCode(code));
    filter.actors = p.values(actor);

    // Actor lanes: the file's, else those saved in the database (read once it is open).
    std::optional<timeline::LaneSet> laneSet;
    if (p.value(lanes) == u"category") {
        laneSet = timeline::LaneSet::categoryLanes(render::CategoryStyle::codes());
    } else if (p.value(lanes) != u"actor") {
        return cp.usageError(console, QStringLiteral("--lanes is actor or category, not \"%1\"").arg(p.value(lanes)));
    } else if (p.isSet(lanesFile)) {
        QFile f(p.value(lanesFile));
        if (!f.open(QIODevice::ReadOnly))
            return cp.usageError(console, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        QString error;
        laneSet = timeline::LaneSet::fromSpec(QString::fromUtf8(f.readAll()), &error);
        if (!error.isEmpty())
            return cp.usageError(console, QStringLiteral("%1: %2").arg(f.fileName(), error));
    }
    render::PrintOptions options;
    const QString pageName = p.value(page).toLower();
    if (pageName == u"a4")
        options.pageSize = QPageSize(QPageSize::A4);
    else if (pageName == u"a3")
        options.pageSize = QPageSize(QPageSize::A3);
    else if (pageName == u"letter")
        options.pageSize = QPageSize(QPageSize::Letter);
    else
        return cp.usageError(console, QStringLiteral("--page is A4, A3 or Letter, not \"%1\"").arg(p.value(page)));
    options.orientation = p.isSet(portrait) ? QPageLayout::Portrait : QPageLayout::Landscape;
    options.title = p.value(title);

    auto db = cp.openDatabase(console, storage::Database::Mode::ReadOnly);
    if (!db)
        return 1;
    if (!laneSet)
        laneSet = annotation::TimelineSelection::savedActorLanes(*db);
    auto selection = annotation::TimelineSelection::load(*db, filter, *laneSet);
    if (!selection) {
        console.err() << "chipline timeline: " << selection.error().message << "\n";
        return 1;
    }
    const annotation::TimelineSelection &s = selection.value();
    // Everything rendered from here on is translated: the pages and images in the language asked for.
    core::Translations::install(*QCoreApplication::instance(),
                                p.value(lang) == u"ko" ? QStringLiteral("ko") : QStringLiteral("en"));
    const auto evidence = evidenceOf(*db, s);
    const render::TimelineSheet sheet = exchange::PrintSheet::of(s, evidence);
    QString error;
    int exitCode = 0;
    if (p.isSet(pdf)) {
        if (const QString refused = storage::DatabaseFiles::refusedOutput(p.value(pdf)); !refused.isEmpty()) {
            console.err() << "chipline timeline: " << refused << "\n";
            return 1;
        }
        auto pages = render::TimelineDocument::writePdf(p.value(pdf), sheet, options);
        if (!pages) {
            console.err() << "chipline timeline: " << pages.error().message << "\n";
            exitCode = 1;
        } else {
            console.out() << p.value(pdf) << ": " << s.events.size() << " events on " << pages.value() << " pages\n";
        }
    }
    const double px = qBound(400.0, p.value(width).toDouble(), 20000.0);
    if (p.isSet(svg) && !writeFile(p.value(svg), render::TimelineImage::svg(sheet, px, options.title), &error))
        exitCode = 1;
    if (p.isSet(png)) {
        if (auto done = render::TimelineImage::writePng(p.value(png), sheet, px); !done) {
            error = done.error().message;
            exitCode = 1;
        }
    }
    if (p.isSet(csv)) {
        if (!writeFile(p.value(csv), exchange::EventCsv::write(s.events), &error))
            exitCode = 1;
    }
    if (p.isSet(tjs)) {
        if (!writeFile(p.value(tjs), exchange::TimelineJsWriter::write(s, evidence, options.title), &error))
            exitCode = 1;
    }
    if (!error.isEmpty())
        console.err() << "chipline timeline: " << error << "\n";
    return exitCode;
}

} // namespace chipline::cli
