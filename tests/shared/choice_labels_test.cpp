// The words for choice values are data both sides read: every value a Choice field accepts has them, in
// Vietnamese and in English, and nothing outside the field's range does.
#include "domain/choice_labels.h"
#include "domain/record_schema.h"

#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("every value of every choice field has words in Vietnamese and in English") {
  for (RecordKind kind : allRecordKinds()) {
    for (const FieldSpec& spec : schemaFor(kind).fields) {
      if (spec.type != FieldType::Choice) continue;
      INFO(recordKindName(kind).toStdString() << "." << spec.name.toStdString());
      for (int value = 1; value <= spec.max; ++value) {
        const QString vi = choiceLabel(kind, spec.name, value, Language::Vietnamese);
        const QString en = choiceLabel(kind, spec.name, value, Language::English);
        CHECK_FALSE(vi.isEmpty());
        CHECK_FALSE(en.isEmpty());
      }
      CHECK(choiceLabel(kind, spec.name, 0, Language::Vietnamese).isEmpty());
      CHECK(choiceLabel(kind, spec.name, static_cast<int>(spec.max) + 1, Language::Vietnamese).isEmpty());
    }
  }
}

TEST_CASE("a unit rating reads as the glossary's words in either language") {
  const QString rating = QStringLiteral("rating");
  CHECK(choiceLabel(RecordKind::UnitRating, rating, 1, Language::Vietnamese) == QStringLiteral("Xuất sắc"));
  CHECK(choiceLabel(RecordKind::UnitRating, rating, 1, Language::English) == QStringLiteral("Excellent"));
  CHECK(choiceLabel(RecordKind::UnitRating, QStringLiteral("year"), 1, Language::Vietnamese).isEmpty());
}
