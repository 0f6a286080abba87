#pragma once

#include <QByteArray>
#include <QString>

namespace chipline::ingest {

// A file as read from disk and decoded: the input every layout parser gets.
struct SourceDocument
{
    QString path; // as given by the user, for messages
    QByteArray bytes; // the raw content (HTML and feeds re-read it with their own charset rules)
    QString text; // decoded, NFC, '\n' line endings, no BOM
    QString encoding; // what the bytes were decoded from: "UTF-8", "UTF-16LE", "EUC-KR", ...
};

} // namespace chipline::ingest
