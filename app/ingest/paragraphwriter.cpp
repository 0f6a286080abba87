#include "ingest/paragraphwriter.h"

#include <QStringList>

namespace chipline::ingest {

void ParagraphWriter::text(QStringView s, bool inLink)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        if (s[i].isSpace()) {
            m_pendingSpace = !m_current.text.isEmpty();
            while (i < n && s[i].isSpace())
                ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !s[j].isSpace())
            ++j;
        if (m_pendingSpace)
            m_current.text.append(u' ');
        m_pendingSpace = false;
        m_current.text.append(s.sliced(i, j - i));
        m_current.visibleChars += j - i;
        if (inLink)
            m_current.linkChars += j - i;
        i = j;
    }
}

void ParagraphWriter::breakParagraph()
{
    if (!m_current.text.isEmpty())
        m_paragraphs.append(std::move(m_current));
    m_current = Paragraph();
    m_pendingSpace = false;
}

QList<ParagraphWriter::Paragraph> ParagraphWriter::paragraphs()
{
    breakParagraph();
    return std::move(m_paragraphs);
}

QString ParagraphWriter::result()
{
    QStringList texts;
    for (Paragraph &p : paragraphs())
        texts.append(std::move(p.text));
    return texts.join(u'\n');
}

} // namespace chipline::ingest
