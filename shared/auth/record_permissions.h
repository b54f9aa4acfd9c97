#pragma once
// Who may do what to which records (DESIGN §6a): one table, as data, for every role × record kind ×
// action × unit relation. The server checks every pushed version against it (and against the record's
// current unit as well as its new one); the app reads it only to offer what the server will accept.
#include "role.h"
#include "unit_relation.h"

#include "domain/record_kind.h"
#include "domain/rejection.h"

#include <optional>
#include <vector>

namespace sohoi {

enum class RecordAction {
  Create,  // a record's first version
  Edit,    // a later version
  Delete,  // a tombstone
  Decide,  // any version of a decision about another record or unit (review decision, unit rating)
};

/// One row of the table: role may take these actions on these kinds at units so related to its own.
struct RecordGrant {
  Role role;
  std::vector<RecordKind> kinds;
  std::vector<RecordAction> actions;
  std::vector<UnitRelation> relations;
};

/// The whole table. Anything it does not grant is refused.
const std::vector<RecordGrant>& recordGrants();
/// Decisions about another record or unit, made only by a level above it: review decisions, unit ratings.
bool isDecisionKind(RecordKind kind);
/// The action a version of kind takes: Decide for decision kinds, else Create / Edit / Delete.
RecordAction actionFor(RecordKind kind, bool recordExists, bool tombstone);
bool permits(Role role, RecordKind kind, RecordAction action, UnitRelation relation);
/// Why role may not take action on kind at relation: OutOfScope above or beside its unit (saying nothing
/// of what is there), NotPermitted where the table grants nothing; nullopt when permitted.
std::optional<Rejection> refusalFor(Role role, RecordKind kind, RecordAction action, UnitRelation relation);
/// Whether an actor at actorUnitId may read a record at recordUnitId, and so the photos it lists: the
/// actor's own unit and the units below it.
bool mayReadRecord(const OrgTree& tree, const QString& actorUnitId, const QString& recordUnitId);
/// "create", "edit", "delete", "decide".
QString recordActionName(RecordAction action);

}  // namespace sohoi
