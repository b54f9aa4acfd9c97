#pragma once
// Words for what the record schema stores as numbers or names: the kinds of record (translatable) and the
// values of Choice fields, in the app's language from the shared table (domain/choice_labels.h) the
// server's CSV export writes with too.
#include "domain/record_kind.h"

#include <QString>
#include <QVariantList>

namespace sohoi::app {

/// "Activity", "Household visit", … in the current language.
QString kindLabel(RecordKind kind);
/// The plural heading of a list ("Activities", …) in the current language.
QString kindListLabel(RecordKind kind);
/// The label of value for a Choice field; empty when unknown or unset (0).
QString choiceLabel(RecordKind kind, const QString& field, int value);
/// [{value, label}] for a Choice field, in value order.
QVariantList choiceOptions(RecordKind kind, const QString& field);

}  // namespace sohoi::app
