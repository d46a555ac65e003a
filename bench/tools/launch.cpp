// dit-bench-launch [--stdin FILE] [--timeout S] -- PROGRAM ARGS...
// Starts PROGRAM, passes its output lines through, and adds
//   start ms=<from just before the spawn to the "first-frame ns=" line the program reports>
//   maxrss_kb=<its peak resident memory, from wait4> and exit=<its exit status>.
// Both clocks are CLOCK_MONOTONIC, so the figure is the real start-up time (docs/PERFORMANCE.md).
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

long long monotonicNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<long long>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

pid_t g_child = 0;

void onAlarm(int)
{
    if (g_child > 0)
        kill(g_child, SIGKILL);
}

} // namespace

int main(int argc, char **argv)
{
    const char *input = nullptr;
    unsigned timeout = 120;
    int i = 1;
    for (; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--stdin") == 0 && i + 1 < argc)
            input = argv[++i];
        else if (std::strcmp(argv[i], "--timeout") == 0 && i + 1 < argc)
            timeout = static_cast<unsigned>(std::atoi(argv[++i]));
    }
    if (i + 1 >= argc) {
        std::fprintf(stderr,
                     "usage: dit-bench-launch [--stdin FILE] [--timeout S] -- PROGRAM...\n");
        return 2;
    }
    int out[2];
    if (pipe(out) != 0)
        return 1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    if (input)
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input, O_RDONLY, 0);
    const long long start = monotonicNs();
    if (posix_spawn(&g_child, argv[i + 1], &actions, nullptr, argv + i + 1, environ) != 0) {
        std::perror("dit-bench-launch: spawn");
        return 1;
    }
    close(out[1]);
    std::signal(SIGALRM, onAlarm);
    alarm(timeout);
    FILE *lines = fdopen(out[0], "r");
    char line[4096];
    while (lines && std::fgets(line, sizeof line, lines)) {
        std::fputs(line, stdout);
        long long ns = 0;
        if (std::sscanf(line, "first-frame ns=%lld", &ns) == 1)
            std::printf("start ms=%.3f\n", double(ns - start) / 1e6);
    }
    int status = 0;
    rusage usage{};
    wait4(g_child, &status, 0, &usage);
    std::printf("maxrss_kb=%ld exit=%d\n", usage.ru_maxrss,
                WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
