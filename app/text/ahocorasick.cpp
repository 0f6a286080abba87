#include "ahocorasick.h"

#include "textfold.h"

#include <algorithm>
#include <cstring>

namespace chipline::text {

std::uint16_t AhoCorasick::symbolFor(char16_t folded)
{
    // During building m_symbol is indexed by folded unit; build() turns it into the raw map.
    if (folded == u' ')
        return kSpace;
    if (m_symbol[folded] == kNone && m_alphabet.size() < kNeedsNfc) {
        m_alphabet.push_back(folded);
        m_symbol[folded] = static_cast<std::uint16_t>(m_alphabet.size() - 1);
    }
    return m_symbol[folded];
}

void AhoCorasick::reserve(std::size_t keys, std::size_t units)
{
    m_firstEdge.reserve(units + 1);
    m_buildEdges.reserve(units);
    m_buildOutputs.reserve(keys);
}

void AhoCorasick::add(QStringView key, std::int32_t payload)
{
    if (key.isEmpty() || key.size() > 255)
        return;
    std::int32_t node = 0;
    for (const QChar c : key) {
        const std::uint16_t sym = symbolFor(c.unicode());
        // The root has an edge for nearly every symbol: a table. Other states have few.
        std::int32_t next = 0;
        if (node == 0) {
            if (sym >= m_rootNext.size())
                m_rootNext.resize(m_alphabet.size(), 0);
            next = m_rootNext[sym];
        } else {
            for (std::int32_t e = m_firstEdge[std::size_t(node)]; e >= 0; e = m_buildEdges[std::size_t(e)].sibling) {
                if (m_buildEdges[std::size_t(e)].symbol == sym) {
                    next = m_buildEdges[std::size_t(e)].target;
                    break;
                }
            }
        }
        if (next == 0) {
            next = static_cast<std::int32_t>(m_firstEdge.size());
            m_firstEdge.push_back(-1);
            if (node == 0) {
                m_rootNext[sym] = next;
            } else {
                m_buildEdges.push_back(BuildEdge{next, m_firstEdge[std::size_t(node)], sym});
                m_firstEdge[std::size_t(node)] = static_cast<std::int32_t>(m_buildEdges.size() - 1);
            }
        }
        node = next;
    }
    const std::int32_t spaced = key.contains(u' ') ? kSpacedKey : 0;
    m_buildOutputs.push_back(BuildOutput{node, payload, static_cast<std::int32_t>(key.size()) | spaced});
}

void AhoCorasick::build()
{
    const std::size_t states = m_firstEdge.size();
    // Every raw unit whose fold is in the alphabet maps to that symbol: m_symbol, indexed by
    // folded unit until now, is read whole before it is rewritten.
    m_nfcSymbol.assign(0x10000, kNone);
    for (int u = 0; u < 0x10000; ++u) {
        const char16_t folded = TextFold::fold(static_cast<char16_t>(u));
        m_nfcSymbol[u] = folded == u' ' ? kSpace : m_symbol[folded];
    }
    for (int u = 0; u < 0x10000; ++u)
        m_symbol[u] = TextFold::mayNeedNfc(static_cast<char16_t>(u)) ? kNeedsNfc : m_nfcSymbol[u];
    m_symbol[u' '] = kSpace;
    m_nfcSymbol[u' '] = kSpace;

    m_rootNext.resize(m_alphabet.size(), 0);

    // Flatten edges first, each state's sorted by symbol, so buildStep() can be used while
    // computing failure links. The root uses m_rootNext.
    m_edgeBegin.assign(states + 1, 0);
    m_edgeSymbol.reserve(m_buildEdges.size());
    m_edgeTarget.reserve(m_buildEdges.size());
    std::vector<std::pair<std::uint16_t, std::int32_t>> edges;
    for (std::size_t s = 0; s < states; ++s) {
        m_edgeBegin[s] = static_cast<std::int32_t>(m_edgeSymbol.size());
        edges.clear();
        for (std::int32_t e = m_firstEdge[s]; e >= 0; e = m_buildEdges[std::size_t(e)].sibling)
            edges.emplace_back(m_buildEdges[std::size_t(e)].symbol, m_buildEdges[std::size_t(e)].target);
        std::sort(edges.begin(), edges.end());
        for (const auto &[sym, target] : edges) {
            m_edgeSymbol.push_back(sym);
            m_edgeTarget.push_back(target);
        }
    }
    m_edgeBegin[states] = static_cast<std::int32_t>(m_edgeSymbol.size());
    m_firstEdge = {};
    m_buildEdges = {};

    // Breadth-first failure links; outputs of the failure state are appended to each state.
    m_fail.assign(states, 0);
    std::vector<std::int32_t> order;
    order.reserve(states);
    for (const std::int32_t target : m_rootNext) {
        if (target != 0)
            order.push_back(target); // in symbol order, as the root's sorted edges were
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::int32_t s = order[k];
        for (std::int32_t e = m_edgeBegin[s]; e < m_edgeBegin[s + 1]; ++e) {
            const std::int32_t target = m_edgeTarget[std::size_t(e)];
            m_fail[target] = buildStep(m_fail[s], m_edgeSymbol[std::size_t(e)]);
            order.push_back(target);
        }
    }

    // Each state's own outputs, in the order their keys were added.
    std::vector<std::int32_t> ownBegin(states + 1, 0);
    for (const BuildOutput &o : m_buildOutputs)
        ++ownBegin[std::size_t(o.state) + 1];
    for (std::size_t s = 0; s < states; ++s)
        ownBegin[s + 1] += ownBegin[s];
    std::vector<std::pair<std::int32_t, std::int32_t>> own(m_buildOutputs.size()); // payload, length
    {
        std::vector<std::int32_t> fill(ownBegin.begin(), ownBegin.end() - 1);
        for (const BuildOutput &o : m_buildOutputs)
            own[std::size_t(fill[std::size_t(o.state)]++)] = {o.payload, o.length};
    }
    m_buildOutputs = {};
    // States are numbered breadth-first from here on: the shallow states, which nearly every
    // step visits, share cache lines and pages instead of lying among the deep ones.
    std::vector<std::int32_t> renumbered(states, 0);
    for (std::size_t k = 0; k < order.size(); ++k)
        renumbered[std::size_t(order[k])] = static_cast<std::int32_t>(k + 1);
    const auto original = [&order](std::size_t index) { return index == 0 ? 0 : order[index - 1]; };
    // Each state's outputs are its own keys, then its failure state's, which lies earlier in
    // this order and is already written: one flat list, no list per state.
    m_outBegin.assign(states + 1, 0);
    for (std::size_t s = 0; s < states; ++s) {
        m_outBegin[s] = static_cast<std::int32_t>(m_outPayload.size());
        const std::int32_t built = original(s);
        for (std::int32_t k = ownBegin[std::size_t(built)]; k < ownBegin[std::size_t(built) + 1]; ++k) {
            m_outPayload.push_back(own[std::size_t(k)].first);
            m_outLength.push_back(own[std::size_t(k)].second);
        }
        if (s == 0)
            continue;
        const std::int32_t fail = renumbered[std::size_t(m_fail[built])];
        for (std::int32_t k = m_outBegin[fail]; k < m_outBegin[fail + 1]; ++k) {
            const std::int32_t payload = m_outPayload[k];
            const std::int32_t length = m_outLength[k];
            m_outPayload.push_back(payload);
            m_outLength.push_back(length);
        }
    }
    m_outBegin[states] = static_cast<std::int32_t>(m_outPayload.size());

    // Pack each state's edges, failure link and output flag into its record.
    const auto encoded = [this, &renumbered](std::int32_t built) {
        const std::int32_t index = renumbered[std::size_t(built)];
        return index * 2 + (m_outBegin[index] != m_outBegin[index + 1] ? 1 : 0);
    };
    for (std::int32_t &target : m_rootNext)
        target = encoded(target);
    m_states.assign(states, State{});
    for (std::size_t s = 1; s < states; ++s) {
        State &st = m_states[s];
        const std::int32_t built = original(s);
        const std::int32_t begin = m_edgeBegin[built];
        const std::int32_t count = m_edgeBegin[built + 1] - begin;
        st.edgeCount = static_cast<std::uint16_t>(count);
        st.fail = renumbered[std::size_t(m_fail[built])];
        st.moreBegin = static_cast<std::int32_t>(m_moreSymbol.size());
        for (std::int32_t k = 0; k < count; ++k) {
            st.edgeBits |= edgeBit(m_edgeSymbol[begin + k]);
            if (k < kInlineEdges) {
                st.symbol[k] = m_edgeSymbol[begin + k];
                st.target[k] = encoded(m_edgeTarget[begin + k]);
            } else {
                m_moreSymbol.push_back(m_edgeSymbol[begin + k]);
                m_moreTarget.push_back(encoded(m_edgeTarget[begin + k]));
            }
        }
    }
    m_fail = {};
    m_edgeBegin = {};
    m_edgeSymbol = {};
    m_edgeTarget = {};
}

namespace {

constexpr char kImageMagic[8] = {'C', 'L', 'A', 'C', '0', '0', '0', '1'};

template <typename T> void put(QByteArray &out, const std::vector<T> &values)
{
    const auto count = static_cast<std::uint64_t>(values.size());
    out.append(reinterpret_cast<const char *>(&count), sizeof count);
    const std::size_t bytes = values.size() * sizeof(T);
    out.append(reinterpret_cast<const char *>(values.data()), qsizetype(bytes));
}

template <typename T> bool get(QByteArrayView &in, std::vector<T> &values)
{
    std::uint64_t count = 0;
    if (in.size() < qsizetype(sizeof count))
        return false;
    std::memcpy(&count, in.data(), sizeof count);
    in = in.sliced(sizeof count);
    if (count > std::uint64_t(in.size()) / sizeof(T))
        return false;
    const std::size_t bytes = std::size_t(count) * sizeof(T);
    values.resize(std::size_t(count));
    if (bytes > 0)
        std::memcpy(values.data(), in.data(), bytes);
    in = in.sliced(qsizetype(bytes));
    return true;
}

} // namespace

QByteArray AhoCorasick::save() const
{
    QByteArray out(kImageMagic, sizeof kImageMagic);
    put(out, m_symbol);
    put(out, m_nfcSymbol);
    put(out, m_alphabet);
    put(out, m_rootNext);
    put(out, m_states);
    put(out, m_moreSymbol);
    put(out, m_moreTarget);
    put(out, m_outBegin);
    put(out, m_outPayload);
    put(out, m_outLength);
    return out;
}

bool AhoCorasick::load(QByteArrayView image)
{
    if (!image.startsWith(QByteArrayView(kImageMagic, sizeof kImageMagic)))
        return false;
    image = image.sliced(sizeof kImageMagic);
    const bool read = get(image, m_symbol) && get(image, m_nfcSymbol) && get(image, m_alphabet)
        && get(image, m_rootNext) && get(image, m_states) && get(image, m_moreSymbol) && get(image, m_moreTarget)
        && get(image, m_outBegin) && get(image, m_outPayload) && get(image, m_outLength);
    // Every index the scan follows stays inside its table; failure links lead to earlier,
    // shallower states (so a step ends); a state's keys are no longer than its depth (so a
    // hit never starts before the text).
    const auto inside = [](const auto &table, std::int64_t index) {
        return index >= 0 && index < std::int64_t(table.size());
    };
    bool ok = read && image.isEmpty() && m_symbol.size() == 0x10000 && m_nfcSymbol.size() == 0x10000
        && !m_states.empty() && m_outBegin.size() == m_states.size() + 1 && m_outPayload.size() == m_outLength.size()
        && m_moreSymbol.size() == m_moreTarget.size() && !m_outBegin.empty() && m_outBegin.front() == 0
        && std::size_t(m_outBegin.back()) == m_outPayload.size();
    for (std::size_t u = 0; ok && u < 0x10000; ++u) {
        ok = (m_symbol[u] == kNeedsNfc || inside(m_rootNext, m_symbol[u])) && m_nfcSymbol[u] != kNeedsNfc
            && inside(m_rootNext, m_nfcSymbol[u]);
    }
    std::vector<std::int32_t> depth(ok ? m_states.size() : 0, -1);
    const auto reach = [&](std::int32_t encoded, std::int32_t parentDepth, std::size_t parent) {
        const std::int32_t index = encoded >> 1;
        if (encoded == 0)
            return true; // no edge
        if (!inside(m_states, index) || std::size_t(index) <= parent || depth[std::size_t(index)] >= 0
            || (encoded & 1) != (m_outBegin[std::size_t(index)] != m_outBegin[std::size_t(index) + 1] ? 1 : 0))
            return false; // states are numbered breadth-first and reached once
        depth[std::size_t(index)] = parentDepth + 1;
        return true;
    };
    if (ok)
        depth[0] = 0;
    for (std::size_t k = 0; ok && k < m_rootNext.size(); ++k)
        ok = reach(m_rootNext[k], 0, 0);
    for (std::size_t k = 1; ok && k < m_states.size(); ++k) {
        const State &st = m_states[k];
        const int inlined = std::min<int>(st.edgeCount, kInlineEdges);
        ok = depth[k] > 0 && inside(m_states, st.fail) && std::size_t(st.fail) < k
            && depth[std::size_t(st.fail)] < depth[k] && m_outBegin[k] <= m_outBegin[k + 1]
            && (st.edgeCount <= kInlineEdges
                || (st.moreBegin >= 0
                    && std::size_t(st.moreBegin) + st.edgeCount - kInlineEdges <= m_moreSymbol.size()));
        for (int e = 0; ok && e < inlined; ++e)
            ok = st.target[std::size_t(e)] != 0 && reach(st.target[std::size_t(e)], depth[k], k);
        for (int e = kInlineEdges; ok && e < st.edgeCount; ++e) {
            const std::int32_t target = m_moreTarget[std::size_t(st.moreBegin + e - kInlineEdges)];
            ok = target != 0 && reach(target, depth[k], k);
        }
        for (std::int32_t o = m_outBegin[k]; ok && o < m_outBegin[k + 1]; ++o) {
            const std::int32_t length = m_outLength[std::size_t(o)] & ~kSpacedKey;
            ok = length >= 1 && length <= depth[k];
        }
    }
    ok = ok && m_outBegin[0] == m_outBegin[1]; // the root reports nothing
    if (!ok)
        *this = AhoCorasick();
    return ok;
}

std::int32_t AhoCorasick::buildStep(std::int32_t state, std::uint16_t symbol) const
{
    while (state != 0) {
        for (std::int32_t k = m_edgeBegin[state]; k < m_edgeBegin[state + 1]; ++k) {
            if (m_edgeSymbol[k] == symbol)
                return m_edgeTarget[k];
        }
        state = m_fail[state];
    }
    return m_rootNext[symbol];
}

} // namespace chipline::text
