#pragma once

#include "Cli.h"

#include <vector>

namespace dit::cli {

struct Command
{
    const char *name;
    const char *usage;   // arguments after the name
    const char *summary; // one line for --help
    int (*run)(Context &ctx, Args &args);
};

const std::vector<Command> &allCommands();

// Commands by area; each returns an exit code.
int runInit(Context &ctx, Args &args);
int runCheck(Context &ctx, Args &args);
int runPasswd(Context &ctx, Args &args);
int runCourse(Context &ctx, Args &args);

} // namespace dit::cli
