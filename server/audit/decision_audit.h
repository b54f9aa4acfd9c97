#pragma once
// A decision is a privileged act (DESIGN §6a): every review decision and unit rating accepted through a
// push — from a tablet, a signed-in desktop or sohoi-admin approve|return — is written to the audit log
// inside the push's own transaction, one row per decision.
#include "domain/record_version.h"

namespace sohoi::server {

class Transaction;
struct Device;

/// Audits version when it is a decision kind (nothing otherwise). REQUIRES: tx is the push's write
/// transaction; version was accepted from device.
void auditAcceptedDecision(Transaction& tx, const Device& device, const RecordVersion& version, qint64 now);

}  // namespace sohoi::server
