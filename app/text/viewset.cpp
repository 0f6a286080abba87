#include "viewset.h"

#include <bit>

namespace chipline::text {

ViewSet::ViewSet(const QStringList &words)
{
    m_words = words;
    m_words.removeAll(QString());
    m_words.removeDuplicates();
    // At most half full, so a miss ends after a probe or two.
    const auto size = std::bit_ceil(static_cast<std::uint32_t>(m_words.size() * 2 + 2));
    m_slots = QList<std::int32_t>(size, -1);
    m_mask = size - 1;
    for (qsizetype j = 0; j < m_words.size(); ++j) {
        std::uint32_t i = viewHash(m_words[j]) & m_mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = static_cast<std::int32_t>(j);
    }
}

bool ViewSet::contains(QStringView word) const
{
    if (m_words.isEmpty())
        return false;
    for (std::uint32_t i = viewHash(word) & m_mask;; i = (i + 1) & m_mask) {
        const std::int32_t at = m_slots[i];
        if (at < 0)
            return false;
        if (m_words[at] == word)
            return true;
    }
}

} // namespace chipline::text
