#pragma once
// Words for the values of Choice fields (protobuf enum values, records.proto), in Vietnamese and English, as
// data: the tablet shows them in its language and the server's records CSV writes the Vietnamese ones, so a
// spreadsheet reads "Tuyên truyền, giáo dục chính trị tư tưởng" rather than 1.
#include "record_kind.h"

#include <QString>

namespace sohoi {

/// The language words are wanted in.
enum class Language { Vietnamese, English };

/// The words for value of kind's Choice field; empty when the field has no words or value is unset (0)
/// or out of range.
QString choiceLabel(RecordKind kind, const QString& field, int value, Language language);

}  // namespace sohoi
