#include "report_request.h"

namespace sohoi::server {

QString reportUnitId(const OrgTree& tree, const QString& spec, const QString& preferredRoot) {
  if (spec != QLatin1String("root")) return tree.contains(spec) ? spec : QString();
  if (!preferredRoot.isEmpty() && tree.contains(preferredRoot)) return preferredRoot;
  for (const OrgUnit& unit : tree.units())
    if (unit.parentId.isEmpty()) return unit.id;
  return {};
}

ReportProblem unknownReportUnit(const QString& spec) {
  return {ReportRefusal::UnknownUnit, QStringLiteral("Không có đơn vị %1").arg(spec),
          QStringLiteral("No unit %1").arg(spec)};
}

}  // namespace sohoi::server
