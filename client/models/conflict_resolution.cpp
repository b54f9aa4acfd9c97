#include "conflict_resolution.h"

#include "auth/record_permissions.h"
#include "choice_labels.h"
#include "form_values.h"
#include "language.h"
#include "record_text.h"

namespace sohoi::app {

namespace {

/// A field's value as the schema means it: an unset tick box is "no" (protobuf's default), so it equals
/// an explicit no.
QVariant valueOf(const FieldSpec& spec, const QVariantMap& fields) {
  const QVariant value = fields.value(spec.name);
  if (spec.type == FieldType::Boolean) return value.toBool();
  return value;
}

bool isCustomizable(const FieldSpec& spec) {
  return spec.type == FieldType::Text || spec.type == FieldType::Integer || spec.type == FieldType::Date;
}

const char* sideName(int side) {
  static const char* const names[] = {"left", "right", "custom"};
  return names[side];
}

}  // namespace

ConflictResolution::ConflictResolution(QObject* parent) : QAbstractListModel(parent) {}

void ConflictResolution::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    connect(manager_, &RecordManager::recordSaved, this, &ConflictResolution::refresh);
    connect(manager_, &RecordManager::reloaded, this, &ConflictResolution::refresh);
    connect(manager_, &RecordManager::languageChanged, this, &ConflictResolution::refresh);
  }
  emit managerChanged();
  refresh();
}

void ConflictResolution::setRecordId(const QString& recordId) {
  if (recordId == recordId_) return;
  recordId_ = recordId;
  emit recordIdChanged();
  refresh();
}

QString ConflictResolution::valueText(const FieldSpec& spec, const QVariantMap& fields) const {
  const QVariant value = valueOf(spec, fields);
  if (!value.isValid()) return QStringLiteral("—");
  return fieldValueText(*manager_, sides_->head.kind, spec, value);
}

ConflictResolution::Side ConflictResolution::startingSide(const FieldSpec& spec) const {
  const std::optional<RecordVersion> base = manager_->store().version(sides_->rival.baseVersionId);
  const QVariant was = base ? valueOf(spec, base->fields) : QVariant();
  const bool rightChanged = valueOf(spec, sides_->rival.fields) != was;
  const bool leftChanged = valueOf(spec, sides_->head.fields) != was;
  return rightChanged && !leftChanged ? Side::Right : Side::Left;
}

void ConflictResolution::refresh() {
  beginResetModel();
  std::optional<ConflictSides> before = std::move(sides_);
  std::vector<Row> previous = std::move(rows_);
  sides_.reset();
  rows_.clear();
  sameFields_.clear();
  title_.clear();
  mayResolve_ = false;
  std::optional<client::StoredRecord> record;
  if (manager_ && manager_->isOpen() && !recordId_.isEmpty()) record = manager_->store().record(recordId_);
  if (record && !record->deleted && record->conflict == client::ConflictState::Hard)
    sides_ = conflictSides(manager_->store().versions(recordId_), record->head.versionId);
  if (sides_) {
    const client::LocalStore& store = manager_->store();
    mayResolve_ = permits(manager_->role(), sides_->head.kind, RecordAction::Edit,
                          relationOf(store.orgTree(), store.account().unitId, sides_->head.unitId));
    const std::optional<RecordSummary> summary = manager_->summary(recordId_);
    title_ = summary ? summary->title : kindLabel(sides_->head.kind);
    leftOrigin_ = versionOrigin(*manager_, sides_->head);
    leftTime_ = stampTime(sides_->head.hlc);
    rightOrigin_ = versionOrigin(*manager_, sides_->rival);
    rightTime_ = stampTime(sides_->rival.hlc);
    // A sync that brought nothing new for this record keeps what the reviewer chose so far.
    const bool sameSides = before && before->head.versionId == sides_->head.versionId &&
                           before->rival.versionId == sides_->rival.versionId;
    for (const FieldSpec& spec : schemaFor(sides_->head.kind).fields) {
      const QString label = localized(spec.labelVi, spec.labelEn);
      if (valueOf(spec, sides_->head.fields) == valueOf(spec, sides_->rival.fields)) {
        if (valueOf(spec, sides_->head.fields).isValid())
          sameFields_.append(QVariantMap{{QStringLiteral("label"), label},
                                         {QStringLiteral("value"), valueText(spec, sides_->head.fields)}});
        continue;
      }
      Row row{&spec, valueText(spec, sides_->head.fields), valueText(spec, sides_->rival.fields), startingSide(spec), {}};
      if (sameSides)
        for (const Row& old : previous)
          if (old.spec == &spec) {
            row.chosen = old.chosen;
            row.custom = old.custom;
          }
      rows_.push_back(std::move(row));
    }
  }
  endResetModel();
  emit changed();
}

int ConflictResolution::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ConflictResolution::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Row& row = rows_[static_cast<size_t>(index.row())];
  switch (role) {
    case NameRole: return row.spec->name;
    case Qt::DisplayRole:
    case LabelRole: return localized(row.spec->labelVi, row.spec->labelEn);
    case LeftRole: return row.left;
    case RightRole: return row.right;
    case ChosenRole: return QString::fromLatin1(sideName(static_cast<int>(row.chosen)));
    case CustomRole: return row.custom;
    case CustomizableRole: return isCustomizable(*row.spec);
    default: return {};
  }
}

QHash<int, QByteArray> ConflictResolution::roleNames() const {
  return {{NameRole, "name"},     {LabelRole, "label"},   {LeftRole, "leftValue"},
          {RightRole, "rightValue"},   {ChosenRole, "chosen"}, {CustomRole, "custom"},
          {CustomizableRole, "customizable"}};
}

void ConflictResolution::choose(int row, const QString& side) {
  if (row < 0 || row >= rowCount()) return;
  Row& target = rows_[static_cast<size_t>(row)];
  if (side == QLatin1String("left")) {
    target.chosen = Side::Left;
  } else if (side == QLatin1String("right")) {
    target.chosen = Side::Right;
  } else if (side == QLatin1String("custom") && isCustomizable(*target.spec)) {
    target.chosen = Side::Custom;
  } else {
    return;
  }
  emit dataChanged(index(row), index(row), {ChosenRole});
}

void ConflictResolution::chooseAll(const QString& side) {
  for (int row = 0; row < rowCount(); ++row) choose(row, side);
}

void ConflictResolution::setCustom(int row, const QString& text) {
  if (row < 0 || row >= rowCount() || !isCustomizable(*rows_[static_cast<size_t>(row)].spec)) return;
  rows_[static_cast<size_t>(row)].custom = text;
  emit dataChanged(index(row), index(row), {CustomRole});
  choose(row, QStringLiteral("custom"));
}

QVariant ConflictResolution::chosenValue(const Row& row) const {
  switch (row.chosen) {
    case Side::Left: return sides_->head.fields.value(row.spec->name);
    case Side::Right: return sides_->rival.fields.value(row.spec->name);
    case Side::Custom:
      // The form's own conversion, so a typed value means what it means in the editor.
      return typedFields(sides_->head.kind, {{row.spec->name, row.custom}}).value(row.spec->name);
  }
  return {};
}

bool ConflictResolution::resolve() {
  if (!sides_ || !manager_ || !manager_->isOpen()) {
    setError(localized(QStringLiteral("Hồ sơ này không còn xung đột để giải quyết"),
                       QStringLiteral("This record has no conflict left to resolve")));
    return false;
  }
  if (!mayResolve_) {
    const Rejection refused = rejectionFor(ReasonCode::NotPermitted);
    setError(localized(refused.messageVi, refused.messageEn));
    return false;
  }
  QVariantMap fields = sides_->head.fields;
  for (const Row& row : rows_) {
    const QVariant value = chosenValue(row);
    if (value.isValid())
      fields.insert(row.spec->name, value);
    else
      fields.remove(row.spec->name);
  }
  // From the head: the server sees the person saw the current version, so this one replaces it as head.
  const client::Status status = manager_->edit(recordId_, fields, {sides_->head.versionId, {}});
  if (!status.isOk()) {
    setError(localized(status.messageVi(), status.messageEn()));
    return false;
  }
  setError({});
  emit resolved(recordId_);
  return true;
}

void ConflictResolution::setError(const QString& error) {
  if (error == error_) return;
  error_ = error;
  emit errorChanged();
}

}  // namespace sohoi::app
