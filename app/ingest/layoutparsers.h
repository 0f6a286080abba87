#pragma once

#include "core/article.h"
#include "core/result.h"
#include "ingest/sourcedocument.h"

#include <QList>
#include <QStringList>

namespace chipline::ingest {

using ParseResult = core::Result<QList<core::Article>>;
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
