#pragma once

#include "Cli.h"
#include "Unlock.h"

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
int runScore(Context &ctx, Args &args);
int runRespond(Context &ctx, Args &args);
int runExport(Context &ctx, Args &args);
int runOutcomes(Context &ctx, Args &args);
int runService(Context &ctx, Args &args); // commands/ServiceCommands.cpp
// Your data (commands/DataCommands.cpp).
int runBackup(Context &ctx, Args &args);
int runWipe(Context &ctx, Args &args);
#ifdef DIT_TEST_HOOKS
// Test builds only (commands/TestCommands.cpp).
int runStressWrite(Context &ctx, Args &args);
#endif
int runLetter(Context &ctx, Args &args);

// Whether these arguments run a command that renders with QtGui (a PDF export), so main()
// makes a QGuiApplication on the offscreen platform instead of a QCoreApplication.
bool letterCommandNeedsGui(const QStringList &arguments);
int runCourse(Context &ctx, Args &args);
int runSchedule(Context &ctx, Args &args); // commands/ScheduleCommands.cpp
// Sync (commands/SyncCommands.cpp, docs/SYNC.md).
int runProvision(Context &ctx, Args &args);
int runPair(Context &ctx, Args &args);
int runSync(Context &ctx, Args &args);
int runUnpair(Context &ctx, Args &args);
int runServer(Context &ctx, Args &args); // commands/ServerCommands.cpp

// A therapist's caseload and hand-over files (commands/CaseloadCommands.cpp).
int runPatients(Context &ctx, Args &args);
int runHandover(Context &ctx, Args &args);

} // namespace dit::cli
