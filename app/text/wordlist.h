#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace chipline::text {

// A set of words held as one UTF-8 text, one word a line, sorted by bytes, read where it
// lies (a resource compiled into the program), so loading it costs neither a decode nor an
// allocation per word. One table of line offsets, hashed by their bytes, finds a word in a
// probe or two: the patterns ask about every candidate. Words are compared exactly.
class WordList final
{
public:
    WordList() = default;
    // sorted: one word a line, strictly increasing by bytes, each line ended by '\n'.
    // Returns an empty list (and false from isValid) when it is not.
    static WordList fromSortedUtf8(QByteArray sorted);
    // Any words, in any order; duplicates and empty words are dropped.
    static WordList fromWords(const QStringList &words);

    bool contains(QStringView word) const;
    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return m_count; }
    QStringList words() const;

private:
    QByteArray m_text;
    qsizetype m_count = 0;
    QList<quint32> m_slots; // line start + 1 by hash of the line's bytes; 0 is empty
    quint32 m_mask = 0;
};

} // namespace chipline::text
