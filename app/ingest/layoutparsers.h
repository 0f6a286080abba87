#pragma once

#include "core/article.h"
#include "core/result.h"
#include "ingest/sourcedocument.h"

#include <QList>
#include <QStringList>

namespace chipline::ingest {

// What a parser made of one file. Warnings name things it kept but could not read fully
// (a byline date that cannot exist, an item with no text); a file it cannot read at all
// is an Error instead.
struct ParsedFile
{
    QList<core::Article> articles;
    QStringList warnings;
};

using ParseResult = core::Result<ParsedFile>;
using ParseFunction = ParseResult (*)(const SourceDocument &);

// The layouts Chipline reads, by the names users pass to --layout.
class LayoutParsers final
{
public:
    static QStringList names();
    // nullptr for an unknown name.
    static ParseFunction parserFor(const QString &layout);
};

} // namespace chipline::ingest
