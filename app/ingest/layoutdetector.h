#pragma once

#include "ingest/sourcedocument.h"

#include <QString>

namespace chipline::ingest {

// Recognises a file's layout from its content (the extension is only a tie-breaker).
class LayoutDetector final
{
public:
    // One of LayoutParsers::names(); "text" when nothing more specific fits.
    static QString detect(const SourceDocument &doc);
};

} // namespace chipline::ingest
