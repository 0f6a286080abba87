#pragma once

#include "ingest/sourcereader.h"

#include <QFile>
#include <QString>

namespace chipline::ingest {

// Reads a text file piece by piece, for tools that scan files larger than they need to
// hold (chipline tag). Each piece is whole lines (a line longer than a piece is cut
// before an ASCII character), decoded, with '\n' line endings and NFC, exactly as
// SourceReader gives the whole text. Well-formed UTF-8 streams; anything else (UTF-16,
// a legacy Korean encoding, a malformed sequence met on the way) is read whole by
// SourceReader: next() then says Restart once, and the caller drops what it kept of the
// pieces before.
class SourceStream final
{
    Q_DISABLE_COPY_MOVE(SourceStream)

public:
    enum class Step {
        Piece,
        Restart,
        End,
        Failed
    };

    explicit SourceStream(QString path, qint64 maxBytes = SourceReader::kDefaultMaxBytes,
                          qsizetype pieceBytes = 1024 * 1024);

    Step next();
    const QString &piece() const { return m_piece; }
    // The reason of Failed, naming the file as SourceReader does.
    const QString &error() const { return m_error; }

private:
    enum class Mode {
        Start,
        Streaming,
        Whole,
        Done
    };

    Step start();
    Step stream();
    Step readWhole();
    // Where the buffered bytes may be cut: after the last '\n', else before an ASCII byte
    // (never inside a sequence, a "\r\n" or a combining sequence); -1 when nowhere.
    qsizetype cutPoint() const;

    QString m_path;
    qint64 m_maxBytes;
    qsizetype m_pieceBytes;
    QFile m_file;
    QByteArray m_buffer; // read and not yet decoded
    qint64 m_read = 0;
    bool m_eof = false;
    bool m_first = true;
    bool m_sawText = false;
    Mode m_mode = Mode::Start;
    QString m_piece;
    QString m_error;
};

} // namespace chipline::ingest
