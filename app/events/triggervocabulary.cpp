#include "events/triggervocabulary.h"

#include "core/tsvrows.h"

#include <algorithm>

namespace chipline::events {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

core::Result<TriggerVocabulary> TriggerVocabulary::builtIn()
{
    const auto text = core::resourceText(QStringLiteral(":/vocabulary/event-triggers.tsv"),
                                         QStringLiteral("The built-in event trigger list is missing."));
    return text ? fromTsv(text.value()) : core::Result<TriggerVocabulary>(text.error());
}

core::Result<TriggerVocabulary> TriggerVocabulary::fromTsv(QStringView tsv)
{
    TriggerVocabulary vocabulary;
    for (const auto &[lineNumber, columns] : core::tsvRows(tsv)) {
        if (columns.size() != 3) {
            return core::Error{QStringLiteral("Trigger list line %1: expected 3 tab-separated columns, found %2.")
                                   .arg(lineNumber)
                                   .arg(columns.size())};
        }
        Entry entry;
        const QStringView language = columns[1].trimmed();
        if (language != u"ko" && language != u"en")
            return core::Error{
                QStringLiteral("Trigger list line %1: unknown language \"%2\".").arg(lineNumber).arg(language)};
        entry.english = language == u"en";
        const QStringView code = columns[2].trimmed();
        entry.blocking = code == u"none";
        entry.category = categoryFromCode(code);
        if (entry.category == EventCategory::None && !entry.blocking)
            return core::Error{
                QStringLiteral("Trigger list line %1: unknown category \"%2\".").arg(lineNumber).arg(code)};
        QStringView expression = columns[0].trimmed();
        entry.prefix = expression.endsWith(u'*');
        if (entry.prefix)
            expression.chop(1);
        if (expression.isEmpty())
            return core::Error{QStringLiteral("Trigger list line %1: empty expression.").arg(lineNumber)};
        entry.expression = entry.english ? expression.toString().toLower() : expression.toString();
        (entry.english ? vocabulary.m_englishByFirst : vocabulary.m_koreanByFirst)[entry.expression.front().unicode()]
            .append(vocabulary.m_entries.size());
        vocabulary.m_entries.append(entry);
    }
    return vocabulary;
}

QList<TriggerMatch> TriggerVocabulary::find(QStringView sentence, QStringView language) const
{
    const bool tryKorean = language != u"en";
    const bool tryEnglish = language != u"ko";
    // English matches case-insensitively; toLower keeps UTF-16 offsets for this text.
    const QString lower = tryEnglish ? sentence.toString().toLower() : QString();
    QList<TriggerMatch> matches;
    QList<TriggerMatch> blocks;
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        for (const bool english : {false, true}) {
            if (english ? !tryEnglish : !tryKorean)
                continue;
            const QStringView text = english ? QStringView(lower) : sentence;
            // An English expression starts a word: the rest of one is never tried.
            if (english && i > 0 && isWordChar(text[i - 1]))
                continue;
            const auto &byFirst = english ? m_englishByFirst : m_koreanByFirst;
            const auto it = byFirst.constFind(text[i].unicode());
            if (it == byFirst.cend())
                continue;
            for (const qsizetype index : *it) {
                const Entry &e = m_entries[index];
                if (!text.sliced(i).startsWith(e.expression))
                    continue;
                const qsizetype end = i + e.expression.size();
                if (english && !e.prefix && end < text.size() && isWordChar(text[end]))
                    continue;
                (e.blocking ? blocks : matches).append({i, end, e.category, e.expression});
            }
        }
    }
    const auto drop = [&](const TriggerMatch &m) {
        for (const TriggerMatch &b : blocks) {
            if (m.start < b.end && b.start < m.end)
                return true;
        }
        for (const TriggerMatch &o : matches) {
            const bool contains = o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start;
            if (contains)
                return true;
        }
        return false;
    };
    QList<TriggerMatch> kept;
    for (const TriggerMatch &m : matches) {
        if (!drop(m))
            kept.append(m);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const TriggerMatch &a, const TriggerMatch &b) { return a.start < b.start; });
    return kept;
}

} // namespace chipline::events
