#pragma once
// The conflict rule of DESIGN §5 for an edit that did not start from the record's head: what each side
// changed since the common base decides between an automatic merge (disjoint fields, a soft conflict)
// and keeping both versions for a person to choose (the same field, a hard conflict).
#include "domain/record_version.h"

#include <QSet>
#include <QString>
#include <optional>

namespace sohoi::server {

/// The fields (plus "@deleted" and "@unit" for the envelope) whose values differ between from and to.
/// from may be null: a record's "first version" edited by someone who never saw it.
QSet<QString> changedFields(const RecordVersion* from, const RecordVersion& to);

/// head with incoming's changes since base applied on top, as a new version made by the server (new
/// UUIDv7, base = head, author = incoming's author, no device, a stamp later than both). Nothing when
/// both sides changed a field in common.
std::optional<RecordVersion> mergeVersions(const RecordVersion* base, const RecordVersion& head,
                                           const RecordVersion& incoming);

}  // namespace sohoi::server
