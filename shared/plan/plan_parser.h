#pragma once
// The plan file parser's internals, shared by plan_loader.cpp (the plan, its indicators and shapes) and
// plan_parser_records.cpp (record filters, field conditions, quantities and amounts). Not public API:
// use plan_loader.h.
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>

#include "domain/record_schema.h"
#include "plan_loader.h"

namespace sohoi::plan {

// One pass over one file. Each check that fails records an error and parsing goes on, so an author sees
// every problem at once; the plan is returned only when none was found.
class PlanParser {
 public:
  PlanParser(const QByteArray& text, const QString& file)
      : text_(text), file_(file), range_{0, text.size()} {}

  PlanLoadResult parse();

 private:
  /// Records an error on the line of key (with value, when given) in the current range.
  void fail(const QString& key, const QJsonValue& value, const QString& vi, const QString& en);
  void checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& where);
  bool nonNegative(const QJsonObject& object, const QString& key, double* out);
  std::optional<Indicator> parseIndicator(const QJsonObject& object);
  /// The keys "levels" and "unit_types" of a coverage or distribution indicator.
  void parseJudgedUnits(const QJsonObject& object, Indicator* indicator);
  bool parseMeasure(const QJsonObject& object, Measure* measure, bool nested);
  bool parsePercents(const QJsonObject& object, Measure* measure, bool share);
  bool parseTargets(const QJsonObject& object, Measure* measure);
  bool parseQuantity(const QJsonObject& object, Quantity* quantity, bool distinctRequired);
  bool parseAmount(const QJsonValue& value, const QString& key, Amount* amount);
  bool parseFilter(const QJsonValue& value, RecordFilter* filter);
  /// {"field": an id field of kind, "where": conditions on the record it names} (a filter's "ref").
  bool parseReference(RecordKind kind, const QJsonValue& value, const QString& key, QString* field,
                      std::vector<FieldCondition>* conditions);
  bool parseConditions(RecordKind kind, const QJsonValue& value, const QString& key,
                       std::vector<FieldCondition>* conditions);
  std::optional<QVariant> conditionValue(RecordKind kind, const FieldSpec& spec, const QJsonValue& value);
  bool fieldOfType(RecordKind kind, const QJsonValue& value, const QString& key,
                   std::initializer_list<FieldType> types, QString* out);
  bool baselineName(const QJsonObject& object, const QString& key, QString* out);

  const QByteArray& text_;
  QString file_;
  QPair<qsizetype, qsizetype>
      range_;  // the part of the text errors are looked for in: the current indicator, or the whole file
  std::vector<PlanError> errors_;
};

/// A JSON value as it is written in the text, to find its line: "text", 12, true.
QByteArray jsonText(const QJsonValue& value);

}  // namespace sohoi::plan
