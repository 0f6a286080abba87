#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace chipline::core {

// The stored and exported codes of an enum whose values count up from 0, one code per
// value in declaration order: the one lookup behind statusCode(), categoryCode() and the
// like, so that each enum only lists its codes.
template <typename Enum, std::size_t N> QString codeOf(const std::array<const char16_t *, N> &codes, Enum value)
{
    return QString::fromUtf16(codes[static_cast<std::size_t>(value)]);
}

// The value with this code; nullopt for an unknown code.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOfCode(const std::array<const char16_t *, N> &codes, QStringView code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QStringView(codes[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace chipline::core
