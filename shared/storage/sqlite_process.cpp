#include "sqlite_process.h"

#include <sqlite3.h>

namespace sohoi::storage {

void configureSqliteProcess() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

}  // namespace sohoi::storage
