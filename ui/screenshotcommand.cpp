#include "ui/screenshotcommand.h"

#include "core/translations.h"
#include "storage/database.h"
#include "ui/articlelistmodel.h"
#include "ui/fontsetup.h"
#include "ui/mainwindow.h"
#include "ui/samplecorpus.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace chipline::ui {

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int ScreenshotCommand::run(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the main window to a PNG file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("screenshot"), QStringLiteral("the command"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database FILE."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PNG FILE to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption article(QStringLiteral("article"), QStringLiteral("Show the article ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, default 1600x1000."),
                                  QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("ko or en (default: the system's)."),
                                      QStringLiteral("LANG"));
    parser.addOptions({db, out, article, size, language});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(out)) {
        err << "chipline screenshot: --db FILE and --out FILE.png are required\n";
        return 2;
    }
    core::Translations::install(app, parser.value(language));
    FontSetup::applyKoreanCapableFont();

    auto database = storage::Database::open(parser.value(db));
    if (!database) {
        err << "chipline screenshot: " << database.error().message << "\n";
        return 1;
    }
    if (auto sample = SampleCorpus::importIfPristine(*database.value()); !sample) {
        err << "chipline screenshot: the sample could not be imported: " << sample.error().message << "\n";
        return 1;
    }
    // Fresh settings: the picture shows the default layout, not this user's.
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(store);
    MainWindow window(*database.value(), settings);
    const QStringList wh = parser.value(size).split(u'x');
    window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1600,
                  wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 1000);
    window.show();
    settle(150);
    if (parser.isSet(article)) {
        bool ok = false;
        const qint64 id = parser.value(article).toLongLong(&ok);
        if (!ok || id <= 0) {
            err << "chipline screenshot: --article takes an article id\n";
            return 2;
        }
        window.openArticle(id);
    }
    settle(250);
    if (!window.grab().save(parser.value(out), "PNG")) {
        err << "chipline screenshot: cannot write " << parser.value(out) << "\n";
        return 1;
    }
    QTextStream(stdout) << parser.value(out) << "\n";
    return 0;
}

} // namespace chipline::ui
