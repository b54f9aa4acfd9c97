#include "progress_codec.h"

namespace sohoi {

namespace {

plan::Status statusOf(v1::ProgressStatus status) {
  switch (status) {
    case v1::PROGRESS_STATUS_MET:
      return plan::Status::Met;
    case v1::PROGRESS_STATUS_NOT_MET:
      return plan::Status::NotMet;
    default:
      return plan::Status::NotApplicable;
  }
}

v1::ProgressStatus statusOf(plan::Status status) {
  switch (status) {
    case plan::Status::Met:
      return v1::PROGRESS_STATUS_MET;
    case plan::Status::NotMet:
      return v1::PROGRESS_STATUS_NOT_MET;
    case plan::Status::NotApplicable:
      break;
  }
  return v1::PROGRESS_STATUS_NOT_APPLICABLE;
}

// The wire enum counts from 1 in the order of plan::ValueUnit; an unknown one reads as a count.
plan::ValueUnit valueUnitOf(v1::ValueUnit unit) {
  if (unit < v1::VALUE_UNIT_COUNT || unit > v1::VALUE_UNIT_RATING) return plan::ValueUnit::Count;
  return static_cast<plan::ValueUnit>(unit - v1::VALUE_UNIT_COUNT);
}

v1::ValueUnit valueUnitOf(plan::ValueUnit unit) {
  return static_cast<v1::ValueUnit>(static_cast<int>(unit) + v1::VALUE_UNIT_COUNT);
}

QString text(const std::string& value) { return QString::fromStdString(value); }

}  // namespace

plan::UnitProgress fromProto(const v1::UnitProgress& wire) {
  plan::UnitProgress unit;
  unit.unitId = text(wire.unit_id());
  unit.unitName = text(wire.unit_name());
  unit.level = static_cast<UnitLevel>(wire.level());
  for (const v1::IndicatorProgress& item : wire.indicators()) {
    plan::IndicatorProgress figure;
    figure.indicatorId = text(item.indicator_id());
    figure.group = static_cast<int>(item.group());
    figure.value = item.value();
    figure.target = item.target();
    figure.hasTarget = item.has_target();
    figure.status = statusOf(item.status());
    figure.valueUnit = valueUnitOf(item.value_unit());
    if (item.has_units()) {
      figure.unitsMet = static_cast<int>(item.units_met());
      figure.unitsTotal = static_cast<int>(item.units_total());
    }
    for (const v1::QuarterProgress& wireQuarter : item.quarters()) {
      plan::QuarterProgress quarter{static_cast<int>(wireQuarter.quarter()), wireQuarter.value(),
                                    wireQuarter.target(), statusOf(wireQuarter.status())};
      if (wireQuarter.has_units()) {
        quarter.unitsMet = static_cast<int>(wireQuarter.units_met());
        quarter.unitsTotal = static_cast<int>(wireQuarter.units_total());
      }
      figure.quarters.push_back(quarter);
    }
    unit.indicators.push_back(figure);
  }
  for (const v1::UnitProgress& child : wire.children()) unit.children.push_back(fromProto(child));
  return unit;
}

void toProto(const plan::UnitProgress& unit, v1::UnitProgress* out) {
  out->set_unit_id(unit.unitId.toStdString());
  out->set_unit_name(unit.unitName.toStdString());
  out->set_level(static_cast<v1::UnitLevel>(unit.level));
  for (const plan::IndicatorProgress& figure : unit.indicators) {
    v1::IndicatorProgress* item = out->add_indicators();
    item->set_indicator_id(figure.indicatorId.toStdString());
    item->set_group(static_cast<quint32>(figure.group));
    item->set_value(figure.value);
    item->set_target(figure.target);
    item->set_has_target(figure.hasTarget);
    item->set_status(statusOf(figure.status));
    item->set_value_unit(valueUnitOf(figure.valueUnit));
    if (figure.unitsTotal >= 0) {
      item->set_has_units(true);
      item->set_units_met(static_cast<quint32>(figure.unitsMet));
      item->set_units_total(static_cast<quint32>(figure.unitsTotal));
    }
    for (const plan::QuarterProgress& quarter : figure.quarters) {
      v1::QuarterProgress* wireQuarter = item->add_quarters();
      wireQuarter->set_quarter(static_cast<quint32>(quarter.quarter));
      wireQuarter->set_value(quarter.value);
      wireQuarter->set_target(quarter.target);
      wireQuarter->set_status(statusOf(quarter.status));
      if (quarter.unitsTotal >= 0) {
        wireQuarter->set_has_units(true);
        wireQuarter->set_units_met(static_cast<quint32>(quarter.unitsMet));
        wireQuarter->set_units_total(static_cast<quint32>(quarter.unitsTotal));
      }
    }
  }
  for (const plan::UnitProgress& child : unit.children) toProto(child, out->add_children());
}

}  // namespace sohoi
