#include "record_editor.h"

#include "choice_labels.h"
#include "domain/field_limits.h"
#include "form_values.h"
#include "household_criteria.h"
#include "kind_catalogue.h"
#include "language.h"
#include "new_record_drafts.h"
#include "review_state.h"
#include "start_of_year.h"

#include "plan/record_filter.h"

#include <QCoreApplication>

namespace sohoi::app {

namespace {

QString typeName(const FieldSpec& spec) {
  // A criterion is a choice between Đạt and Chưa đạt, not a tick box: an untouched box would read "not met".
  if (isCriterion(spec.name)) return QStringLiteral("criterion");
  const FieldType type = spec.type;
  switch (type) {
    // Long texts ("Mô tả", "Hỗ trợ") get a box of several lines: a sentence or two is usual there.
    case FieldType::Text: return spec.max >= kMaxLongText ? QStringLiteral("longtext") : QStringLiteral("text");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Boolean: return QStringLiteral("boolean");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::Choice: return QStringLiteral("choice");
    case FieldType::Id: return QStringLiteral("id");
    case FieldType::IdList: return QStringLiteral("idlist");
    case FieldType::PhotoList: return QStringLiteral("photos");
  }
  return {};
}

ValidationContext contextFor(RecordManager* manager) {
  return ValidationContext::standard(&manager->store().orgTree());
}

}  // namespace

RecordEditor::RecordEditor(QObject* parent) : QAbstractListModel(parent) {}

int RecordEditor::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !kind_ ? 0 : static_cast<int>(schemaFor(*kind_).fields.size());
}

QHash<int, QByteArray> RecordEditor::roleNames() const {
  return {{NameRole, "name"},       {LabelRole, "label"},         {TypeRole, "type"},
          {RequiredRole, "mandatory"}, {TextRole, "text"},         {CheckedRole, "checked"},
          {ChoiceRole, "choice"},   {OptionsRole, "options"},     {MessageRole, "message"},
          {GroupRole, "group"},     {ShownRole, "shown"},         {SelectedIdsRole, "selectedIds"},
          {SelectedLabelsRole, "selectedLabels"}};
}

QVariant RecordEditor::data(const QModelIndex& index, int role) const {
  if (!kind_ || !index.isValid() || index.row() >= rowCount()) return {};
  const FieldSpec& spec = schemaFor(*kind_).fields[static_cast<size_t>(index.row())];
  const QVariant raw = raw_.value(spec.name);
  switch (role) {
    case NameRole: return spec.name;
    case LabelRole: return localized(spec.labelVi, spec.labelEn);
    case TypeRole: return typeName(spec);
    case RequiredRole: return spec.required;
    case TextRole: return raw.toString();
    case CheckedRole: return raw.toBool();
    // A criterion: 0 not answered yet, 1 met, 2 not yet met.
    case ChoiceRole: return isCriterion(spec.name) ? (raw.isValid() ? (raw.toBool() ? 1 : 2) : 0) : raw.toInt();
    case OptionsRole: return optionsFor(spec);
    case MessageRole:
      return showAll_ || touched_.contains(spec.name) ? messages_.value(spec.name) : QString();
    case GroupRole: return groupOf(spec);
    case ShownRole: return shown(spec);
    case SelectedIdsRole: return raw.toStringList();
    case SelectedLabelsRole: return selectedLabels(spec);
    default: return {};
  }
}

void RecordEditor::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_)
    connect(manager_, &RecordManager::languageChanged, this, [this] {
      revalidate();
      emit dataChanged(index(0), index(rowCount() - 1));
    });
  emit managerChanged();
  load();
}

QString RecordEditor::kind() const { return kind_ ? recordKindName(*kind_) : QString(); }

void RecordEditor::setKind(const QString& kind) {
  if (kind == this->kind()) return;
  kind_ = recordKindFromName(kind);
  emit kindChanged();
  load();
}

void RecordEditor::setRecordId(const QString& recordId) {
  if (recordId == recordId_) return;
  recordId_ = recordId;
  emit recordIdChanged();
  load();
}

void RecordEditor::setStartOfYear(bool startOfYear) {
  if (startOfYear == startOfYear_) return;
  startOfYear_ = startOfYear;
  emit startOfYearChanged();
  load();
}

bool RecordEditor::recordsStartOfYear() const {
  return startOfYear_ && kind_ == RecordKind::HouseholdVisit && recordId_.isEmpty();
}

QString RecordEditor::startOfYearNote() const {
  if (!recordsStartOfYear()) return {};
  return QCoreApplication::translate(
             "RecordEditor",
             "As assessed before 01/01/%1: the 8 criteria and the poverty status from the branch's register. "
             "Skip it if you do not know them; the household then does not count as newly meeting the criteria.")
      .arg(startYear_);
}

bool RecordEditor::offersStartOfYear() const {
  return kind_ == RecordKind::Household && recordId_.isEmpty() && manager_ && manager_->isOpen() &&
         creatableAt(RecordKind::HouseholdVisit, manager_->unitLevel(), manager_->role());
}

QString RecordEditor::title() const {
  if (!kind_) return {};
  if (recordsStartOfYear()) return QCoreApplication::translate("RecordEditor", "Start-of-year status");
  return recordId_.isEmpty() ? QCoreApplication::translate("RecordEditor", "New: %1").arg(kindLabel(*kind_))
                             : QCoreApplication::translate("RecordEditor", "Edit: %1").arg(kindLabel(*kind_));
}

void RecordEditor::open(const QString& resumeKey) {
  beginResetModel();
  raw_.clear();
  savedTyped_.clear();
  shownVersionId_.clear();
  touched_.clear();
  restoredDraft_ = false;
  showAll_ = false;
  saveError_.clear();
  reviewComment_.clear();
  draftKey_.clear();
  draftChoices_.clear();
  if (manager_ && manager_->isOpen() && kind_) {
    if (!recordId_.isEmpty())
      if (const auto record = manager_->store().record(recordId_)) {
        savedTyped_ = record->head.fields;
        shownVersionId_ = record->head.versionId;
        const ReviewState review = latestReviews(manager_->store()).value(recordId_);
        if (awaitsFix(review, record->head.versionId)) reviewComment_ = review.comment;
      }
    raw_ = rawFields(*kind_, savedTyped_);
    startYear_ = startOfYearFor(manager_->store());
    if (recordId_.isEmpty()) {
      // A new record is most often about today; a start of year, about the register at the year's end.
      const QDate day = recordsStartOfYear() ? startOfYearDefaultDate(startYear_) : QDate::currentDate();
      for (const FieldSpec& spec : schemaFor(*kind_).fields) {
        if (spec.type == FieldType::Date && spec.required) raw_.insert(spec.name, formatDate(day));
        // A new visit's criteria start unanswered; a saved one's were answered (unset on the wire is "not met").
        if (isCriterion(spec.name)) raw_.remove(spec.name);
      }
    }
    // An edit has one draft, its record's; each new form has its own, so no new record overwrites another.
    draftKey_ = !recordId_.isEmpty() ? QStringLiteral("edit:") + recordId_
                : !resumeKey.isEmpty() ? resumeKey
                                       : newDraftKey(*kind_);
    // A start of year follows the household's own form: other visits' drafts are offered on their form.
    if (recordId_.isEmpty() && resumeKey.isEmpty() && !recordsStartOfYear())
      draftChoices_ = newRecordDrafts(manager_->store(), *kind_);
    if (const std::optional<client::Draft> draft = manager_->store().draft(draftKey_)) {
      for (const FieldSpec& spec : schemaFor(*kind_).fields) {
        const QVariant value = draft->values.value(spec.name);
        if (value.isValid() && !value.isNull()) raw_.insert(spec.name, rawFromJson(spec, value));
      }
      restoredDraft_ = true;
    }
  }
  revalidate();
  endResetModel();
  emit formChanged();
}

void RecordEditor::revalidate() {
  messages_.clear();
  if (manager_ && manager_->isOpen() && kind_)
    messages_ = fieldMessages(*kind_, typedFields(*kind_, raw_), contextFor(manager_));
  // Every criterion must be answered before a visit is saved. On the wire a criterion is a yes/no whose
  // unset value reads "not met", so one saved unanswered would be counted "Chưa đạt" though nobody judged
  // it, and the household would wrongly fall short of 8/8. Only the form knows "not answered" (the server
  // cannot tell it from "not met"), so this rule lives here and not in the shared validator.
  for (const QString& name : unansweredCriteria())
    messages_.insert(name, QCoreApplication::translate("RecordEditor", "Choose Met or Not yet met"));
  // Only the form knows a visit is meant as the start of the year; on the wire it is a visit like any.
  const QString date = QStringLiteral("date");
  if (recordsStartOfYear() && !messages_.contains(date))
    if (const QString message = startOfYearDateMessage(parseDate(raw_.value(date).toString()), startYear_);
        !message.isEmpty())
      messages_.insert(date, message);
}

QStringList RecordEditor::unansweredCriteria() const {
  QStringList names;
  if (kind_ == RecordKind::HouseholdVisit)
    for (const QString& name : criteriaFields())
      if (!raw_.value(name).isValid()) names.append(name);
  return names;
}

void RecordEditor::changed(const QString& name, const QVariant& raw) {
  if (!kind_ || !schemaFor(*kind_).field(name) || !manager_ || !manager_->isOpen()) return;
  if (raw_.value(name) == raw) return;
  raw_.insert(name, raw);
  touched_.insert(name);
  saveError_.clear();
  // Saved at once: the tablet may be switched off mid-sentence.
  draftChoices_.clear();  // typing into the new form is starting new: the drafts stay for next time
  client::Draft draft{draftKey_, kind(), recordId_, raw_, 0};
  if (client::Status status = manager_->store().saveDraft(draft); !status.isOk())
    saveError_ = localized(status.messageVi(), status.messageEn());
  revalidate();
  // Messages and dependent fields (employed people, shown fields) may change anywhere in the form.
  emit dataChanged(index(0), index(rowCount() - 1));
  emit formChanged();
}

void RecordEditor::setText(const QString& name, const QString& text) { changed(name, text); }
void RecordEditor::setChecked(const QString& name, bool checked) { changed(name, checked); }
void RecordEditor::setDate(const QString& name, int year, int month, int day) {
  changed(name, formatDate(QDate(year, month, day)));
}

QVariantMap RecordEditor::dateParts(const QString& name) const {
  QDate date = parseDate(raw_.value(name).toString());
  if (!date.isValid()) date = QDate::currentDate();
  return {{QStringLiteral("year"), date.year()}, {QStringLiteral("month"), date.month()},
          {QStringLiteral("day"), date.day()}};
}

void RecordEditor::setChoice(const QString& name, int value) { changed(name, value); }
void RecordEditor::setId(const QString& name, const QString& recordId) { changed(name, recordId); }

void RecordEditor::toggleId(const QString& name, const QString& recordId) {
  QStringList ids = raw_.value(name).toStringList();
  if (ids.contains(recordId))
    ids.removeAll(recordId);
  else
    ids.append(recordId);
  // Someone no longer trained cannot have found work through the training.
  if (name == QLatin1String("trainee_ids")) {
    QStringList employed = raw_.value(QStringLiteral("employed_ids")).toStringList();
    const qsizetype before = employed.size();
    employed.removeIf([&](const QString& id) { return !ids.contains(id); });
    if (employed.size() != before) raw_.insert(QStringLiteral("employed_ids"), employed);
  }
  changed(name, ids);
}

QString RecordEditor::addPerson(const QString& name, const QString& fullName, int role) {
  if (!manager_ || !manager_->isOpen()) return {};
  QString personId;
  QVariantMap fields{{QStringLiteral("full_name"), fullName.trimmed()}, {QStringLiteral("role"), role}};
  // A woman worker (lao động nữ) is a woman: the targets about women read the sex, so it is not left unset.
  constexpr int kWomanWorker = 4, kFemale = 1;
  if (role == kWomanWorker) fields.insert(QStringLiteral("sex"), kFemale);
  const client::Status status = manager_->create(RecordKind::Person, fields, &personId);
  if (!status.isOk()) {
    const QHash<QString, QString> messages =
        fieldMessages(RecordKind::Person, fields, contextFor(manager_));
    return messages.isEmpty() ? localized(status.messageVi(), status.messageEn()) : messages.begin().value();
  }
  toggleId(name, personId);
  return {};
}

QVariantList RecordEditor::optionsOf(const QString& kind, const QString& field) const {
  const std::optional<RecordKind> parsed = recordKindFromName(kind);
  return parsed ? choiceOptions(*parsed, field) : QVariantList();
}

QVariant RecordEditor::value(const QString& name) const { return raw_.value(name); }

bool RecordEditor::save() {
  if (!manager_ || !manager_->isOpen() || !kind_) return false;
  revalidate();
  if (!messages_.isEmpty()) {
    showAll_ = true;
    emit dataChanged(index(0), index(rowCount() - 1));
    emit formChanged();
    return false;
  }
  const QVariantMap fields = typedFields(*kind_, raw_);
  QString savedId = recordId_;
  client::Status status;
  const client::LocalStore::SaveContext context{shownVersionId_, draftKey_};
  if (recordId_.isEmpty())
    status = manager_->create(*kind_, fields, &savedId, context);
  else if (fields != typedFields(*kind_, rawFields(*kind_, savedTyped_)))
    status = manager_->edit(recordId_, fields, context);  // unchanged: no new version
  if (!status.isOk()) {
    saveError_ = localized(status.messageVi(), status.messageEn());
    emit formChanged();
    return false;
  }
  manager_->store().deleteDraft(draftKey_);  // an unchanged edit saved nothing, so its draft is still there
  emit saved(savedId);
  if (recordId_.isEmpty()) load();  // ready for the next one
  return true;
}

void RecordEditor::discardDraft() {
  if (manager_ && manager_->isOpen()) manager_->store().deleteDraft(draftKey_);
  load();
}

void RecordEditor::resumeDraft(const QString& key) {
  for (const QVariant& choice : std::as_const(draftChoices_))
    if (choice.toMap().value(QStringLiteral("key")).toString() == key) {
      open(key);
      return;
    }
}

void RecordEditor::startNew() {
  draftChoices_.clear();
  emit formChanged();
}

QString RecordEditor::notAllowedHere() const {
  if (!kind_ || !recordId_.isEmpty() || !manager_ || !manager_->isOpen()) return {};
  return whyNotCreatable(*kind_, manager_->unitLevel(), manager_->role());
}

int RecordEditor::criteriaMet() const { return app::criteriaMet(typedFields(RecordKind::HouseholdVisit, raw_)); }

int RecordEditor::firstInvalidRow() const {
  if (!kind_) return -1;
  const auto& fields = schemaFor(*kind_).fields;
  for (size_t i = 0; i < fields.size(); ++i)
    if (messages_.contains(fields[i].name)) return static_cast<int>(i);
  return -1;
}

QString RecordEditor::groupOf(const FieldSpec& spec) const {
  return criteriaFields().contains(spec.name) ? QStringLiteral("criteria") : QString();
}

bool RecordEditor::shown(const FieldSpec& spec) const {
  if (spec.evidence) return false;  // the photo strip below the form shows photos and the place
  // The start of the year is the household's status only: no help was given on that day.
  if (recordsStartOfYear() && (spec.name == QLatin1String("support_given") || spec.name == QLatin1String("help_id")))
    return false;
  // Employment after training is asked only for vocational training and counselling (the shared rule).
  if (kind_ == RecordKind::Training && spec.name == QLatin1String("employed_ids")) {
    const int kind = raw_.value(QStringLiteral("kind")).toInt();
    return kind == 3 || kind == 4;
  }
  return true;
}

QVariantList RecordEditor::optionsFor(const FieldSpec& spec) const {
  if (!kind_) return {};
  if (spec.type == FieldType::Choice) return choiceOptions(*kind_, spec.name);
  // Who found work is picked among the people trained.
  if (spec.name == QLatin1String("employed_ids")) {
    const FieldSpec* trainees = schemaFor(*kind_).field(QStringLiteral("trainee_ids"));
    return trainees ? selectedLabels(*trainees) : QVariantList();
  }
  if (spec.type != FieldType::Id || !manager_ || !manager_->isOpen()) return {};
  QVariantList options;
  // An optional link can be taken back: the first option leaves it unset.
  if (!spec.required)
    options.append(QVariantMap{{QStringLiteral("value"), QString()},
                               {QStringLiteral("label"), QCoreApplication::translate("RecordEditor", "(none)")}});
  const RecordKind target = plan::referencedKind(*kind_, spec.name).value_or(RecordKind::Household);
  for (const RecordSummary& s : manager_->summaries(target))
    options.append(QVariantMap{{QStringLiteral("value"), s.recordId},
                               {QStringLiteral("label"), s.subtitle.isEmpty() ? s.title : s.title + QStringLiteral(" — ") + s.subtitle}});
  return options;
}

QVariantList RecordEditor::selectedLabels(const FieldSpec& spec) const {
  if ((spec.type != FieldType::IdList && spec.type != FieldType::Id) || !manager_ || !manager_->isOpen()) return {};
  QVariantList labels;
  const QVariant raw = raw_.value(spec.name);
  const QStringList ids = spec.type == FieldType::Id ? QStringList{raw.toString()} : raw.toStringList();
  for (const QString& id : ids) {
    if (id.isEmpty()) continue;
    const std::optional<RecordSummary> s = manager_->summary(id);
    labels.append(QVariantMap{{QStringLiteral("id"), id},
                              {QStringLiteral("label"), s ? s->title : QCoreApplication::translate("RecordEditor", "(unknown person)")}});
  }
  return labels;
}

}  // namespace sohoi::app
