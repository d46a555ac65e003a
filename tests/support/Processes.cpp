#include "Processes.h"

#include <QProcess>

#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

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

int asUnprivileged(const struct passwd *nobody, const std::function<int()> &attempt)
{
    if (!nobody)
        return attempt();
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0)
            ::_exit(kCouldNotGiveUpRoot);
        ::_exit(attempt());
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace dit::test
