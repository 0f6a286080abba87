#include "ingest/sourcestream.h"

#include "core/textnormalizer.h"

#include "ingest/textdecoding.h"

#include <QFileInfo>

#include <cstring>

namespace chipline::ingest {

using namespace decoding;

namespace {
// Bytes with neither a line end nor an ASCII character: past this, streaming gives up.
constexpr qsizetype kLongestRun = 16 * 1024 * 1024;
} // namespace

SourceStream::SourceStream(QString path, qint64 maxBytes, qsizetype pieceBytes)
    : m_path(std::move(path)),
      m_maxBytes(maxBytes),
      m_pieceBytes(qMax<qsizetype>(pieceBytes, 4)),
      m_file(m_path)
{}

SourceStream::Step SourceStream::next()
{
    switch (m_mode) {
    case Mode::Start:
        return start();
    case Mode::Streaming:
        return stream();
    case Mode::Whole:
        m_mode = Mode::Done;
        return m_error.isEmpty() ? Step::Piece : Step::Failed;
    case Mode::Done:
        break;
    }
    m_piece.clear();
    return m_error.isEmpty() ? Step::End : Step::Failed;
}

SourceStream::Step SourceStream::start()
{
    // Whatever is not plainly a readable UTF-8 file goes to SourceReader, which names the
    // problem or finds the encoding.
    const QFileInfo info(m_path);
    if (!info.isFile() || info.size() == 0 || info.size() > m_maxBytes || !m_file.open(QIODevice::ReadOnly))
        return readWhole();
    m_buffer = m_file.read(qMax(m_pieceBytes, kSniffBytes));
    m_read = m_buffer.size();
    const auto *b = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const bool utf16 = m_buffer.size() >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));
    if (m_buffer.isEmpty() || utf16 || looksBinary(QByteArrayView(m_buffer).first(qMin(m_buffer.size(), kSniffBytes))))
        return readWhole();
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_buffer.remove(0, 3);
    m_mode = Mode::Streaming;
    // Pieces differ in length by where lines end: decoded into one buffer that fits them
    // all, none regrows it (a copy onto fresh pages each time).
    m_piece.reserve(qsizetype(qMin<qint64>(m_pieceBytes + m_pieceBytes / 4, info.size())));
    return stream();
}

SourceStream::Step SourceStream::stream()
{
    qsizetype want = m_pieceBytes;
    for (;;) {
        while (!m_eof && m_buffer.size() < want) {
            // Into the buffer's own capacity: no fresh allocation (and page faults) per read.
            const qsizetype had = m_buffer.size();
            m_buffer.resize(had + m_pieceBytes);
            const qint64 n = m_file.read(m_buffer.data() + had, m_pieceBytes);
            m_buffer.resize(had + qMax<qint64>(n, 0));
            if (n < 0 || m_read + n > m_maxBytes)
                return readWhole();
            m_eof = n == 0;
            m_read += n;
        }
        if (m_buffer.isEmpty()) {
            m_mode = Mode::Done;
            // Only whitespace: SourceReader says so, in its words.
            return m_sawText ? next() : readWhole();
        }
        const qsizetype cut = m_eof ? m_buffer.size() : cutPoint();
        if (cut <= 0) {
            // No place to cut yet: read on, up to a limit no line of text reaches.
            if (want >= kLongestRun)
                return readWhole();
            want *= 2;
            continue;
        }
        want = m_pieceBytes;
        QString &text = m_piece; // decoded in place: its capacity serves every piece
        if (!decodeWellFormedUtf8(QByteArrayView(m_buffer).first(cut), text))
            return readWhole();
        // The rest moves to the front of the same buffer, which keeps its capacity for the
        // next read: no reallocation, no fresh pages.
        char *const bytes = m_buffer.data();
        std::memmove(bytes, bytes + cut, std::size_t(m_buffer.size() - cut));
        m_buffer.resize(m_buffer.size() - cut);
        if (m_first) {
            removeLeadingBoms(text);
            if (looksBinary(QStringView(text).first(qMin<qsizetype>(text.size(), kSniffBytes))))
                return readWhole();
        }
        if (text.isEmpty())
            continue;
        unifyLineEndings(text);
        core::TextNormalizer::toNfc(text);
        m_sawText = m_sawText || hasText(text);
        m_first = false;
        return Step::Piece;
    }
}

SourceStream::Step SourceStream::readWhole()
{
    const bool delivered = !m_first;
    m_mode = Mode::Whole;
    m_file.close();
    m_buffer.clear();
    m_piece.clear();
    auto doc = SourceReader::read(m_path, m_maxBytes);
    if (doc)
        m_piece = std::move(doc->text);
    else
        m_error = doc.error().message;
    if (delivered)
        return Step::Restart;
    return next();
}

qsizetype SourceStream::cutPoint() const
{
    const qsizetype eol = m_buffer.lastIndexOf('\n');
    if (eol >= 0)
        return eol + 1;
    // No ASCII character composes with what precedes it, and none is inside a sequence.
    for (qsizetype i = m_buffer.size() - 1; i > 0; --i) {
        if (static_cast<unsigned char>(m_buffer.at(i)) < 0x80)
            return i;
    }
    return -1;
}

} // namespace chipline::ingest
