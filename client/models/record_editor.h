#pragma once
// The form for one record (new or an edit), its fields built from the record schema. Every change is kept
// as a draft in the store at once, so a crash or a closed app loses nothing; the shared validation rules
// give each field its message as the user types; save() makes a new record or a new version.
#include "domain/record_schema.h"
#include "record_manager.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class RecordEditor : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
  Q_PROPERTY(QString title READ title NOTIFY formChanged)
  Q_PROPERTY(bool valid READ valid NOTIFY formChanged)
  Q_PROPERTY(bool restoredDraft READ restoredDraft NOTIFY formChanged)
  Q_PROPERTY(bool showAllMessages READ showAllMessages NOTIFY formChanged)
  Q_PROPERTY(QString saveError READ saveError NOTIFY formChanged)
  Q_PROPERTY(int criteriaMet READ criteriaMet NOTIFY formChanged)
  Q_PROPERTY(int criteriaUnanswered READ criteriaUnanswered NOTIFY formChanged)
  Q_PROPERTY(int firstInvalidRow READ firstInvalidRow NOTIFY formChanged)
  Q_PROPERTY(QString reviewComment READ reviewComment NOTIFY formChanged)
  Q_PROPERTY(QVariantList draftChoices READ draftChoices NOTIFY formChanged)
  Q_PROPERTY(QString notAllowedHere READ notAllowedHere NOTIFY formChanged)
  // A new visit that records a household's status at the start of the year (start_of_year.h).
  Q_PROPERTY(bool startOfYear READ startOfYear WRITE setStartOfYear NOTIFY startOfYearChanged)
  Q_PROPERTY(QString startOfYearNote READ startOfYearNote NOTIFY formChanged)
  Q_PROPERTY(bool offersStartOfYear READ offersStartOfYear NOTIFY formChanged)

 public:
  enum Role {
    NameRole = Qt::UserRole + 1, LabelRole, TypeRole, RequiredRole, TextRole, CheckedRole, ChoiceRole,
    OptionsRole, MessageRole, GroupRole, ShownRole, SelectedIdsRole,
    SelectedLabelsRole  // [{id, label}] of the records an Id or IdList field names
  };
  Q_ENUM(Role)

  explicit RecordEditor(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QString kind() const;
  void setKind(const QString& kind);
  QString recordId() const { return recordId_; }
  void setRecordId(const QString& recordId);
  QString title() const;
  bool valid() const { return messages_.isEmpty(); }
  bool restoredDraft() const { return restoredDraft_; }
  bool showAllMessages() const { return showAll_; }
  QString saveError() const { return saveError_; }
  int criteriaMet() const;
  /// A visit's criteria neither met nor not met yet (a new visit starts with all 8 unanswered).
  int criteriaUnanswered() const { return static_cast<int>(unansweredCriteria().size()); }
  int firstInvalidRow() const;
  /// The district's comment when the record was returned by review and is not fixed yet; else empty.
  QString reviewComment() const { return reviewComment_; }
  /// A new form opened while drafts of its kind are unsaved: [{key, title, changed}] to offer
  /// "Continue draft" for each beside "Start new"; empty once the user chose, and for edits.
  QVariantList draftChoices() const { return draftChoices_; }
  /// Why a new record of this kind cannot be saved at this device's unit (the shared unit-level rule);
  /// empty when it can, and for edits (a record keeps the unit it was made at).
  QString notAllowedHere() const;
  bool startOfYear() const { return startOfYear_; }
  void setStartOfYear(bool startOfYear);
  /// What a start-of-year form records ("as assessed before 01/01/<year>"); empty on other forms.
  QString startOfYearNote() const;
  /// A new household's form: once saved, the leader is offered its status at the start of the year
  /// (when this device may record visits).
  bool offersStartOfYear() const;

  /// Sets a text, integer or date field's text as typed.
  Q_INVOKABLE void setText(const QString& name, const QString& text);
  /// A tick box, or a criterion answered met (true) or not yet met (false).
  Q_INVOKABLE void setChecked(const QString& name, bool checked);
  /// Date fields from a calendar: the day as numbers (a JS Date would bring a time zone with it).
  Q_INVOKABLE void setDate(const QString& name, int year, int month, int day);
  /// {year, month (1-12), day} of a date field as typed, or of today when it is empty or not a date.
  Q_INVOKABLE QVariantMap dateParts(const QString& name) const;
  Q_INVOKABLE void setChoice(const QString& name, int value);
  /// Id fields: chooses the record; IdList fields: adds or removes it.
  Q_INVOKABLE void setId(const QString& name, const QString& recordId);
  Q_INVOKABLE void toggleId(const QString& name, const QString& recordId);
  /// Adds a person to the local register and to the IdList field name; the error message, or empty.
  Q_INVOKABLE QString addPerson(const QString& name, const QString& fullName, int role);
  /// [{value, label}] of a Choice field of any kind (the role of a person added from a picker).
  Q_INVOKABLE QVariantList optionsOf(const QString& kind, const QString& field) const;
  /// The raw value of a field (for tests and pickers).
  Q_INVOKABLE QVariant value(const QString& name) const;
  /// Validates; saves a new record or a new version; deletes the draft. False (messages shown) if invalid.
  Q_INVOKABLE bool save();
  /// Forgets the draft and starts again from the saved record (or an empty form).
  Q_INVOKABLE void discardDraft();
  /// Continues the unsaved new record under key (one of draftChoices).
  Q_INVOKABLE void resumeDraft(const QString& key);
  /// Starts an empty record beside the drafts, which stay stored and are offered again next time.
  Q_INVOKABLE void startNew();

 signals:
  void managerChanged();
  void kindChanged();
  void recordIdChanged();
  void startOfYearChanged();
  void formChanged();
  /// The record was saved (a new record's id, or the edited one's).
  void saved(const QString& recordId);

 private:
  void load() { open(QString()); }
  /// Opens the saved record (or an empty form), then the draft under resumeKey, or this form's own.
  void open(const QString& resumeKey);
  void changed(const QString& name, const QVariant& raw);
  void revalidate();
  QStringList unansweredCriteria() const;
  QVariantList optionsFor(const FieldSpec& spec) const;
  QVariantList selectedLabels(const FieldSpec& spec) const;
  bool shown(const FieldSpec& spec) const;
  bool recordsStartOfYear() const;
  QString groupOf(const FieldSpec& spec) const;

  QPointer<RecordManager> manager_;
  std::optional<RecordKind> kind_;
  QString recordId_;
  QVariantMap raw_;
  QString shownVersionId_;              // the version the form opened on (edits start from it)
  QVariantMap savedTyped_;                // the record's fields when the form opened (edits)
  QHash<QString, QString> messages_;      // field name → message
  QSet<QString> touched_;                 // fields the user changed: their messages show at once
  bool restoredDraft_ = false;
  bool showAll_ = false;
  QString saveError_;
  QString reviewComment_;
  QString draftKey_;  // where this form's typing is kept: "edit:<id>", or a new record's own key
  QVariantList draftChoices_;
  bool startOfYear_ = false;
  int startYear_ = 0;  // the year whose start a start-of-year form records
};

}  // namespace sohoi::app
