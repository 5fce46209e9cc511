#pragma once

// The feature modules the client suites run with: every module built in (as the apps have
// them), in one ModuleSet for the whole test run, and the store catalog they make together.

#include "clientmodule.h"
#include "store/entitycatalog.h"

#include <memory>

namespace cytest {

inline const Courtyard::Client::ModuleSet &modules()
{
    static const Courtyard::Client::ModuleSet set(Courtyard::Client::builtInModules());
    return set;
}

inline std::shared_ptr<const Courtyard::Client::EntityCatalog> catalog()
{
    return modules().catalog();
}

} // namespace cytest
