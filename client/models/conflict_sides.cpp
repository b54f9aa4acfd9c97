#include "conflict_sides.h"

#include <QHash>
#include <QSet>

namespace sohoi::app {

namespace {

/// Whether edit, made from base (null: from nothing), set a field that head also set since base, to a
/// different value: the server's "same field" rule, less the edits head has already taken in.
bool disagrees(const RecordVersion* base, const RecordVersion& head, const RecordVersion& edit) {
  const QVariantMap none;
  const QVariantMap& before = base ? base->fields : none;
  QSet<QString> names;
  for (auto it = edit.fields.cbegin(); it != edit.fields.cend(); ++it) names.insert(it.key());
  for (auto it = before.cbegin(); it != before.cend(); ++it) names.insert(it.key());
  for (const QString& name : names) {
    const QVariant was = before.value(name);
    const QVariant mine = edit.fields.value(name);
    const QVariant theirs = head.fields.value(name);
    if (mine != was && theirs != was && mine != theirs) return true;
  }
  return false;
}

}  // namespace

std::optional<ConflictSides> conflictSides(const std::vector<RecordVersion>& versions, const QString& headVersionId) {
  QHash<QString, const RecordVersion*> byId;
  for (const RecordVersion& version : versions) byId.insert(version.versionId, &version);
  const RecordVersion* head = byId.value(headVersionId);
  if (!head) return std::nullopt;
  // What the head descends from is already part of it, whichever device made it.
  QSet<QString> ancestry;
  for (const RecordVersion* v = head; v && !ancestry.contains(v->versionId); v = byId.value(v->baseVersionId))
    ancestry.insert(v->versionId);

  const RecordVersion* rival = nullptr;
  for (const RecordVersion& version : versions) {
    if (ancestry.contains(version.versionId) || version.deleted) continue;
    if (!disagrees(byId.value(version.baseVersionId), *head, version)) continue;
    if (!rival || version.hlc > rival->hlc || (version.hlc == rival->hlc && version.versionId > rival->versionId))
      rival = &version;
  }
  if (!rival) return std::nullopt;
  return ConflictSides{*head, *rival};
}

}  // namespace sohoi::app
