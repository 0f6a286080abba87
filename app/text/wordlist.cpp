#include "wordlist.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <cstring>
#include <string_view>

namespace chipline::text {

namespace {

quint32 bytesHash(std::string_view bytes)
{
    quint32 h = 2166136261U;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619U;
    }
    return h;
}

} // namespace

WordList WordList::fromSortedUtf8(QByteArray sorted)
{
    WordList list;
    if (sorted.isEmpty())
        return list;
    if (!sorted.endsWith('\n'))
        return list;
    std::string_view previous;
    qsizetype count = 0;
    for (qsizetype at = 0; at < sorted.size();) {
        const qsizetype eol = sorted.indexOf('\n', at);
        const std::string_view word(sorted.constData() + at, std::size_t(eol - at));
        if (word.empty() || (count > 0 && !(previous < word)))
            return {};
        previous = word;
        ++count;
        at = eol + 1;
    }
    list.m_text = std::move(sorted);
    list.m_count = count;
    // At most half full. Offsets fit: the list is a resource of a few MB.
    const auto size = std::bit_ceil(static_cast<quint32>(count * 2 + 2));
    list.m_slots = QList<quint32>(size, 0);
    list.m_mask = size - 1;
    const char *const text = list.m_text.constData();
    for (qsizetype at = 0; at < list.m_text.size();) {
        const auto *eol = static_cast<const char *>(std::memchr(text + at, '\n', std::size_t(list.m_text.size() - at)));
        quint32 i = bytesHash(std::string_view(text + at, std::size_t(eol - text - at))) & list.m_mask;
        while (list.m_slots[i] != 0)
            i = (i + 1) & list.m_mask;
        list.m_slots[i] = static_cast<quint32>(at + 1);
        at = eol - text + 1;
    }
    return list;
}

WordList WordList::fromWords(const QStringList &words)
{
    std::vector<QByteArray> bytes;
    bytes.reserve(std::size_t(words.size()));
    for (const QString &w : words) {
        if (!w.isEmpty() && !w.contains(u'\n'))
            bytes.push_back(w.toUtf8());
    }
    std::sort(bytes.begin(), bytes.end());
    bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
    QByteArray text;
    for (const QByteArray &b : bytes)
        text.append(b).append('\n');
    return fromSortedUtf8(std::move(text));
}

bool WordList::contains(QStringView word) const
{
    if (m_count == 0 || word.isEmpty())
        return false;
    // UTF-8 of a short word on the stack (three bytes at most per UTF-16 unit); a '\n'
    // in it can match no line.
    QVarLengthArray<char, 128> key(word.size() * 3);
    char *out = key.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word[i].unicode();
        if (c == u'\n')
            return false;
        if (QChar::isHighSurrogate(c) && i + 1 < word.size() && word[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), word[++i].unicode());
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        } else {
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    const std::string_view wanted(key.constData(), std::size_t(out - key.constData()));
    const char *const text = m_text.constData();
    const qsizetype size = m_text.size();
    for (quint32 i = bytesHash(wanted) & m_mask;; i = (i + 1) & m_mask) {
        const quint32 slot = m_slots[i];
        if (slot == 0)
            return false;
        const qsizetype at = slot - 1;
        const auto length = qsizetype(wanted.size());
        if (at + length < size && text[at + length] == '\n'
            && std::memcmp(text + at, wanted.data(), wanted.size()) == 0)
            return true;
    }
}

QStringList WordList::words() const
{
    QStringList out;
    out.reserve(m_count);
    for (qsizetype at = 0; at < m_text.size();) {
        const qsizetype eol = m_text.indexOf('\n', at);
        out.append(QString::fromUtf8(m_text.constData() + at, eol - at));
        at = eol + 1;
    }
    return out;
}

} // namespace chipline::text
