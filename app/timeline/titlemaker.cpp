#include "timeline/titlemaker.h"

#include <QFile>

namespace chipline::timeline {

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

} // namespace

core::Result<TitleMaker> TitleMaker::builtIn()
{
    QFile file(QStringLiteral(":/vocabulary/title-endings.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{QStringLiteral("The built-in title ending list is missing.")};
    return fromTsv(QString::fromUtf8(file.readAll()));
}

core::Result<TitleMaker> TitleMaker::fromTsv(QStringView tsv)
{
    TitleMaker maker;
    int lineNumber = 0;
    for (QStringView line : tsv.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> columns = line.split(u'\t');
        if (columns.size() != 2 || columns[0].isEmpty())
            return core::Error{QStringLiteral("Title ending list line %1: expected suffix<TAB>replacement.")
                                   .arg(lineNumber)};
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
    for (const auto &[start, end] : cuts) {
        if (start < from || end > sentence.size())
            continue;
        title += sentence.sliced(from, start - from);
        from = end + gluedParticleLength(sentence.sliced(end));
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
    if (title.size() > maxLength) {
        qsizetype cut = title.lastIndexOf(u' ', maxLength - 1);
        if (cut < maxLength / 2)
            cut = maxLength - 1;
        title = title.left(cut).trimmed() + u'…';
    }
    return title;
}

} // namespace chipline::timeline
