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
        {"letter",
         "list | show ID [--version ID] | import FILE [--parent ID] |\n"
         "           export ID --format pdf|txt|md [--out FILE] [--no-reply] [--with-marks]",
         "the goodbye letter: list letters, show one, import a letter file (docs/LETTERS.md), "
         "or\n           export one (with the reply unless --no-reply; marks only with "
         "--with-marks)",
         &runLetter},
    };
    return list;
}

} // namespace dit::cli
