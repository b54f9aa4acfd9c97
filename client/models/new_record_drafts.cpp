#include "new_record_drafts.h"

#include "choice_labels.h"
#include "domain/record_schema.h"
#include "ids/uuid7.h"
#include "relative_time.h"

#include <QDateTime>

namespace sohoi::app {

namespace {

QString draftTitle(RecordKind kind, const QVariantMap& values) {
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    const QString text = values.value(spec.name).toString().trimmed();
    if (spec.type == FieldType::Text && !text.isEmpty()) return text;
  }
  return kindLabel(kind);
}

}  // namespace

QString newDraftKey(RecordKind kind) {
  return QStringLiteral("new:") + recordKindName(kind) + QLatin1Char(':') + newUuid7();
}

QVariantList newRecordDrafts(const client::LocalStore& store, RecordKind kind) {
  QVariantList drafts;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  for (const client::Draft& draft : store.drafts()) {
    if (draft.kind != recordKindName(kind) || !draft.recordId.isEmpty()) continue;
    drafts.append(QVariantMap{{QStringLiteral("key"), draft.key},
                              {QStringLiteral("title"), draftTitle(kind, draft.values)},
                              {QStringLiteral("changed"), relativeTimeText(draft.updatedAt, now)}});
  }
  return drafts;
}

QVariantList allDrafts(const client::LocalStore& store) {
  QVariantList drafts;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  for (const client::Draft& draft : store.drafts()) {
    const std::optional<RecordKind> kind = recordKindFromName(draft.kind);
    if (!kind) continue;
    drafts.append(QVariantMap{{QStringLiteral("key"), draft.key},
                              {QStringLiteral("kind"), draft.kind},
                              {QStringLiteral("recordId"), draft.recordId},
                              {QStringLiteral("title"), draftTitle(*kind, draft.values)},
                              {QStringLiteral("kindLabel"), kindLabel(*kind)},
                              {QStringLiteral("changed"), relativeTimeText(draft.updatedAt, now)}});
  }
  return drafts;
}

}  // namespace sohoi::app
