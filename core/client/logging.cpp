#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "courtyard.client.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "courtyard.client.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "courtyard.client.app", QtInfoMsg)
