#include "progress_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sohoi::server {

namespace {

QString number(double value) {
  // Counts print as integers; percentages with up to two decimals.
  return value == static_cast<double>(static_cast<qint64>(value)) ? QString::number(static_cast<qint64>(value))
                                                                  : QString::number(value, 'f', 2);
}

QString csvCell(const QString& text) {
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))) return text;
  QString quoted = text;
  quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
  return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonObject unitJson(const plan::Plan& plan, const plan::UnitProgress& unit) {
  QJsonArray indicators;
  for (const plan::IndicatorProgress& progress : unit.indicators) {
    const plan::Indicator* indicator = plan.find(progress.indicatorId);
    QJsonObject item{{"id", progress.indicatorId},
                     {"group", progress.group},
                     {"value", progress.value},
                     {"target", progress.hasTarget ? QJsonValue(progress.target) : QJsonValue()},
                     {"status", plan::statusName(progress.status)},
                     {"value_unit", plan::valueUnitName(progress.valueUnit)}};
    if (indicator) {
      item.insert("title_vi", indicator->titleVi);
      item.insert("title_en", indicator->titleEn);
      item.insert("level", unitLevelName(indicator->level));
      item.insert("shape", plan::shapeName(indicator->measure.shape));
    }
    if (progress.unitsTotal >= 0) {
      item.insert("units_met", progress.unitsMet);
      item.insert("units_total", progress.unitsTotal);
    }
    if (!progress.quarters.empty()) {
      QJsonArray quarters;
      for (const plan::QuarterProgress& quarter : progress.quarters)
        quarters.append(QJsonObject{{"quarter", quarter.quarter},
                                    {"value", quarter.value},
                                    {"target", quarter.target},
                                    {"status", plan::statusName(quarter.status)}});
      item.insert("quarters", quarters);
    }
    indicators.append(item);
  }
  QJsonArray children;
  for (const plan::UnitProgress& child : unit.children) children.append(unitJson(plan, child));
  QJsonObject object{{"id", unit.unitId},
                     {"name", unit.unitName},
                     {"level", unitLevelName(unit.level)},
                     {"indicators", indicators}};
  if (!children.isEmpty()) object.insert("children", children);
  return object;
}

void tableRows(const plan::Plan& plan, const plan::UnitProgress& unit, int indent, QString* out) {
  const QString pad(indent * 2, QLatin1Char(' '));
  *out += QStringLiteral("%1%2 %3 (%4)\n").arg(pad, unit.unitId, unit.unitName, unitLevelName(unit.level));
  for (const plan::IndicatorProgress& progress : unit.indicators) {
    const plan::Indicator* indicator = plan.find(progress.indicatorId);
    QString figure = number(progress.value);
    if (progress.hasTarget) figure += QStringLiteral(" / ") + number(progress.target);
    if (progress.unitsTotal >= 0) figure += QStringLiteral(" (%1/%2)").arg(progress.unitsMet).arg(progress.unitsTotal);
    *out += QStringLiteral("%1  %2 %3 %4 %5  %6\n")
                .arg(pad)
                .arg(progress.indicatorId, -5)
                .arg(QStringLiteral("(%1)").arg(progress.group), -4)
                .arg(plan::statusLabelVi(progress.status), -12)
                .arg(figure, -26)
                .arg(indicator ? indicator->titleVi : QString());
  }
  for (const plan::UnitProgress& child : unit.children) tableRows(plan, child, indent + 1, out);
}

void csvRows(const plan::UnitProgress& unit, QString* out) {
  for (const plan::IndicatorProgress& p : unit.indicators)
    *out += QStringList{csvCell(unit.unitId), csvCell(unit.unitName), unitLevelName(unit.level), p.indicatorId,
                        QString::number(p.group), number(p.value), p.hasTarget ? number(p.target) : QString(),
                        plan::statusName(p.status), plan::valueUnitName(p.valueUnit),
                        p.unitsTotal >= 0 ? QString::number(p.unitsMet) : QString(),
                        p.unitsTotal >= 0 ? QString::number(p.unitsTotal) : QString()}
                .join(QLatin1Char(',')) +
            QLatin1Char('\n');
  for (const plan::UnitProgress& child : unit.children) csvRows(child, out);
}

}  // namespace

bool progressFormatFromName(const QString& name, ProgressFormat* format) {
  if (name == QLatin1String("table")) *format = ProgressFormat::Table;
  else if (name == QLatin1String("csv")) *format = ProgressFormat::Csv;
  else if (name == QLatin1String("json")) *format = ProgressFormat::Json;
  else return false;
  return true;
}

QString formatProgress(const plan::Plan& plan, const QDate& asOf, const plan::UnitProgress& progress,
                       ProgressFormat format) {
  QString out;
  switch (format) {
    case ProgressFormat::Table:
      out = QStringLiteral("%1 (%2), tính đến / as of %3\n").arg(plan.titleVi).arg(plan.year).arg(asOf.toString(Qt::ISODate));
      tableRows(plan, progress, 0, &out);
      break;
    case ProgressFormat::Csv:
      out = QStringLiteral("unit_id,unit_name,level,indicator_id,group,value,target,status,value_unit,units_met,"
                           "units_total\n");
      csvRows(progress, &out);
      break;
    case ProgressFormat::Json: {
      const QJsonObject root{{"plan", QJsonObject{{"province", plan.provinceId},
                                                  {"year", plan.year},
                                                  {"title_vi", plan.titleVi},
                                                  {"title_en", plan.titleEn}}},
                             {"as_of", asOf.toString(Qt::ISODate)},
                             {"unit", unitJson(plan, progress)}};
      out = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
      break;
    }
  }
  return out;
}

}  // namespace sohoi::server
