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
        {"score", "--instrument ID --answers A,B,C [--service DIR]",
         "score answers without a profile: total, band, flags (exit 2 on an invalid answer)",
         &runScore},
        {"respond", "--instrument ID --session N --answers A,B,C [--replaces ID] [--service DIR]",
         "store a submitted response (passphrase on stdin); --replaces corrects one", &runRespond},
        {"export", "--format fhir|csv [--out FILE] [--service DIR]",
         "every response as a FHIR R4 Bundle or CSV (passphrase on stdin)", &runExport},
        {"outcomes", "[--service DIR]",
         "the course's NHS Talking Therapies outcomes as JSON (passphrase on stdin)", &runOutcomes},
        {"service", "check --service DIR",
         "check a service's folder (service.json, measures.json, instruments/, learn/):\n"
         "           prints every problem with its file and field; exit 2 if any, 0 if none",
         &runService},
        // Your data.
        {"backup", "create|restore|verify FILE [--replace] [--no-confirm] [--add-other-profile]",
         "create: passphrase, then backup passphrase twice; restore: into a new profile, new "
         "passphrase twice then backup passphrase, into this one, passphrase then backup "
         "passphrase (a backup of a different profile only with --add-other-profile); verify: "
         "backup passphrase",
         &runBackup},
        {"wipe", "--yes", "delete the profile for good: keys destroyed first, then every file",
         &runWipe},
#ifdef DIT_TEST_HOOKS
        {"stress-write",
         "[--count N] [--first N] [--draft-every K] [--seed S] [--marker-from-stdin]",
         "test builds only: append records and drafts, printing each once committed",
         &runStressWrite},
#endif
        {"letter",
         "list | show ID [--version ID] | import FILE [--parent ID] |\n"
         "           export ID --format pdf|txt|md [--out FILE] [--no-reply] [--with-marks]",
         "the goodbye letter: list letters, show one, import a letter file (docs/LETTERS.md), "
         "or\n           export one (with the reply unless --no-reply; marks only with "
         "--with-marks)",
         &runLetter},
        {"course",
         "show | set [--sessions N] [--first YYYY-MM-DD] [--time HH:MM] [--minutes M]\n"
         "                  [--break DATE]... [--cancel DATE]... [--missed DATE]...\n"
         "                  [--move DATE=YYYY-MM-DDTHH:MM]... [--unmark DATE]... [--clear-marks]",
         "show the course and where you are in it, or save a new version of it;\n"
         "           passphrase on stdin. DATE is a weekly session date. Breaks and\n"
         "           cancellations move the rest a week later; missed sessions still count.\n"
         "           Options not given keep their current values.",
         &runCourse},
        {"schedule", "[show] | set --session N (--instruments ID,ID,... | --default)",
         "which forms are due at each session of the course; set changes one session's\n"
         "           list (a new version; the history stays). On a therapist's profile add\n"
         "           --patient PATIENT. Passphrase on stdin",
         &runSchedule},
        // Sync (docs/SYNC.md).
        {"server",
         "prepare --server URL --count N (--out FILE | --out-dir DIR) [--service DIR] | remove",
         "the service's IT, on its own machine, with the server's admin name and password on\n"
         "           stdin: prepare creates N pair databases, each with its own user, and\n"
         "           writes their pair slots to FILE, or one slot a file in the new folder DIR\n"
         "           (slot-01.txt, ...; the tablet opens these), readable by you only, one to\n"
         "           hand to each clinician; remove (then the pair's slot or pairing code on\n"
         "           stdin) removes that pair's user and database for good",
         &runServer},
        {"provision", "--patient LABEL [--service DIR]",
         "therapist: pair the patient with one pair slot from the service's IT; passphrase,\n"
         "           then the slot, on stdin; prints the pairing code, and a short code when\n"
         "           the service's sync.rendezvous is on the slot's server",
         &runProvision},
        {"pair", "[--service DIR]",
         "patient: pair with the code from the therapist; passphrase, then the code,\n"
         "           on stdin (never as an argument); prints the four check words. A short\n"
         "           code needs --service DIR naming sync.server and sync.rendezvous",
         &runPair},
        {"sync", "[status | confirm [--patient LABEL]]",
         "one sync pass with every paired device, printing what went each way; or the\n"
         "           status: when each pair last synced, why it could not, the four check words\n"
         "           once the other device joined and when each side confirmed them; or\n"
         "           confirm: both devices show the same check words, so the other device's\n"
         "           records are accepted (passphrase on stdin)",
         &runSync},
        {"unpair", "[--patient LABEL]",
         "stop syncing: tells the other device, forgets the key (the service's IT removes\n"
         "           the pair from the server with `ditc server remove`)",
         &runUnpair},
        // A therapist's caseload and hand-over files (docs/THERAPIST.md).
        {"patients", "list [--all] | add [--keep-identifying-label] LABEL | show PATIENT",
         "a therapist's caseload: list patients (archived too with --all), add one with a\n"
         "           pseudonymous label (one that looks like a name, email or number only with\n"
         "           --keep-identifying-label), or show one (course, scores, outcomes, risk\n"
         "           answers); passphrase on stdin. PATIENT is a label or an id (or its first 6+\n"
         "           characters)",
         &runPatients},
        {"handover", "export [PATIENT] --out FILE | import FILE [--patient PATIENT] [--for LABEL]",
         "hand-over files (docs/THERAPIST.md): export prints the one-time code; import reads\n"
         "           the passphrase, then the code, on stdin; at a terminal it says whom the\n"
         "           file is for and asks for yes (a script gives --for LABEL, which must be\n"
         "           the file's label). A therapist names the patient",
         &runHandover},
    };
    return list;
}

} // namespace dit::cli
