#pragma once
// The two versions a person chooses between when the server flags a record's hard conflict (DESIGN §5).
// The server keeps the version that came first as the head and stores the other edit beside it; a device
// holds every version of its scope, so it finds that other edit again from the versions alone: one that
// the head does not descend from and that set a field the head also changed, to another value.
#include "domain/record_version.h"

#include <optional>
#include <vector>

namespace sohoi::app {

struct ConflictSides {
  RecordVersion head;   // the record's current version: what every device shows until someone chooses
  RecordVersion rival;  // the latest edit that disagrees with it
};

/// The sides of a record whose head is headVersionId, from its versions (any order); none when the head
/// is unknown or no version disagrees with it (the rival has not arrived yet, or was deleted).
std::optional<ConflictSides> conflictSides(const std::vector<RecordVersion>& versions, const QString& headVersionId);

}  // namespace sohoi::app
