#include "apptool.h"

namespace Courtyard::Client {

AppTool::~AppTool() = default;

} // namespace Courtyard::Client
