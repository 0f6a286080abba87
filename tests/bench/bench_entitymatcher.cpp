// Entity-recognition speed on a text file, single thread, for comparison with
//   grep -F -o -f aliases.txt FILE | wc -l
// Usage:
//   bench_entitymatcher FILE [REPEAT]        prints MB/s (UTF-8 input bytes per second)
//   bench_entitymatcher --jsonl IN OUT       IN: {"text": ...} per line; OUT: its matches
// Timing is printed, never asserted.
#include "text/entitymatcher.h"
#include "text/gazetteer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace chipline::text;
using namespace Qt::StringLiterals;

namespace {

int dumpJsonl(const EntityMatcher &matcher, const QString &inPath, const QString &outPath)
{
    QFile in(inPath);
    QFile out(outPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot open %s or %s\n", qPrintable(inPath), qPrintable(outPath));
        return 1;
    }
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QString text = QJsonDocument::fromJson(line).object().value(u"text"_s).toString();
        QJsonArray mentions;
        for (const EntityMatch &m : matcher.match(text)) {
            mentions.append(QJsonObject{{u"start"_s, m.start},
                                        {u"end"_s, m.end},
                                        {u"text"_s, text.sliced(m.start, m.length())},
                                        {u"type"_s, entityTypeCode(m.type)},
                                        {u"entity"_s, m.canonical},
                                        {u"origin"_s, static_cast<int>(m.origin)}});
        }
        out.write(QJsonDocument(QJsonObject{{u"mentions"_s, mentions}}).toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s FILE [REPEAT] | --jsonl IN OUT\n", argv[0]);
        return 2;
    }
    QElapsedTimer build;
    build.start();
    const auto gazetteer = Gazetteer::builtIn();
    if (!gazetteer) {
        std::fprintf(stderr, "%s\n", qPrintable(gazetteer.error().message));
        return 1;
    }
    const EntityMatcher matcher(gazetteer.value());
    const qint64 buildMs = build.elapsed();
    if (args[1] == u"--jsonl"_s && args.size() >= 4)
        return dumpJsonl(matcher, args[2], args[3]);

    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args[1]));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const int repeat = args.size() > 2 ? args[2].toInt() : 1;
    QElapsedTimer timer;
    timer.start();
    qint64 matches = 0;
    for (int r = 0; r < repeat; ++r) {
        const QString text = QString::fromUtf8(bytes); // decoding counts: the CLI must do it too
        for (QStringView line : QStringView(text).tokenize(u'\n'))
            matches += matcher.match(line).size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double mb = double(bytes.size()) * repeat / 1e6;
    std::printf("build_ms: %lld\naliases: %d\nbytes: %lld\nmatches: %lld\nseconds: %.3f\nMB/s: %.1f\n",
                static_cast<long long>(buildMs), matcher.aliasCount(), static_cast<long long>(bytes.size()),
                static_cast<long long>(matches / repeat), seconds, mb / seconds);
    return 0;
}
