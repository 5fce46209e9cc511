#pragma once

#include <QLoggingCategory>

// Categories of the client core. Nothing logged under them may contain a phone number,
// a password, a token or a request/response body.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
