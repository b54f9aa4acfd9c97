#pragma once
// One kind's records as CSV for Excel (csv_writer.h): the record id, the unit's id and name, then one
// column per field of the record schema, headed with its Vietnamese label. Dates dd/mm/yyyy, yes/no as
// "Có"/"Không", choices in Vietnamese words (domain/choice_labels.h), lists of people as ids separated by "; ".
#include "plan/record_view.h"

#include <QByteArray>
#include <QHash>
#include <vector>

namespace sohoi::server {

/// The CSV file of records, all of kind.
QByteArray recordsCsv(RecordKind kind, const std::vector<plan::RecordView>& records,
                      const QHash<QString, QString>& unitNames);

/// The file name of kind's export: "activity.csv", "household_visit.csv", …
QString recordsCsvFileName(RecordKind kind);

}  // namespace sohoi::server
