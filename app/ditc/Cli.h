#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace dit::cli {

// ditc's exit codes (README.md, ditc).
enum Exit : int {
    kOk = 0,
    kFailed = 1,          // could not complete: disk full, I/O error, internal error
    kBadInput = 2,        // bad usage or bad input
    kWrongPassphrase = 3, // wrong passphrase, or too many attempts
    kDamaged = 4,         // the profile is damaged or unreadable
};

int exitCodeFor(ErrorCode code);

// A time as ISO 8601 in local time with its offset (2026-03-02T17:00:00+00:00); empty if
// the time is not valid.
QString isoLocal(const QDateTime &t);

// Command-line arguments after the command name, consumed as each command reads them.
class Args
{
public:
    explicit Args(QStringList args) : m_args(std::move(args)) {}
    bool takeFlag(const QString &flag);
    // Value of `--name VALUE` or `--name=VALUE`; std::nullopt if absent. Sets an error if
    // the option is present without a value.
    std::optional<QString> takeOption(const QString &name);
    QString takePositional();
    // Error naming the first argument nobody consumed, if any.
    std::optional<QString> leftover() const;
    QString problem() const { return m_problem; }

private:
    QStringList m_args;
    QString m_problem;
};

// What every command gets: global options, output, and stdin for secrets.
class Context
{
public:
    QString profileDir;
    bool json = false;

    // Reads one line from stdin (prompting on stderr, without echo, if stdin is a terminal).
    // Secrets never come from arguments or the environment.
    Result<SecretBytes> readSecret(const char *prompt);
    Result<QString> readLine(const char *prompt);

    // Prints the result: JSON with --json, otherwise the plain lines.
    void print(const QJsonObject &json, const QStringList &plain);
    // Prints the error's one-line reason to stderr and returns the exit code.
    int fail(const Error &error);
    int usage(const QString &message);
    // As fail(), for a profile that could not be opened: damage also says how to restore.
    int failProfile(const Error &error);
};

} // namespace dit::cli
