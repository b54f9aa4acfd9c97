#pragma once
// The rules every record version must pass, on the device before it is saved and on the server before it
// is stored: the same code on both sides, so a device never queues what the server will refuse.
#include "domain/record_version.h"
#include "domain/rejection.h"
#include "validation_context.h"

#include <optional>

namespace sohoi {

/// The first rule the version breaks, or nothing when it is valid. Tombstones only need a valid envelope and
/// texts and lists within their bounds.
std::optional<Rejection> validateRecordVersion(const RecordVersion& version, const ValidationContext& context);

/// Only the field rules (types, required, ranges, cross-field rules), for forms that check as the user types.
std::optional<Rejection> validateFields(RecordKind kind, const QVariantMap& fields, const ValidationContext& context);

}  // namespace sohoi
