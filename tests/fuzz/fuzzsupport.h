#pragma once

// Shared by the libFuzzer harnesses: bytes as the importer's decoded document, and an
// abort that libFuzzer records as a crash when an invariant of the code under test breaks.
#include "ingest/sourcedocument.h"
#include "ingest/sourcereader.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace chipline::fuzz {

// What the importer hands a parser: the bytes read and decoded, or nothing when the
// reader refuses them (that refusal is the reader's harness's business).
inline std::optional<ingest::SourceDocument> decoded(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto doc = ingest::SourceReader::decode(QStringLiteral("fuzz-input"), bytes);
    if (!doc)
        return std::nullopt;
    return std::move(doc).value();
}

[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline void require(bool condition, const char *what)
{
    if (!condition)
        broken(what);
}

} // namespace chipline::fuzz
