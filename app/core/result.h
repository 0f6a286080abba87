#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace chipline::core {

// An error the user can cause (bad file, bad date, locked database): a value, not a crash.
struct Error
{
    // Damaged: a database file failed its check on open; nothing was written to it and
    // the caller may offer a restore or a salvage.
    enum class Kind {
        General,
        Damaged
    };

    QString message;
    Kind kind = Kind::General;
};

// Either a value or an Error. Small on purpose: std::expected arrives with C++23.
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but can fail.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error)),
          m_failed(true)
    {}
    static Status success() { return {}; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    Error error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace chipline::core
