#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

struct passwd;

namespace dit::test {

struct Run
{
    int code = -1; // exit code; -1 if it crashed or was killed
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion with `input` on stdin.
Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 60000);

// The ditc built with the tests.
Run ditc(const QStringList &args, const QByteArray &input = {},
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// What a child that could not give up root returns.
constexpr int kCouldNotGiveUpRoot = 100;

// Runs `attempt` as the folder's unprivileged owner: with `nobody` (the tests run as root,
// who reads and writes any file), in a child process that has given up root for that user;
// without, here. Returns what `attempt` returned (-1 if the child did not exit normally).
int asUnprivileged(const struct passwd *nobody, const std::function<int()> &attempt);

} // namespace dit::test
