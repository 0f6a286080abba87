#pragma once

#include "text/matcherlexicon.h"

#include <QSet>
#include <QString>
#include <QStringView>

namespace chipline::annotation {

class EntityDirectory;

// The entity type recognition would give a selection the analyst annotates: a known
// name's or alias's type, else PERSON for a name beside a title word ("김철수 대표",
// "CEO Lisa Su"); empty when there is no cue, so that the caller falls back to the last
// type used rather than to the first of the list.
class TypeSuggester final
{
    Q_DISABLE_COPY_MOVE(TypeSuggester)

public:
    TypeSuggester(const EntityDirectory &directory, const text::MatcherLexicon &lexicon);

    // [start, end) are UTF-16 offsets of the selection into body.
    QString suggest(QStringView body, qsizetype start, qsizetype end) const;

private:
    QString titleAfter(QStringView body, qsizetype end) const;
    QString titleBefore(QStringView body, qsizetype start) const;

    const EntityDirectory &m_directory;
    QSet<QString> m_titles;
    QStringList m_particles;
};

} // namespace chipline::annotation
