#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "dit.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "dit.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "dit.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "dit.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMeasures, "dit.measures", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLetters, "dit.letters", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLearn, "dit.learn", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReminders, "dit.reminders", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "dit.sync", QtInfoMsg)
