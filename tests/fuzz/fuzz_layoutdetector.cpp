// Layout detection on any decodable input: always one of the known layouts.
#include "fuzzsupport.h"
#include "ingest/layoutdetector.h"
#include "ingest/layoutparsers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList known = chipline::ingest::LayoutParsers::names();
    const auto doc = chipline::fuzz::decoded(data, size);
    if (!doc)
        return 0;
    const QString layout = chipline::ingest::LayoutDetector::detect(*doc);
    chipline::fuzz::require(known.contains(layout), "detected a layout that has no parser");
    return 0;
}
