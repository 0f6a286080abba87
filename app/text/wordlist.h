#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace chipline::text {

// A set of words held as one UTF-8 text, one word a line, sorted by bytes: looked up by
// binary search where it lies (a resource compiled into the program), so loading it costs
// neither a decode nor an allocation per word. Words are compared exactly, as given.
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
};

} // namespace chipline::text
