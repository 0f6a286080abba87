#include "events/modalityvocabulary.h"

#include "core/tsvrows.h"

#include <algorithm>
#include <utility>

namespace chipline::events {

namespace {

// How far an English marker reaches: "is considering adding Huawei's chip affiliates to the
// Entity List" governs its trigger seven words on.
constexpr int kEnglishReach = 10;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'';
}

int wordsBetween(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool word = !c.isSpace();
        words += word && !inWord;
        inWord = word;
    }
    return words;
}

} // namespace

core::Result<ModalityVocabulary> ModalityVocabulary::builtIn()
{
    const auto text = core::resourceText(QStringLiteral(":/vocabulary/event-modality.tsv"),
                                         QStringLiteral("The built-in event modality list is missing."));
    return text ? fromTsv(text.value()) : core::Result<ModalityVocabulary>(text.error());
}

core::Result<ModalityVocabulary> ModalityVocabulary::fromTsv(QStringView tsv)
{
    ModalityVocabulary vocabulary;
    for (const auto &[lineNumber, columns] : core::tsvRows(tsv)) {
        if (columns.size() != 4 || columns[0].isEmpty())
            return core::Error{QStringLiteral("Modality list line %1: expected expression, language, kind and "
                                              "scope separated by tabs.")
                                   .arg(lineNumber)};
        Entry entry;
        entry.expression = columns[0].toString();
        if (columns[1] != u"ko" && columns[1] != u"en")
            return core::Error{
                QStringLiteral("Modality list line %1: unknown language \"%2\".").arg(lineNumber).arg(columns[1])};
        entry.english = columns[1] == u"en";
        const QStringView kind = columns[2];
        if (kind == u"boundary") {
            entry.kind = Kind::Boundary;
        } else if (const auto modality = modalityFromCode(kind)) {
            // A phrase that asserts the event cancels the markers inside it.
            if (*modality == EventModality::Asserted)
                entry.kind = Kind::Canceller;
            else
                entry.modality = *modality;
        } else {
            return core::Error{QStringLiteral("Modality list line %1: unknown kind \"%2\".").arg(lineNumber).arg(kind)};
        }
        if (columns[3] != u"clause" && columns[3] != u"sentence")
            return core::Error{QStringLiteral("Modality list line %1: scope is clause or sentence, not \"%2\".")
                                   .arg(lineNumber)
                                   .arg(columns[3])};
        entry.wholeSentence = columns[3] == u"sentence";
        vocabulary.m_byFirst[entry.expression.front().unicode()].append(vocabulary.m_entries.size());
        vocabulary.m_entries.append(entry);
    }
    return vocabulary;
}

QList<ModalityVocabulary::Match> ModalityVocabulary::matches(QStringView sentence, bool english) const
{
    // One pass over the sentence, trying only the entries that start with each character
    // (a search per entry cost a quarter of an import's parsing). Found in list order, then
    // by position, as a search per entry would find them.
    QList<std::pair<qsizetype, qsizetype>> hits; // (entry, start)
    for (qsizetype at = 0; at < sentence.size(); ++at) {
        const auto it = m_byFirst.constFind(sentence[at].unicode());
        if (it == m_byFirst.cend())
            continue;
        for (const qsizetype index : *it) {
            const Entry &e = m_entries[index];
            if (e.english == english && sentence.sliced(at).startsWith(e.expression))
                hits.append({index, at});
        }
    }
    std::sort(hits.begin(), hits.end());
    QList<Match> found;
    for (const auto &[index, at] : hits) {
        const Entry &e = m_entries[index];
        const qsizetype end = at + e.expression.size();
        if (english
            && ((isWordChar(e.expression.front()) && at > 0 && isWordChar(sentence[at - 1]))
                || (isWordChar(e.expression.back()) && end < sentence.size() && isWordChar(sentence[end]))))
            continue;
        found.append({at, end, &e});
    }
    // The longest phrase wins: "시행될 예정" cancels its "예정", "could not" its "could"; and
    // a clause end inside a marker ("겠다고", "검토하고 있") is none.
    const auto overlaps = [](const Match &a, const Match &b) { return a.start < b.end && b.start < a.end; };
    QList<Match> kept;
    for (const Match &m : found) {
        const bool boundary = m.entry->kind == Kind::Boundary;
        const bool beaten = std::any_of(found.cbegin(), found.cend(), [&](const Match &o) {
            if (o.entry->kind == Kind::Boundary || &o == &m)
                return false;
            if (boundary)
                return overlaps(m, o);
            return o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start;
        });
        if (!beaten)
            kept.append(m);
    }
    std::sort(kept.begin(), kept.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return kept;
}

EventModality ModalityVocabulary::assess(QStringView sentence, qsizetype triggerStart, qsizetype triggerEnd,
                                         bool korean) const
{
    const QList<Match> found = matches(sentence, !korean);
    EventModality clause = EventModality::Asserted;
    bool decided = false;
    bool negated = false;
    const auto visit = [&](const Match &m, bool inReach) {
        if (m.entry->kind == Kind::Boundary) {
            decided = true; // the trigger's clause ends here
            return;
        }
        if (m.entry->wholeSentence) {
            negated = negated || m.entry->modality == EventModality::Negated;
            return;
        }
        if (!decided && inReach) {
            clause = m.entry->kind == Kind::Canceller ? EventModality::Asserted : m.entry->modality;
            decided = true;
        }
    };
    if (korean) {
        // After the trigger, nearest first; a phrase that begins on the trigger ("시행될 예정"
        // with 시행 the trigger) counts.
        for (const Match &m : found) {
            if (m.end > triggerEnd && m.start >= triggerStart)
                visit(m, true);
        }
    } else {
        // Before the trigger, nearest first.
        for (auto it = found.crbegin(); it != found.crend(); ++it) {
            if (it->start < triggerStart && it->end <= triggerEnd)
                visit(*it,
                      wordsBetween(sentence.sliced(it->end, qMax<qsizetype>(0, triggerStart - it->end)))
                          <= kEnglishReach);
        }
    }
    return negated ? EventModality::Negated : clause;
}

} // namespace chipline::events
