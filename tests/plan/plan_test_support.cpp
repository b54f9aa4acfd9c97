#include "plan_test_support.h"

#include <catch2/catch.hpp>

namespace sohoi::plan::test {

OrgTree smallTree() {
  return OrgTree({{"P", "", "Tỉnh", UnitLevel::Province},
                  {"D1", "P", "Huyện 1", UnitLevel::District},
                  {"D2", "P", "Huyện 2", UnitLevel::District},
                  {"C1", "D1", "Xã 1", UnitLevel::Commune},
                  {"C2", "D1", "Xã 2", UnitLevel::Commune},
                  {"C3", "D2", "Xã 3", UnitLevel::Commune},
                  {"C1-1", "C1", "Chi hội 1-1", UnitLevel::Branch},
                  {"C1-2", "C1", "Chi hội 1-2", UnitLevel::Branch},
                  {"C2-1", "C2", "Chi hội 2-1", UnitLevel::Branch},
                  {"C3-1", "C3", "Chi hội 3-1", UnitLevel::Branch}});
}

Plan planWith(const char* indicatorsJson) {
  const QByteArray text = QByteArrayLiteral(
                              "{\"format\": \"sohoi-plan/1\", \"province\": \"P\", \"year\": 2021,\n"
                              "\"indicators\": [\n") +
                          QByteArray(indicatorsJson) + QByteArrayLiteral("\n]}\n");
  PlanLoadResult result = parsePlan(text, QStringLiteral("test-plan.json"));
  for (const PlanError& error : result.errors) UNSCOPED_INFO(error.toString().toStdString());
  REQUIRE(result.ok());
  return *result.plan;
}

Records& Records::add(RecordKind kind, const QString& unitId, QVariantMap fields, const QString& id) {
  RecordView record;
  record.recordId = id.isEmpty() ? QStringLiteral("r%1").arg(records_.size() + 1) : id;
  record.kind = kind;
  record.unitId = unitId;
  record.hlc = static_cast<HlcStamp>(records_.size() + 1);
  record.fields = std::move(fields);
  records_.push_back(record);
  return *this;
}

QVariantMap person(int role) { return {{"full_name", QStringLiteral("Nguyễn Thị A")}, {"role", role}}; }

QVariantMap activity(int kind, const QDate& date) {
  return {{"kind", kind}, {"title", QStringLiteral("Hoạt động")}, {"date", date}};
}

QVariantMap training(int kind, const QDate& date, const QStringList& trainees, const QStringList& employed) {
  QVariantMap fields{
      {"kind", kind}, {"title", QStringLiteral("Lớp")}, {"date", date}, {"trainee_ids", trainees}};
  if (!employed.isEmpty()) fields.insert("employed_ids", employed);
  return fields;
}

QVariantMap visit(const QString& householdId, const QDate& date, bool allEight) {
  QVariantMap fields{{"household_id", householdId}, {"date", date}};
  for (const char* criterion : {"no_poverty", "no_law_violation", "no_domestic_violence", "no_third_child",
                                "no_malnutrition_dropout", "clean_house", "clean_kitchen", "clean_lane"})
    fields.insert(QString::fromLatin1(criterion), allEight);
  return fields;
}

IndicatorProgress evaluateAt(const ProgressEngine& engine, const QString& unitId,
                             const QString& indicatorId) {
  const Indicator* indicator =
      indicatorId.isEmpty() ? &engine.plan().indicators.front() : engine.plan().find(indicatorId);
  REQUIRE(indicator);
  return engine.evaluate(*indicator, unitId);
}

}  // namespace sohoi::plan::test
