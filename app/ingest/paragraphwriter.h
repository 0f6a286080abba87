#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace chipline::ingest {

// Collects the paragraphs of a walk over markup, folding whitespace as text arrives, and
// counts for each paragraph how much of it was link text (menus and related lists are
// mostly links; article paragraphs are not).
class ParagraphWriter final
{
public:
    struct Paragraph
    {
        QString text;
        qsizetype visibleChars = 0; // characters that are not whitespace
        qsizetype linkChars = 0; // of those, inside <a href>
        bool heading = false;
    };

    void text(QStringView s, bool inLink = false);
    void space() { m_pendingSpace = !m_current.text.isEmpty(); }
    void markHeading() { m_current.heading = true; }
    void breakParagraph();
    // Ends the last paragraph.
    QList<Paragraph> paragraphs();
    QString result();

private:
    QList<Paragraph> m_paragraphs;
    Paragraph m_current;
    bool m_pendingSpace = false;
};

} // namespace chipline::ingest
