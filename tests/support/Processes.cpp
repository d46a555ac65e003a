#include "Processes.h"

#include <QProcess>

namespace dit::test {

Run runProgram(const QString &program, const QStringList &args, const QByteArray &input,
               const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        qFatal("%s did not start", qPrintable(program));
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run ditc(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    return runProgram(QStringLiteral(DIT_DITC_PATH), args, input, env);
}

} // namespace dit::test
