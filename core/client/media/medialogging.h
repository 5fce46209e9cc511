#pragma once

#include <QLoggingCategory>

// Photos and attachments. Nothing logged here may contain a token, coordinates or a photo's
// metadata; hashes, sizes and states only.
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
