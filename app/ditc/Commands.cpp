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
        {"course",
         "show | set [--sessions N] [--first YYYY-MM-DD] [--time HH:MM] [--minutes M]\n"
         "                  [--break DATE]... [--cancel DATE]... [--missed DATE]...\n"
         "                  [--move DATE=YYYY-MM-DDTHH:MM]... [--unmark DATE]... [--clear-marks]",
         "show the course and where you are in it, or save a new version of it;\n"
         "           passphrase on stdin. DATE is a weekly session date. Breaks and\n"
         "           cancellations move the rest a week later; missed sessions still count.\n"
         "           Options not given keep their current values.",
         &runCourse},
    };
    return list;
}

} // namespace dit::cli
