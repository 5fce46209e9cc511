#pragma once

#include "outbox.h"

#include <QList>
#include <QSet>

class LocalStore;

/**
 * The commands that may go out together: the first unanswered command of each record (so
 * commands for one record still go strictly one after another), all attachments uploaded,
 * oldest first, leaving out @p exclude (those already on their way). The same rule as
 * Outbox::next(), for up to @p max commands at once.
 */
[[nodiscard]] QList<Outbox::Entry> readyCommands(LocalStore &store, int max,
                                                 const QSet<QString> &exclude);
