#pragma once
// A unit's placement that ended: the org tree's history (DESIGN §2), so last year's figures still add up
// after units move or merge.
#include <QDate>
#include <QString>

namespace sohoi {

/// Before validTo (since validFrom, or always when invalid) the unit's parent was parentId; mergedInto
/// names the unit that took it over on validTo.
struct UnitHistoryEntry {
  QString unitId;
  QString parentId;
  QDate validFrom;
  QDate validTo;
  QString mergedInto;
};

}  // namespace sohoi
