#include "matcherlexicon.h"

#include <QFile>
#include <QtGlobal>

namespace chipline::text {

using namespace Qt::StringLiterals;

namespace {

// Hangul composition alone (L V [T] -> syllable), which is all NFC changes in the word
// list, and linear where a general NFC of 2.6 MB is slow.
QString composeHangul(const QString &in)
{
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char16_t l = in[i].unicode();
        const char16_t v = i + 1 < in.size() ? in[i + 1].unicode() : 0;
        if (l >= 0x1100 && l <= 0x1112 && v >= 0x1161 && v <= 0x1175) {
            char16_t syllable = static_cast<char16_t>(0xAC00 + ((l - 0x1100) * 21 + (v - 0x1161)) * 28);
            ++i;
            const char16_t t = i + 1 < in.size() ? in[i + 1].unicode() : 0;
            if (t >= 0x11A8 && t <= 0x11C2) {
                syllable = static_cast<char16_t>(syllable + (t - 0x11A7));
                ++i;
            }
            out.append(QChar(syllable));
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

} // namespace

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
            if (name == u"heads-ko") heads = &lex.koreanHeads;
            else if (name == u"heads-en-after") heads = &lex.englishHeadsAfter;
            else if (name == u"heads-en-before") heads = &lex.englishHeadsBefore;
            else if (name == u"titles-en") current = &lex.englishTitles;
            else if (name == u"starts-en") current = &lex.englishStarts;
            else if (name == u"model-cues") current = &lex.modelCues;
            else if (name == u"version-tails") current = &lex.versionTails;
            else if (name == u"particles") current = &lex.particles;
            else if (name == u"particle-tails") current = &lex.particleTails;
            else if (name == u"titles") current = &lex.titles;
            else if (name == u"name-stopwords") current = &lex.nameStopwords;
            else if (name == u"name-suffix-stops") current = &lex.nameSuffixStops;
            else if (name == u"surnames") current = &lex.surnames;
            else if (name == u"chip-cues") current = &lex.chipCues;
            else return core::Error{u"lexicon line %1: unknown section '%2'"_s.arg(lineNo).arg(name)};
            continue;
        }
        if (heads) {
            // "TYPE head head ...", or "TYPE Ministry_of": '_' stands for a space in a head.
            const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
            const std::optional<EntityType> type = entityTypeFromCode(words.front());
            if (!type)
                return core::Error{u"lexicon line %1: unknown type '%2'"_s.arg(lineNo).arg(words.front())};
            for (qsizetype i = 1; i < words.size(); ++i) {
                const bool generic = words[i].startsWith(u'~');
                QString head = (generic ? words[i].sliced(1) : words[i]).toString();
                heads->append(Head{head.replace(u'_', u' '), *type, generic});
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

MatcherLexicon MatcherLexicon::builtIn(Words words)
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
    if (words == Words::WithoutOrdinary)
        return out;
    // Generated at build time from hunspell-ko; empty when the dictionary was missing.
    QFile ordinary(u":/gazetteer/ordinary-ko.txt"_s);
    if (ordinary.open(QIODevice::ReadOnly)) {
        // hunspell-ko writes its words decomposed (conjoining jamo); the matcher works in NFC.
        const QString all = composeHangul(QString::fromUtf8(ordinary.readAll()));
        for (QStringView w : QStringView(all).tokenize(u'\n', Qt::SkipEmptyParts))
            out.ordinaryWords.append(w.trimmed().toString());
    }
    return out;
}

} // namespace chipline::text
