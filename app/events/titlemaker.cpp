#include "events/titlemaker.h"

#include "core/tsvrows.h"

namespace chipline::events {

namespace {

// A cut date often carries a particle (1분기에, 3월까지, 9일부터); left alone it would hang
// in the title as a stray word. Particles are short, so only a short Hangul run counts.
qsizetype gluedParticleLength(QStringView rest)
{
    constexpr qsizetype kLongestParticle = 4; // 으로부터
    qsizetype n = 0;
    while (n < rest.size() && rest[n].script() == QChar::Script_Hangul)
        ++n;
    return n <= kLongestParticle ? n : 0;
}

// A date lifted out of English leaves its preposition behind ("said on it expects"): the
// word right before a cut goes with it when it only introduces the date.
qsizetype prepositionBefore(QStringView sentence, qsizetype cutStart)
{
    static const QStringList kPrepositions{
        QStringLiteral("on"),    QStringLiteral("in"),      QStringLiteral("at"),    QStringLiteral("since"),
        QStringLiteral("by"),    QStringLiteral("from"),    QStringLiteral("until"), QStringLiteral("during"),
        QStringLiteral("dated"), QStringLiteral("through"), QStringLiteral("as of"), QStringLiteral("earlier")};
    qsizetype e = cutStart;
    while (e > 0 && sentence[e - 1] == u' ')
        --e;
    for (const QString &word : kPrepositions) {
        const qsizetype s = e - word.size();
        if (s >= 0 && sentence.sliced(s, word.size()).compare(word, Qt::CaseInsensitive) == 0
            && (s == 0 || !sentence[s - 1].isLetter()))
            return s;
    }
    return cutStart;
}

// A date inside parentheses ("(2025년 1월 1일 시행)", "(April 9)") takes the parentheses
// with it: what is left inside them means nothing without the date.
std::pair<qsizetype, qsizetype> withParentheses(QStringView sentence, qsizetype start, qsizetype end)
{
    constexpr qsizetype kReach = 16;
    const qsizetype open = sentence.first(start).lastIndexOf(u'(');
    if (open < 0 || start - open > kReach || sentence.sliced(open, start - open).contains(u')'))
        return {start, end};
    const qsizetype close = sentence.indexOf(u')', end);
    if (close < 0 || close - end > kReach || sentence.sliced(end, close - end).contains(u'('))
        return {start, end};
    return {open, close + 1};
}

} // namespace

core::Result<TitleMaker> TitleMaker::builtIn()
{
    const auto text = core::resourceText(QStringLiteral(":/vocabulary/title-endings.tsv"),
                                         QStringLiteral("The built-in title ending list is missing."));
    return text ? fromTsv(text.value()) : core::Result<TitleMaker>(text.error());
}

core::Result<TitleMaker> TitleMaker::fromTsv(QStringView tsv)
{
    TitleMaker maker;
    for (const auto &[lineNumber, columns] : core::tsvRows(tsv)) {
        if (columns.size() != 2 || columns[0].isEmpty())
            return core::Error{
                QStringLiteral("Title ending list line %1: expected suffix<TAB>replacement.").arg(lineNumber)};
        maker.m_endings.append({columns[0].toString(), columns[1].toString()});
    }
    return maker;
}

QString TitleMaker::make(QStringView sentence, const QList<std::pair<qsizetype, qsizetype>> &cuts,
                         qsizetype maxLength) const
{
    QString title;
    title.reserve(sentence.size());
    qsizetype from = 0;
    for (const auto &[dateStart, dateEnd] : cuts) {
        if (dateStart < from || dateEnd > sentence.size())
            continue;
        auto [start, end] = withParentheses(sentence, dateStart, dateEnd);
        const bool bare = start == dateStart;
        if (bare)
            start = qMax(from, prepositionBefore(sentence, start));
        title += sentence.sliced(from, start - from);
        from = bare ? end + gluedParticleLength(sentence.sliced(end)) : end;
    }
    title += sentence.sliced(from);
    title = title.simplified();
    while (!title.isEmpty() && (title.endsWith(u'.') || title.endsWith(u'…')))
        title.chop(1);
    for (const auto &[suffix, replacement] : m_endings) {
        if (title.endsWith(suffix)) {
            title.chop(suffix.size());
            title += replacement;
        }
    }
    title = title.trimmed();
    title.replace(QStringLiteral(" ,"), QStringLiteral(","));
    title.replace(QStringLiteral("()"), QString());
    title = title.simplified();
    if (title.size() > maxLength) {
        // Only at a word boundary; a single word longer than the limit is the one exception.
        qsizetype cut = title.lastIndexOf(u' ', maxLength - 1);
        if (cut <= 0)
            cut = maxLength - 1;
        title = title.left(cut).trimmed();
        while (!title.isEmpty() && QStringLiteral(",;:-–—").contains(title.back()))
            title.chop(1);
        title += u'…';
    }
    return title;
}

} // namespace chipline::events
