#pragma once

#include "core/result.h"
#include "ingest/sourcedocument.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace chipline::ingest {

// Reads a file and decodes it: UTF-8 with or without BOM, UTF-16 with BOM, legacy Korean
// (EUC-KR/CP949) detected with ICU; then NFC and '\n' line endings. Refuses, with a reason
// naming the file, what is not a readable text file: missing, a folder, empty, over the
// size limit, binary, or undecodable.
class SourceReader final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ingest::SourceReader)

public:
    static constexpr qint64 kDefaultMaxBytes = 100LL * 1024 * 1024;

    static core::Result<SourceDocument> read(const QString &path, qint64 maxBytes = kDefaultMaxBytes);
    // The decoding step alone, for bytes that are already in memory.
    static core::Result<SourceDocument> decode(const QString &path, const QByteArray &bytes);
};

} // namespace chipline::ingest
