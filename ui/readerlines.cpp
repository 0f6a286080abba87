#include "ui/readerlines.h"

#include "core/hangul.h"

#include <QList>

namespace chipline::ui {

namespace {

// Hangul, CJK and full-width forms take two columns in a fixed-width source.
int columns(QStringView line)
{
    int n = 0;
    for (const QChar ch : line) {
        const char16_t c = ch.unicode();
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || core::isHangulSyllable(c)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60);
        n += wide ? 2 : 1;
    }
    return n;
}

bool indented(QStringView line)
{
    return !line.isEmpty() && line.front().isSpace();
}

} // namespace

bool ReaderLines::isBlank(QStringView line)
{
    for (const QChar ch : line) {
        if (!ch.isSpace())
            return false;
    }
    return true;
}

QString ReaderLines::displayText(const QString &body)
{
    const QList<QStringView> lines = QStringView(body).split(u'\n');
    bool marksParagraphs = false;
    bool wrapped = false;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        const QStringView next = lines.at(i + 1);
        if (isBlank(line) || indented(next))
            marksParagraphs = true;
        if (isBlank(line) || isBlank(next))
            continue;
        if (columns(line) > kWrapColumns)
            return body; // a paragraph a line: every break ends one
        wrapped = true;
    }
    if (!marksParagraphs || !wrapped)
        return body;
    QString shown = body;
    qsizetype at = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        at += lines.at(i).size(); // the break after line i
        const QStringView next = lines.at(i + 1);
        if (!isBlank(lines.at(i)) && !isBlank(next) && !indented(next))
            shown[at] = u' ';
        ++at;
    }
    return shown;
}

} // namespace chipline::ui
