#pragma once

#include <QList>
#include <QString>

namespace chipline::text {

// NFC form of a text that was not NFC (NFD from some web pages and macOS files), with a
// map from offsets in the normalized text back to the original. Normalization works on
// segments between canonical boundaries, so every segment maps to its original span.
class NfcText final
{
public:
    explicit NfcText(QStringView original);

    const QString &text() const { return m_text; }
    // Offset in the original text of a match starting / ending at this offset.
    qsizetype toOriginalStart(qsizetype pos) const;
    qsizetype toOriginalEnd(qsizetype pos) const;

private:
    QString m_text;
    QList<qsizetype> m_segmentStart; // per unit of m_text: original start of its segment
    QList<qsizetype> m_segmentEnd; // per unit of m_text: original end of its segment
    qsizetype m_originalSize = 0;
};

} // namespace chipline::text
