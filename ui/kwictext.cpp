#include "ui/kwictext.h"

namespace chipline::ui {

QString KwicText::left(const QString &left, qint64 mentionStart)
{
    if (mentionStart <= left.size())
        return left; // the article's beginning
    const qsizetype space = left.indexOf(u' ');
    return u'…' + (space >= 0 && space < left.size() / 2 ? left.mid(space + 1) : left);
}

QString KwicText::right(const QString &right)
{
    if (right.size() < kContextChars)
        return right; // the article's end
    const qsizetype space = right.lastIndexOf(u' ');
    return (space > right.size() / 2 ? right.left(space) : right) + u'…';
}

} // namespace chipline::ui
