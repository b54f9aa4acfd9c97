#pragma once
// How a plan's record filters read records: which field places a kind in time, which kind an id field
// points to, and whether field conditions hold. Shared by the loader (to check a plan) and the engine.
#include <QDate>
#include <optional>

#include "plan.h"
#include "record_view.h"

namespace sohoi::plan {

/// The days a period covers, both ends included.
struct PeriodRange {
  QDate start;
  QDate end;
};

/// Where a record stands relative to a period.
enum class Placement { Before, In, After, Undated };

/// The field that usually places a kind in time ("date", "joined_on", "year", …); empty for kinds that
/// describe a standing state (person, household). An Integer field holds a year.
QString periodField(RecordKind kind);

/// The kind of record an Id or IdList field names: household_visit.household_id → household,
/// training.trainee_ids / employed_ids, programme_contribution.person_id and economic_support.person_ids →
/// person, household_visit.help_id → economic_support.
std::optional<RecordKind> referencedKind(RecordKind kind, const QString& field);

/// True for the kinds some id field names (person, household, economic support): the records a filter's
/// references are looked up among.
bool isReferencedKind(RecordKind kind);

/// Where the record falls, by the filter's date field (or the kind's usual one). A year field places the
/// record by year: "in" when its year overlaps the period.
Placement placeRecord(const RecordView& record, const QString& dateField, const PeriodRange& period);

/// The moment used to order records when only the latest counts: the date (a year counts as its 1 Jan),
/// then the HLC; records without a date order by HLC alone.
QDate sortDate(const RecordView& record, const QString& dateField);

/// True when every condition holds for fields of kind.
bool matchesAll(RecordKind kind, const QVariantMap& fields, const std::vector<FieldCondition>& conditions);

}  // namespace sohoi::plan
