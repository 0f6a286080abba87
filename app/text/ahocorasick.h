#pragma once

#include <QByteArray>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace chipline::text {

// Aho-Corasick automaton over folded UTF-16 code units, built once and then read-only
// (safe to share between threads). Raw text units go through one table that folds and
// maps them to a compact alphabet, so the scan never builds a folded copy of the text.
// A run of spaces is fed as one space, so a space inside a key matches one or more.
class AhoCorasick final
{
public:
    struct Hit
    {
        qsizetype end; // exclusive, in the scanned text
        std::int32_t payload;
        std::int32_t length; // key length in fed units (space runs count once)
        bool spaced; // the key has a space; without one, the hit spans length units
    };

    // Room for keys of about this many units in all, so that the trie's lists do not
    // grow (and copy) while they are added.
    void reserve(std::size_t keys, std::size_t units);
    // Keys must already be in TextFold::key() form and at most 255 units long.
    void add(QStringView key, std::int32_t payload);
    void build();

    // Calls onHit(const Hit &) for every key occurrence, in order of end. Returns false
    // (early) when the text has a unit that may change under NFC: normalize and rescan
    // with normalized = true, which reads such units as they are (a lone conjoining jamo
    // stays one after NFC, so asking again would never end).
    template <typename OnHit> bool scan(QStringView text, OnHit &&onHit, bool normalized = false) const;

    // The built automaton as bytes of this build, and back: the same automaton, unbuilt.
    // load() is false (and the automaton unusable) for bytes save() did not write.
    QByteArray save() const;
    bool load(QByteArrayView image);
    // Every payload a scan may report, in no order (repeats included).
    const std::vector<std::int32_t> &payloads() const { return m_outPayload; }

    bool isSpaceUnit(char16_t unit) const { return m_symbol[unit] == kSpace; }
    std::size_t stateCount() const { return m_states.size(); }

private:
    static constexpr std::uint16_t kNone = 0;
    static constexpr std::uint16_t kSpace = 1;
    static constexpr std::uint16_t kNeedsNfc = 0xFFFF;

    // The trie while keys are added, in flat lists: a list (and a heap block) per node cost
    // more in page faults than the whole build.
    struct BuildEdge
    {
        std::int32_t target;
        std::int32_t sibling; // the parent's next edge, -1 at the last
        std::uint16_t symbol;
    };
    struct BuildOutput
    {
        std::int32_t state;
        std::int32_t payload;
        std::int32_t length;
    };

    // A state with outputs where the scan passed, reported with others after the loop.
    struct Found
    {
        qsizetype end;
        std::int32_t index;
    };
    static constexpr int kBatch = 64;
    template <typename OnHit> Q_NEVER_INLINE void report(const Found *found, int count, OnHit &onHit) const;

    std::uint16_t symbolFor(char16_t folded);
    std::int32_t buildStep(std::int32_t state, std::uint16_t symbol) const;
    std::int32_t step(std::int32_t state, std::uint16_t symbol) const;

    // The scan follows one chain of dependent loads per unit, so everything a step needs
    // about a state sits in one 32-byte record: its first edges, its failure state, where
    // any further edges are, and a bit per symbol class (symbol % 32) that has an edge -
    // most steps leave a state by its failure link, and the bit tells so without a search.
    // State numbers in the scan are index * 2 + 1 when the state has outputs and index * 2
    // otherwise, so finding none costs no load.
    static constexpr int kInlineEdges = 3;
    static constexpr int kLinearEdges = 8;
    static constexpr std::uint32_t edgeBit(std::uint16_t symbol) { return std::uint32_t(1) << (symbol % 32); }
    struct alignas(32) State
    {
        std::uint16_t edgeCount = 0;
        std::array<std::uint16_t, kInlineEdges> symbol{};
        std::array<std::int32_t, kInlineEdges> target{}; // encoded
        std::int32_t fail = 0; // index
        std::int32_t moreBegin = 0; // edges past kInlineEdges, in m_moreSymbol/m_moreTarget
        std::uint32_t edgeBits = 0; // edgeBit() of every edge's symbol
    };
    static_assert(sizeof(State) == 32);

    std::vector<std::uint16_t> m_symbol = std::vector<std::uint16_t>(0x10000, kNone);
    std::vector<std::uint16_t> m_nfcSymbol; // like m_symbol, never kNeedsNfc: for NFC text
    std::vector<char16_t> m_alphabet{0, u' '}; // symbol -> folded unit
    std::vector<std::int32_t> m_firstEdge{-1}; // per state: its first edge in m_buildEdges
    std::vector<BuildEdge> m_buildEdges;
    std::vector<BuildOutput> m_buildOutputs; // in the order keys were added

    std::vector<std::int32_t> m_rootNext; // dense: symbol -> encoded state (while building: state)
    std::vector<State> m_states;
    std::vector<std::uint16_t> m_moreSymbol;
    std::vector<std::int32_t> m_moreTarget;
    std::vector<std::int32_t> m_outBegin; // per state index (+1), into m_outPayload/m_outLength
    std::vector<std::int32_t> m_outPayload;
    std::vector<std::int32_t> m_outLength; // with kSpacedKey when the key has a space
    static constexpr std::int32_t kSpacedKey = 1 << 16;

    // Only while building: edges by state, failure links.
    std::vector<std::int32_t> m_fail;
    std::vector<std::int32_t> m_edgeBegin;
    std::vector<std::uint16_t> m_edgeSymbol;
    std::vector<std::int32_t> m_edgeTarget;
};

inline std::int32_t AhoCorasick::step(std::int32_t state, std::uint16_t symbol) const
{
    std::int32_t index = state >> 1;
    while (index != 0) {
        const State &st = m_states[index];
        if (!(st.edgeBits & edgeBit(symbol))) {
            index = st.fail;
            continue;
        }
        const int inlined = st.edgeCount < kInlineEdges ? st.edgeCount : kInlineEdges;
        for (int k = 0; k < inlined; ++k) {
            if (st.symbol[k] == symbol)
                return st.target[k];
        }
        if (st.edgeCount > kInlineEdges && symbol > st.symbol[kInlineEdges - 1]) {
            // Edges are sorted by symbol, the inline ones first: the rest is searched only
            // past them, and a wide state (a first syllable many keys share) by halves.
            const std::uint16_t *const first = m_moreSymbol.data() + st.moreBegin;
            const std::uint16_t *const last = first + (st.edgeCount - kInlineEdges);
            const std::uint16_t *at = first;
            if (last - first > kLinearEdges) {
                at = std::lower_bound(first, last, symbol);
            } else {
                while (at != last && *at < symbol)
                    ++at;
            }
            if (at != last && *at == symbol)
                return m_moreTarget[std::size_t(st.moreBegin + (at - first))];
        }
        index = st.fail;
    }
    return m_rootNext[symbol];
}

template <typename OnHit> void AhoCorasick::report(const Found *found, int count, OnHit &onHit) const
{
    for (int f = 0; f < count; ++f) {
        const std::int32_t index = found[f].index;
        for (std::int32_t k = m_outBegin[index]; k < m_outBegin[index + 1]; ++k)
            onHit(Hit{found[f].end, m_outPayload[k], m_outLength[k] & (kSpacedKey - 1),
                      (m_outLength[k] & kSpacedKey) != 0});
    }
}

template <typename OnHit> bool AhoCorasick::scan(QStringView text, OnHit &&onHit, bool normalized) const
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    const std::uint16_t *symbols = normalized ? m_nfcSymbol.data() : m_symbol.data();
    // States with outputs are noted in a small batch and reported out of line, a batch at a
    // time: the loop, which reads every unit, then keeps its few variables in registers.
    std::array<Found, kBatch> found;
    int count = 0;
    std::int32_t state = 0;
    bool lastSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        const std::uint16_t s = symbols[units[i]];
        // One compare for the usual unit, a symbol of some key.
        if (std::uint16_t(s - kSpace - 1) < kNeedsNfc - kSpace - 1) [[likely]] {
            lastSpace = false;
        } else if (s == kNone) {
            state = 0;
            lastSpace = false;
            continue;
        } else if (s == kSpace) {
            if (lastSpace)
                continue;
            lastSpace = true;
        } else {
            report(found.data(), count, onHit); // kNeedsNfc
            return false;
        }
        state = step(state, s);
        if (state & 1) [[unlikely]] {
            found[std::size_t(count++)] = Found{i + 1, state >> 1};
            if (count == kBatch) {
                report(found.data(), count, onHit);
                count = 0;
            }
        }
    }
    report(found.data(), count, onHit);
    return true;
}

} // namespace chipline::text
