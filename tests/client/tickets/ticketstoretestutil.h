#pragma once

// The tickets module's store suites: the store suites' helpers (a ticket record shaped like
// the API's Ticket, changes, a store path) and the catalog of every module the apps have
// (cytest::catalog()).
#include "../store/storetestutil.h"
#include "testmodules.h"
