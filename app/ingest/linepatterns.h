#pragma once

#include <QRegularExpression>
#include <QString>

namespace chipline::ingest {

// A layout parser's line pattern, compiled at once (a broken pattern shows on the first
// file, not at some later match). Parsers keep their patterns in function-local statics,
// built once and matched from every worker thread: matching through a const
// QRegularExpression is thread-safe. Korean layouts pass UseUnicodePropertiesOption, so
// that \w, \d and \b know Hangul.
QRegularExpression compiledPattern(const QString &pattern, QRegularExpression::PatternOptions options = {});

} // namespace chipline::ingest
