#pragma once
// The 8 criteria of "Gia đình 5 không, 3 sạch" as household-visit fields (record_schema.cpp), in order.
#include <QStringList>
#include <QVariantMap>

namespace sohoi::app {

inline const QStringList& criteriaFields() {
  static const QStringList fields = {
      QStringLiteral("no_poverty"),           QStringLiteral("no_law_violation"),
      QStringLiteral("no_domestic_violence"), QStringLiteral("no_third_child"),
      QStringLiteral("no_malnutrition_dropout"), QStringLiteral("clean_house"),
      QStringLiteral("clean_kitchen"),        QStringLiteral("clean_lane")};
  return fields;
}

/// Whether name is one of the 8 criteria: each is phrased as what a good household has ("Không có bạo lực
/// gia đình"), so it reads as Đạt / Chưa đạt (met / not yet met), never as "Có" / "Không" (yes / no).
inline bool isCriterion(const QString& name) { return criteriaFields().contains(name); }

/// How many of the 8 criteria the visit's fields mark as met.
inline int criteriaMet(const QVariantMap& fields) {
  int met = 0;
  for (const QString& field : criteriaFields())
    if (fields.value(field).toBool()) ++met;
  return met;
}

}  // namespace sohoi::app
