#pragma once

#include <QStringList>

namespace Courtyard::Client {

/// The generic store's own migration steps (PRAGMA user_version): step i (0-based) takes
/// user_version i to i + 1, its statements in one transaction with the version bump. They
/// create only what names no feature: sync state, the generic records, the outbox, the
/// attachments and the per-module schema versions. Features bring their tables through the
/// EntityCatalog (ModuleSchema).
const QList<QStringList> &storeMigrations();

/// The user_version of stores written before schemas were per module (the repair loop's
/// store: one schema with every feature's tables). Opening one, each module starts from its
/// ModuleSchema::legacyVersion(LegacyUserVersion).
inline constexpr int LegacyUserVersion = 1;

} // namespace Courtyard::Client
