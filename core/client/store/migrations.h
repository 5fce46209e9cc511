#pragma once

#include <QStringList>

/// The schema's migration steps: step i (0-based) takes user_version i to i + 1.
/// Each step is a list of statements run in one transaction with the version bump.
const QList<QStringList> &storeMigrations();
