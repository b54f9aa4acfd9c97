#pragma once
// The bridge between what a form holds (text as typed, ticks, chosen values) and a record's typed fields
// (record_schema.h), and the per-field messages of the shared validation rules.
#include "domain/record_schema.h"
#include "validation/validation_context.h"

#include <QHash>
#include <QVariantMap>

namespace sohoi::app {

/// Raw form values → typed fields. Unset values are left out (protobuf's "default means unset"); text
/// that is not a number or a date is kept as text so the shared rules name the mistake.
QVariantMap typedFields(RecordKind kind, const QVariantMap& raw);

/// Typed fields (a stored version) → raw form values.
QVariantMap rawFields(RecordKind kind, const QVariantMap& typed);

/// A raw value read back from a JSON draft, with the type the form uses for spec.
QVariant rawFromJson(const FieldSpec& spec, const QVariant& value);

/// The text a form shows for a date ("05/03/2021"), and the one it reads.
QString formatDate(const QDate& date);
QDate parseDate(const QString& text);

/// Every field's message under the shared rules (validateFields), in the current language: validateFields
/// stops at the first broken rule, so each broken field is set aside and the rest checked again.
QHash<QString, QString> fieldMessages(RecordKind kind, const QVariantMap& typed, const ValidationContext& context);

}  // namespace sohoi::app
