#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace chipline::text {

// FNV-1a over UTF-16 units. The recognizers look up short words (particles, titles, stems)
// millions of times a run; Qt's seeded string hash costs several times more per word.
inline std::uint32_t viewHash(QStringView word)
{
    std::uint32_t h = 2166136261U;
    for (const QChar c : word) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    return h;
}

// A fixed set of short words, looked up by view without an allocation: open addressing over
// a power-of-two table of indices into its own copy of the words.
class ViewSet final
{
public:
    ViewSet() = default;
    explicit ViewSet(const QStringList &words);

    bool contains(QStringView word) const;
    qsizetype size() const { return m_words.size(); }

private:
    QStringList m_words;
    QList<std::int32_t> m_slots; // index into m_words, -1 for an empty slot
    std::uint32_t m_mask = 0;
};

// A growing map from views to small values, for per-text caches: the views must outlive it.
template <typename V> class ViewMap final
{
public:
    // The value for key, inserted by make() when it is not there yet.
    template <typename Make> const V &findOrInsert(QStringView key, Make make)
    {
        if ((m_used + 1) * 2 > m_keys.size())
            grow();
        std::uint32_t i = viewHash(key) & m_mask;
        while (m_full[i]) {
            if (m_keys[i] == key)
                return m_values[i];
            i = (i + 1) & m_mask;
        }
        V value = make();
        // make() may not touch this map, so the slot found is still the free one.
        m_keys[i] = key;
        m_values[i] = value;
        m_full[i] = true;
        ++m_used;
        return m_values[i];
    }

private:
    void grow()
    {
        const qsizetype size = m_keys.isEmpty() ? 64 : m_keys.size() * 2;
        QList<QStringView> keys(size);
        QList<V> values(size);
        QList<bool> full(size, false);
        const auto mask = static_cast<std::uint32_t>(size - 1);
        for (qsizetype j = 0; j < m_keys.size(); ++j) {
            if (!m_full[j])
                continue;
            std::uint32_t i = viewHash(m_keys[j]) & mask;
            while (full[i])
                i = (i + 1) & mask;
            keys[i] = m_keys[j];
            values[i] = m_values[j];
            full[i] = true;
        }
        m_keys = std::move(keys);
        m_values = std::move(values);
        m_full = std::move(full);
        m_mask = mask;
    }

    QList<QStringView> m_keys;
    QList<V> m_values;
    QList<bool> m_full;
    std::uint32_t m_mask = 0;
    qsizetype m_used = 0;
};

} // namespace chipline::text
