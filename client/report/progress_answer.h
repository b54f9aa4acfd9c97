#pragma once
// Tiến độ chỉ tiêu (target progress) as ReportService answers it, in domain types: the plan's indicators
// and one unit's figures with its children's. The workspace's dashboard reads it; nothing here knows
// protobuf (progress_codec.h converts at the edge).
#include "domain/org_unit.h"
#include "plan/progress.h"

#include <QDate>
#include <QString>
#include <vector>

namespace sohoi::client {

/// One indicator (chỉ tiêu) of the plan, as the workspace lists it.
struct IndicatorInfo {
  QString id;
  int group = 0;  // the seed's target group (nhóm chỉ tiêu) 1–10; 0 for other items
  QString titleVi;
  QString titleEn;
  UnitLevel level = UnitLevel::Province;  // the level the target is judged at
  QString shape;                          // "count", "coverage", … (plan/plan.h)
  bool quarterly = false;                 // read for the quarter containing the reading day
};

/// The plan the figures are read against.
struct PlanInfo {
  QString provinceId;
  int year = 0;
  QString titleVi;
  QString titleEn;
  std::vector<IndicatorInfo> indicators;  // in plan order, as every UnitProgress's indicators
};

/// One answer to GetProgress: the unit and its children as deep as asked, read on asOf.
struct ProgressAnswer {
  PlanInfo plan;
  plan::UnitProgress unit;
  QDate asOf;
  qint64 serverTimeMs = 0;
};

}  // namespace sohoi::client
