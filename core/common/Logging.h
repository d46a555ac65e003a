#pragma once

#include <QLoggingCategory>

// One category per area (docs/DEVELOPING.md). Messages never carry secrets, answers or
// anything a person wrote; log what happened, not what was in it.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
Q_DECLARE_LOGGING_CATEGORY(lcService)
Q_DECLARE_LOGGING_CATEGORY(lcMeasures)
Q_DECLARE_LOGGING_CATEGORY(lcLetters)
Q_DECLARE_LOGGING_CATEGORY(lcLearn)
Q_DECLARE_LOGGING_CATEGORY(lcReminders)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
