#include "annotation/typesuggester.h"

#include "annotation/entitydirectory.h"

namespace chipline::annotation {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'.';
}

} // namespace

TypeSuggester::TypeSuggester(const EntityDirectory &directory, const text::MatcherLexicon &lexicon)
    : m_directory(directory),
      m_particles(lexicon.particles)
{
    for (const QString &title : lexicon.titles)
        m_titles.insert(title.toCaseFolded());
    // English titles the lexicon (written for Korean word order) leaves out.
    for (const char16_t *title :
         {u"mr.",       u"ms.",         u"mrs.",       u"dr.",      u"secretary",  u"president", u"senator",
          u"rep.",      u"minister",    u"professor",  u"chairman", u"chairwoman", u"chief",     u"spokesperson",
          u"spokesman", u"spokeswoman", u"ambassador", u"analyst",  u"director",   u"governor"})
        m_titles.insert(QString::fromUtf16(title));
}

QString TypeSuggester::suggest(QStringView body, qsizetype start, qsizetype end) const
{
    if (start < 0 || end > body.size() || end <= start)
        return {};
    const QString text = body.mid(start, end - start).toString().simplified();
    for (const DirectoryEntry &entry : m_directory.search(text, 8)) {
        if (entry.name.compare(text, Qt::CaseInsensitive) == 0)
            return entry.type;
        for (const QString &alias : entry.aliases) {
            if (alias.compare(text, Qt::CaseInsensitive) == 0)
                return entry.type;
        }
    }
    if (!titleAfter(body, end).isEmpty() || !titleBefore(body, start).isEmpty())
        return QStringLiteral("PERSON");
    return {};
}

// The word after the selection, when it is a title: "하워드 교수는" -> 교수 (its particle dropped).
QString TypeSuggester::titleAfter(QStringView body, qsizetype end) const
{
    qsizetype from = end;
    while (from < body.size() && body[from].isSpace())
        ++from;
    qsizetype to = from;
    while (to < body.size() && isWordChar(body[to]))
        ++to;
    QString word = body.mid(from, to - from).toString();
    while (word.endsWith(u'.') || word.endsWith(u','))
        word.chop(1);
    if (m_titles.contains(word.toCaseFolded()))
        return word;
    for (const QString &particle : m_particles) {
        if (word.size() > particle.size() && word.endsWith(particle)
            && m_titles.contains(word.left(word.size() - particle.size()).toCaseFolded()))
            return word.left(word.size() - particle.size());
    }
    return {};
}

// The word before the selection, when it is a title: "CEO Lisa Su", "Commerce Secretary Gina Raimondo".
QString TypeSuggester::titleBefore(QStringView body, qsizetype start) const
{
    qsizetype to = start;
    while (to > 0 && body[to - 1].isSpace())
        --to;
    qsizetype from = to;
    while (from > 0 && isWordChar(body[from - 1]))
        --from;
    const QString word = body.mid(from, to - from).toString();
    return m_titles.contains(word.toCaseFolded()) ? word : QString();
}

} // namespace chipline::annotation
