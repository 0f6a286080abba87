#include "matcherlexicon.h"

#include <QFile>
#include <QtGlobal>

namespace chipline::text {

using namespace Qt::StringLiterals;

core::Result<MatcherLexicon> MatcherLexicon::fromText(QStringView text)
{
    MatcherLexicon lex;
    QStringList *current = nullptr;
    int lineNo = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QStringView name = line.sliced(1, line.size() - 2);
            if (name == u"particles") current = &lex.particles;
            else if (name == u"particle-tails") current = &lex.particleTails;
            else if (name == u"titles") current = &lex.titles;
            else if (name == u"name-stopwords") current = &lex.nameStopwords;
            else if (name == u"name-suffix-stops") current = &lex.nameSuffixStops;
            else if (name == u"surnames") current = &lex.surnames;
            else if (name == u"chip-cues") current = &lex.chipCues;
            else return core::Error{u"lexicon line %1: unknown section '%2'"_s.arg(lineNo).arg(name)};
            continue;
        }
        if (!current)
            return core::Error{u"lexicon line %1: entry before any section"_s.arg(lineNo)};
        for (QStringView word : line.split(u' ', Qt::SkipEmptyParts))
            current->append(word.toString());
    }
    return lex;
}

MatcherLexicon MatcherLexicon::builtIn()
{
    QFile file(u":/gazetteer/lexicon.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("built-in matcher lexicon resource is missing");
        return {};
    }
    auto lex = fromText(QString::fromUtf8(file.readAll()));
    if (!lex) {
        qWarning("%s", qPrintable(lex.error().message));
        return {};
    }
    return std::move(lex).value();
}

} // namespace chipline::text
