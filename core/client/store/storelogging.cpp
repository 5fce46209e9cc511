#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "courtyard.client.store", QtInfoMsg)
