#pragma once

#include <QString>
#include <QStringView>

namespace chipline::ui {

// How the reader lays out a body's lines. Bodies keep the source's line breaks (mention
// offsets count them), but not every break ends a paragraph: wire services wrap stories by
// hand at 60 to 80 columns and mark paragraphs with a blank line or an indent. Shown as
// they are, every wrapped line became a paragraph with a paragraph's spacing.
class ReaderLines final
{
public:
    // The body as the reader shows it, of the same length (positions stay offsets): a line
    // break inside a hand-wrapped paragraph becomes a space. A body is hand-wrapped when it
    // marks paragraphs (a blank line, or an indented line) and every line that another
    // line follows is short (at most kWrapColumns, wide characters counting two); a break
    // before an indented line still ends its paragraph.
    static QString displayText(const QString &body);
    // A line of nothing but spaces (tabs, no-break spaces) separates paragraphs as an
    // empty line does.
    static bool isBlank(QStringView line);

    static constexpr int kWrapColumns = 100;
};

} // namespace chipline::ui
