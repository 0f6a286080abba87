#include "ingest/dumpbyline.h"

#include "ingest/linepatterns.h"

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {
// Dateline: a short run without line break, '=' or spaces around; names are 2-4 Hangul
// syllables, optionally followed by a space before 기자.
const QString kByline =
    uR"((?:([^\n=]{1,24})=)?([\x{AC00}-\x{D7A3}]{2,4}) ?기자 (\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2}))"_s;

constexpr auto kHangul = QRegularExpression::UseUnicodePropertiesOption;
} // namespace

const QRegularExpression &DumpByline::anywhere()
{
    static const QRegularExpression re = compiledPattern(u"(?:^|(?<=\\n))"_s + kByline, kHangul);
    return re;
}

const QRegularExpression &DumpByline::atEnd()
{
    static const QRegularExpression re = compiledPattern(u"(?:^|(?<=\\n))"_s + kByline + u"\\s*\\z"_s, kHangul);
    return re;
}

QString DumpByline::cleanDateline(QStringView raw)
{
    const qsizetype paren = raw.indexOf(u'(');
    return (paren >= 0 ? raw.left(paren) : raw).trimmed().toString();
}

} // namespace chipline::ingest
