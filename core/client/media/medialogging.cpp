#include "media/medialogging.h"

Q_LOGGING_CATEGORY(lcMedia, "courtyard.client.media", QtInfoMsg)
