#pragma once
// What a device computes its unit's progress from besides its records: the org tree, the newest plan and
// the 2020 baselines of its scope (DESIGN §4, §5: "plus the plan and org tree"). The server sends it with
// a pull whenever the version the device holds differs; the device stores it with the page it came with.
#include "domain/org_unit.h"
#include "unit_baseline.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace sohoi::plan {

/// A plan file as sohoi-admin load-plan stored it: its JSON text, parsed by whoever uses it (plan_loader.h).
struct PlanFile {
  int year = 0;
  QString fileName;
  QByteArray text;
};

struct ReferenceData {
  QString version;                     // names exactly this content (the server's SHA-256 over it)
  std::vector<OrgUnit> units;          // the whole org tree, parents before children
  std::optional<PlanFile> plan;        // none while the server has no plan
  std::vector<UnitBaseline> baselines; // the device's unit and every unit below it
};

}  // namespace sohoi::plan
