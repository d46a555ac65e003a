#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

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

} // namespace dit::test
