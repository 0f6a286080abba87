#pragma once

#include <QList>
#include <QString>

namespace chipline::core {

// The one place where Qt's UTF-16 offsets meet the Unicode code point offsets used in
// storage and export. Built once per text; both directions are O(log n) afterwards.
class TextOffsets final
{
public:
    explicit TextOffsets(const QString &text);

    qsizetype toCodePoint(qsizetype utf16) const;
    qsizetype toUtf16(qsizetype codePoint) const;
    qsizetype codePointLength() const { return m_codePoints; }

private:
    QList<qsizetype> m_surrogateAt; // UTF-16 positions of high surrogates, ascending
    qsizetype m_codePoints = 0;
};

} // namespace chipline::core
