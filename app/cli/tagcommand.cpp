#include "cli/tagcommand.h"

#include "analysis/articleanalyzer.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/jsonwriter.h"
#include "ingest/sourcereader.h"

#include <QHash>
#include <QSet>

namespace chipline::cli {

namespace {

QString fullJson(const QString &path, const core::Article &a, const analysis::ArticleAnalysis &found)
{
    QStringList mentions;
    mentions.reserve(found.mentions.size());
    for (const auto &m : found.mentions) {
        JsonWriter w;
        w.field("start", m.start).field("end", m.end).field("entity", m.entity).field("type", m.type)
            .field("confidence", qint64(qRound(m.confidence * 100)));
        mentions.append(w.object());
    }
    QStringList dates;
    for (const auto &d : found.dates) {
        JsonWriter w;
        w.field("start", d.start).field("end", d.end).field("text", d.text)
            .field("value", d.value.isEmpty() ? QString() : d.value)
            .field("precision", d.precision.isEmpty() ? QString() : d.precision);
        dates.append(w.object());
    }
    JsonWriter w;
    w.field("file", path).field("language", a.language).field("chars", qint64(a.body.size()))
        .rawField("mentions", u'[' + mentions.join(u',') + u']').rawField("dates", u'[' + dates.join(u',') + u']');
    return w.object();
}

QString summaryJson(const QString &path, const core::Article &a, const analysis::ArticleAnalysis &found)
{
    QHash<QString, qint64> byType;
    QSet<QString> entities;
    for (const auto &m : found.mentions) {
        ++byType[m.type];
        entities.insert(m.entity);
    }
    QStringList types = byType.keys();
    types.sort();
    JsonWriter counts;
    for (const QString &t : types)
        counts.field(t.toLatin1().constData(), byType.value(t));
    qint64 resolved = 0;
    for (const auto &d : found.dates)
        resolved += !d.value.isEmpty();
    JsonWriter w;
    w.field("file", path).field("chars", qint64(a.body.size())).field("mentions", qint64(found.mentions.size()))
        .field("entities", qint64(entities.size())).rawField("types", counts.object())
        .field("dates", qint64(found.dates.size())).field("dates_resolved", resolved);
    return w.object();
}

} // namespace

const char *TagCommand::summary()
{
    return "Find entities and dates in text files, without a database.";
}

int TagCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("tag"),
                     QStringLiteral("Recognizes entities and date expressions in each FILE (read whole, as one text) "
                                    "and prints one JSON object per file: its mentions {start, end, entity, type, "
                                    "confidence} and dates {start, end, text, value, precision}, offsets in Unicode "
                                    "code points. Relative dates resolve against --date; without it they stay "
                                    "unresolved. Uses the built-in gazetteer, not a database's."),
                     QStringLiteral("FILE..."));
    const QCommandLineOption summaryOpt(QStringLiteral("summary"), QStringLiteral("Print counts only."));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("Publication date the text's relative dates resolve against."),
                                     QStringLiteral("YYYY-MM-DD"));
    cp.addOption(summaryOpt);
    cp.addOption(dateOpt);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList files = cp.parser().positionalArguments();
    if (files.isEmpty())
        return cp.usageError(console, QStringLiteral("no file to tag"));
    QDateTime reference;
    if (cp.parser().isSet(dateOpt)) {
        reference = core::parsePublished(cp.parser().value(dateOpt));
        if (!reference.isValid())
            return cp.usageError(console, QStringLiteral("\"%1\" is not a date that exists (YYYY-MM-DD)").arg(cp.parser().value(dateOpt)));
    }
    auto analyzer = analysis::ArticleAnalyzer::createBuiltIn();
    if (!analyzer) {
        console.err() << "chipline tag: " << analyzer.error().message << "\n";
        return 1;
    }
    int failed = 0;
    for (const QString &path : files) {
        auto doc = ingest::SourceReader::read(path);
        if (!doc) {
            console.err() << doc.error().message << "\n";
            ++failed;
            continue;
        }
        core::Article article;
        article.body = std::move(doc->text);
        article.language = core::guessLanguage(article.body);
        article.published = reference;
        const auto found = analyzer.value()->analyze(article, false);
        console.out() << (cp.parser().isSet(summaryOpt) ? summaryJson(path, article, found) : fullJson(path, article, found))
                      << '\n';
    }
    return failed ? 1 : 0;
}

} // namespace chipline::cli
