#pragma once
// Progress computed from the database with nothing kept: every current record read and counted by the
// shared engine. `sohoi-admin progress` answers with it, and tests hold the server's incremental figures
// against it.
#include "progress_inputs.h"

#include "plan/progress_engine.h"

#include <memory>

namespace sohoi::server {

class Database;

struct ScratchProgress {
  ProgressInputs inputs;
  std::unique_ptr<plan::ProgressEngine> engine;
};

/// nullopt and *error (bilingual) when there is no usable plan. asOf invalid: today. Throws StorageError.
std::optional<ScratchProgress> progressFromScratch(Database& database, QDate asOf, QString* error);

}  // namespace sohoi::server
