#pragma once
// The push batches a device sent, kept in a file so the server's push path can be timed on exactly those
// bytes (sohoi-bench, in tools/, writes it; sohoi-ingest-bench reads it). The format is protobuf's
// length-delimited stream: for each batch a varint byte count, then a serialized sohoi.v1.PushRequest.
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace sohoi::server::bench {

/// Every serialized PushRequest in the file at path, in order; nullopt and *error when unreadable.
std::optional<std::vector<std::string>> readPushBatches(const QString& path, QString* error);

}  // namespace sohoi::server::bench
