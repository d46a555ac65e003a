#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dit {

// What went wrong, in a form the UI, ditc's exit codes and the tests can all use.
enum class ErrorCode {
    BadInput,        // the caller gave something invalid (ditc exit 2)
    WrongPassphrase, // authentication failed (ditc exit 3)
    LockedOut,       // too many wrong passphrases; wait (ditc exit 3)
    Damaged,         // a file is missing, truncated or corrupt (ditc exit 4)
    NotFound,        // the thing asked for does not exist (ditc exit 2)
    AlreadyExists,   // refusing to overwrite (ditc exit 2)
    DiskFull,        // no space left; nothing was changed (ditc exit 1)
    Io,              // another input/output failure (ditc exit 1)
    Internal,        // a bug or an unexpected library failure (ditc exit 1)
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // plain words for a person; never contains secrets or answers
};

// A value or an Error. Small on purpose: the project has no exceptions.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    // By value from a temporary: `for (x : load().value())` then owns what it walks instead of
    // holding a reference into a Result destroyed before the loop body runs.
    T value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace dit
