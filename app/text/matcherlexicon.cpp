#include "matcherlexicon.h"

#include <QFile>
#include <QResource>
#include <QtGlobal>

namespace chipline::text {

using namespace Qt::StringLiterals;

core::Result<MatcherLexicon> MatcherLexicon::fromText(QStringView text)
{
    MatcherLexicon lex;
    QStringList *current = nullptr;
    QList<Head> *heads = nullptr;
    int lineNo = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QStringView name = line.sliced(1, line.size() - 2);
            current = nullptr;
            heads = nullptr;
            if (name == u"heads-ko")
                heads = &lex.koreanHeads;
            else if (name == u"heads-after-place")
                heads = &lex.placeHeads;
            else if (name == u"heads-en-after")
                heads = &lex.englishHeadsAfter;
            else if (name == u"heads-en-before")
                heads = &lex.englishHeadsBefore;
            else if (name == u"titles-en")
                current = &lex.englishTitles;
            else if (name == u"starts-en")
                current = &lex.englishStarts;
            else if (name == u"model-cues")
                current = &lex.modelCues;
            else if (name == u"version-tails")
                current = &lex.versionTails;
            else if (name == u"version-stops")
                current = &lex.versionStops;
            else if (name == u"particles")
                current = &lex.particles;
            else if (name == u"particle-tails")
                current = &lex.particleTails;
            else if (name == u"titles")
                current = &lex.titles;
            else if (name == u"name-stopwords")
                current = &lex.nameStopwords;
            else if (name == u"name-suffix-stops")
                current = &lex.nameSuffixStops;
            else if (name == u"surnames")
                current = &lex.surnames;
            else if (name == u"government-fields")
                current = &lex.governmentFields;
            else if (name == u"chip-cues")
                current = &lex.chipCues;
            else
                return core::Error{u"lexicon line %1: unknown section '%2'"_s.arg(lineNo).arg(name)};
            continue;
        }
        if (heads) {
            // "TYPE head head ...", or "TYPE Ministry_of": '_' stands for a space in a head.
            const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
            const std::optional<EntityType> type = entityTypeFromCode(words.front());
            if (!type)
                return core::Error{u"lexicon line %1: unknown type '%2'"_s.arg(lineNo).arg(words.front())};
            for (qsizetype i = 1; i < words.size(); ++i) {
                const QChar mark = words[i].front();
                const bool marked = mark == u'~' || mark == u'^' || mark == u'!' || mark == u'*';
                QString head = (marked ? words[i].sliced(1) : words[i]).toString();
                heads->append(
                    Head{head.replace(u'_', u' '), *type, mark == u'~', mark == u'^', mark == u'!', mark == u'*'});
            }
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
    // Read once per process: every matcher, snapper and suggester asks for it, and its word
    // list builds a lookup table when loaded. Copies share the lists.
    static const MatcherLexicon lexicon = loadBuiltIn();
    return lexicon;
}

MatcherLexicon MatcherLexicon::loadBuiltIn()
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
    MatcherLexicon out = std::move(lex).value();
    // Made at build time from hunspell-ko (tools/ordinarywords.cpp), stored uncompressed:
    // its bytes are searched where they lie. Empty when the dictionary was missing.
    const QResource words(u":/gazetteer/ordinary-ko.txt"_s);
    if (words.isValid() && words.compressionAlgorithm() == QResource::NoCompression) {
        out.ordinaryWords = WordList::fromSortedUtf8(
            QByteArray::fromRawData(reinterpret_cast<const char *>(words.data()), qsizetype(words.size())));
    } else if (words.isValid()) {
        out.ordinaryWords = WordList::fromSortedUtf8(words.uncompressedData());
    }
    if (words.isValid() && words.size() > 0 && out.ordinaryWords.isEmpty())
        qWarning("built-in ordinary word list is not sorted: the patterns have no stop list");
    return out;
}

} // namespace chipline::text
