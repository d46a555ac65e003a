#include "Commands.h"

namespace dit::cli {

const std::vector<Command> &allCommands()
{
    static const std::vector<Command> list = {
        {"init", "[--role patient|therapist] [--no-confirm]",
         "create a profile; passphrase on stdin twice (once with --no-confirm)", &runInit},
        {"check", "",
         "unlock (passphrase on stdin), run integrity checks, print the schema version", &runCheck},
        {"passwd", "[--no-confirm]",
         "change the passphrase: old, new and new again on stdin (new once with --no-confirm)",
         &runPasswd},
    };
    return list;
}

} // namespace dit::cli
