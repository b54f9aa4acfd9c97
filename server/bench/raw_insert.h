#pragma once
// The limit the server's ingest is measured against: the same rows (a version, its record head and its
// push answer per record) written straight into a fresh server-schema SQLite file, in one transaction
// with prepared statements, no gRPC, no validation, no per-batch bookkeeping.
#include "domain/record_version.h"

#include <QString>
#include <vector>

namespace sohoi::server::bench {

/// Inserts versions into the server database at sqlitePath (its schema already created) and returns the
/// seconds taken, or a negative number with *error set.
double rawBulkInsert(const QString& sqlitePath, const std::vector<RecordVersion>& versions, QString* error);

}  // namespace sohoi::server::bench
