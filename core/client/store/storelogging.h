#pragma once

#include <QLoggingCategory>

// The local store's category. Never log record contents (phone numbers, notes) — ids only.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
