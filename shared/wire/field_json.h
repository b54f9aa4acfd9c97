#pragma once
// A version's fields as compact JSON text, the storage form on server and device (one column, so new
// fields need no migration). Dates are ISO "yyyy-MM-dd".
#include "domain/record_version.h"

#include <QByteArray>

namespace sohoi {

QByteArray fieldsToJson(RecordKind kind, const QVariantMap& fields);
/// Unknown keys are kept out; values are converted to the schema's types.
QVariantMap fieldsFromJson(RecordKind kind, const QByteArray& json);

/// A digest of everything a version says (envelope and fields, not who transported it): equal digests
/// mean a resend, different ones under the same version id mean a conflict.
QByteArray contentHash(const RecordVersion& version);
/// The same, over fields already encoded with fieldsToJson (callers that store the JSON build it once).
QByteArray contentHash(const RecordVersion& version, const QByteArray& fieldsJson);

}  // namespace sohoi
