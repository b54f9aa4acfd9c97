#pragma once
// Checks a list of org units before it becomes the tree: every parent exists, no unit is its own
// ancestor, ids are unique, one root, and a child sits at a lower level than its parent. The tree loader
// (CSV or admin command) calls it and refuses the file when anything is found.
#include <QString>
#include <vector>

#include "domain/org_unit.h"

namespace sohoi::plan {

enum class OrgUnitProblemKind {
  DuplicateId,    // two rows with one id
  UnknownParent,  // the parent id names no unit
  Cycle,          // following parents comes back to the unit
  NoRoot,         // every unit has a parent
  SeveralRoots,   // more than one unit without a parent
  LevelNotBelow,  // a child's level is not below its parent's (e.g. a commune under a branch)
};

struct OrgUnitProblem {
  OrgUnitProblemKind kind = OrgUnitProblemKind::UnknownParent;
  QString unitId;  // the offending unit (for a cycle: each unit on it is reported once)
  QString messageVi;
  QString messageEn;
  /// "messageVi / messageEn".
  QString bilingual() const { return messageVi + QStringLiteral(" / ") + messageEn; }
};

/// Every problem found, in the order of the units given; empty when the list forms one tree.
std::vector<OrgUnitProblem> validateOrgUnits(const std::vector<OrgUnit>& units);

}  // namespace sohoi::plan
